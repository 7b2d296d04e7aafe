package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** `bench --pick` runs on a small scene and prints its figures (no timing assertions). */
class BenchPickTest {

    @Test
    void pickBenchPrintsMedianP95AndTriangleCount() throws Exception {
        CliRunner.Run run = CliRunner.run("bench", "--pick", "20", "--pick-triangles", "5000", "--json",
                SnapshotCommandTest.TOKYO_BLDG);
        assertThat(run.exitCode()).as(run.out()).isZero();
        String out = run.out();
        JsonNode json = new ObjectMapper().readTree(out.substring(out.indexOf('{')));
        assertThat(json.get("triangles").asLong()).isGreaterThanOrEqualTo(5000);
        assertThat(json.get("picks").asInt()).isGreaterThanOrEqualTo(40);
        assertThat(json.get("aimedAtBuildings").get("hits").asInt()).isPositive();
        assertThat(json.get("medianMs").asDouble()).isPositive();
        assertThat(json.get("p95Ms").asDouble()).isGreaterThanOrEqualTo(json.get("medianMs").asDouble());
        assertThat(json.get("top").get("hits").asInt()).isPositive();
    }

    @Test
    void pickBenchTextSaysMedianAndP95() {
        CliRunner.Run run = CliRunner.run("bench", "--pick", "5", "--pick-triangles", "100", SnapshotCommandTest.TOKYO_BLDG);
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("triangles").contains("median").contains("p95");
    }
}
