package org.citytwin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityTwinFxAppTest {

    @Test
    void givenPathsWinOverTheSample(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sample-citygml"));
        assertThat(CityTwinFxApp.initialPaths(List.of(Path.of("a.gml")), dir)).containsExactly(Path.of("a.gml"));
    }

    @Test
    void withoutPathsTheBundledSampleFolderIsOpened(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sample-citygml"));
        assertThat(CityTwinFxApp.initialPaths(List.of(), dir)).containsExactly(dir.resolve("sample-citygml"));
    }

    @Test
    void withoutPathsAndWithoutSampleNothingIsOpened(@TempDir Path dir) {
        assertThat(CityTwinFxApp.initialPaths(List.of(), dir)).isEmpty();
    }

    @Test
    void anInstalledAppFindsTheSampleBesideItsJarFromAnyWorkingDirectory(@TempDir Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home")), app = Files.createDirectories(dir.resolve("opt/lib/app"));
        Files.createDirectories(app.resolve("sample-citygml"));
        assertThat(CityTwinFxApp.initialPaths(List.of(), home, app)).containsExactly(app.resolve("sample-citygml"));
        assertThat(CityTwinFxApp.initialPaths(List.of(), home, null)).isEmpty();
    }

    @Test
    void theProjectRootHasTheSample() {
        assertThat(CityTwinFxApp.initialPaths(List.of(), Path.of(""))).hasSize(1);
    }
}
