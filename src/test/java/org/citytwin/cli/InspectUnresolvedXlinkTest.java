package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.citytwin.pipeline.UnresolvedXlinkTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `inspect --json` on buildings whose geometry XLinks lead nowhere: counted, and the buildings are without geometry. */
class InspectUnresolvedXlinkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void unresolvedXlinksAndHollowBuildingsAreCounted(@TempDir Path dir) throws Exception {
        Path file = UnresolvedXlinkTestFiles.hollowBuildings(dir);

        CliRunner.Run run = CliRunner.run("inspect", file.toString(), "--json");

        assertThat(run.exitCode()).as(run.out()).isZero();
        JsonNode f = JSON.readTree(run.out()).get("files").get(0);
        assertThat(f.get("objectsWithoutGeometry").asInt()).isEqualTo(UnresolvedXlinkTestFiles.BUILDINGS);
        assertThat(f.get("qualityCounts").get("UNRESOLVED_XLINK").asInt()).isEqualTo(UnresolvedXlinkTestFiles.HREFS);
        assertThat(f.get("qualityCounts").get("NO_GEOMETRY").asInt()).isEqualTo(UnresolvedXlinkTestFiles.BUILDINGS);
        assertThat(f.get("objects").asInt()).isEqualTo(UnresolvedXlinkTestFiles.BUILDINGS + 1);
        assertThat(f.get("triangles").asInt()).isEqualTo(1);
    }
}
