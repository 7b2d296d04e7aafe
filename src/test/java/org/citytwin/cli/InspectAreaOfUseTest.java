package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** `inspect --json` states each file's CRS area of use, and a real PLATEAU tile lies inside it. */
class InspectAreaOfUseTest {

    @Test
    void aPlateauTileLiesInsideItsCrsAreaOfUse() throws Exception {
        CliRunner.Run run = CliRunner.run("inspect", "sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode file = new ObjectMapper().readTree(run.out()).get("files").get(0);
        JsonNode area = file.get("areaOfUse"), box = file.get("bounds").get("latLon");
        assertThat(area.get("description").asText()).startsWith("Japan");
        assertThat(box.get("south").asDouble()).isGreaterThan(area.get("south").asDouble());
        assertThat(box.get("north").asDouble()).isLessThan(area.get("north").asDouble());
        assertThat(box.get("west").asDouble()).isGreaterThan(area.get("west").asDouble());
        assertThat(box.get("east").asDouble()).isLessThan(area.get("east").asDouble());
    }
}
