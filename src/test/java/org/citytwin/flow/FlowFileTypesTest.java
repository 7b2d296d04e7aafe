package org.citytwin.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one list of flow-file extensions that every entry point (Open, drop, command line, inspect) routes by. */
class FlowFileTypesTest {

    @Test
    void movingFeaturesAndLabTrajectoriesAreFlowsByNameWhateverTheCase() {
        for (String name : new String[] {"walk.json", "walk.mf.json", "walk.MFJSON", "walk.geojson", "mf_walkdata.csv",
                "a.tsv", "uo-050-180-180.txt", "traj.dat", "UPPER.CSV"}) {
            assertThat(FlowFileTypes.isFlowFile(Path.of(name))).as(name).isTrue();
        }
    }

    @Test
    void cityGmlFoldersAndFilesWithoutExtensionAreNot(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data.json")); // a folder, whatever its name
        for (Path p : new Path[] {Path.of("bldg.gml"), Path.of("tile.xml"), Path.of("x.citygml"), Path.of("json"),
                Path.of(".csv"), folder}) {
            assertThat(FlowFileTypes.isFlowFile(p)).as(p.toString()).isFalse();
        }
    }

    @Test
    void chooserGlobsAreTheSameList() {
        assertThat(FlowFileTypes.globs()).hasSize(FlowFileTypes.EXTENSIONS.size())
                .contains("*.json", "*.mfjson", "*.csv", "*.txt")
                .allSatisfy(g -> assertThat(FlowFileTypes.isFlowFile(Path.of("f" + g.substring(1)))).isTrue());
    }

    @Test
    void theUiAndTheCliAskTheSameList() throws Exception {
        // no second list may creep back: the loaders' own checks delegate here
        for (String source : new String[] {"src/main/java/org/citytwin/ui/flows/FlowFileLoader.java",
                "src/main/java/org/citytwin/cli/FlowInspect.java", "src/main/java/org/citytwin/ui/MainWindow.java"}) {
            String code = Files.readString(Path.of(source));
            assertThat(code).as(source).doesNotContain("\"*.csv\"").doesNotContain("endsWith(\".csv\")")
                    .doesNotContain("\"csv\"");
        }
    }
}
