package org.citytwin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the viewer finds the bundled sample it offers on its start page (command-line paths open directly). */
class CityTwinFxAppTest {

    @Test
    void theSampleFolderUnderTheWorkingDirectoryIsFound(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sample-citygml"));
        assertThat(CityTwinFxApp.sampleFolder(dir)).contains(dir.resolve("sample-citygml"));
    }

    @Test
    void withoutSampleThereIsNone(@TempDir Path dir) {
        assertThat(CityTwinFxApp.sampleFolder(dir, null)).isEmpty();
    }

    @Test
    void anInstalledAppFindsTheSampleBesideItsJarFromAnyWorkingDirectory(@TempDir Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home")), app = Files.createDirectories(dir.resolve("opt/lib/app"));
        Files.createDirectories(app.resolve("sample-citygml"));
        assertThat(CityTwinFxApp.sampleFolder(home, app)).contains(app.resolve("sample-citygml"));
        assertThat(CityTwinFxApp.sampleFolder(home, null)).isEmpty();
    }

    @Test
    void theProjectRootHasTheSample() {
        assertThat(CityTwinFxApp.sampleFolder(Path.of(""))).isPresent();
    }
}
