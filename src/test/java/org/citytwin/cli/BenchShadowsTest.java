package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** `bench --shadows` runs on the small Tokyo sample and prints its figures (no timing assertions). */
class BenchShadowsTest {

    @Test
    void shadowBenchCountsCastersTilesAndShade() throws Exception {
        CliRunner.Run run = CliRunner.run("bench", "--shadows", "--shadows-reference", "--runs", "3", "--json", SnapshotCommandTest.TOKYO_BLDG);
        assertThat(run.exitCode()).as(run.out()).isZero();
        String out = run.out();
        JsonNode json = new ObjectMapper().readTree(out.substring(out.indexOf('{')));
        assertThat(json.get("casters").asInt()).isPositive();
        assertThat(json.get("tiles").asInt()).isPositive();
        assertThat(json.get("shadeTriangles").asLong()).isPositive();
        assertThat(json.get("sunPositions").asInt()).isEqualTo(3);
        assertThat(json.get("recomputeMaxMs").asDouble()).isGreaterThanOrEqualTo(json.get("recomputeMedianMs").asDouble());
        assertThat(json.has("perTriangleUnionMs")).isTrue();
    }

    @Test
    void shadowBenchWithoutBuildingsFails() {
        CliRunner.Run run = CliRunner.run("bench", "--shadows",
                "sample-citygml/13100_tokyo23-ku_2020_citygml_mini/udx/dem/533925_dem_6697_op.gml");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
