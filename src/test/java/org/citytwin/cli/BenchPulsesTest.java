package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.citytwin.scene.FxTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `bench --pulses` loads the scale city progressively in the real window and reports its tiles and pulses. */
class BenchPulsesTest {

    @TempDir
    Path dir;

    @Test
    void aTwoByTwoCityComesInOverPulsesAndEveryTileIsCounted() throws Exception {
        FxTestSupport.requireScene3d();
        Path city = dir.resolve("niiza2.gml");
        assertThat(CliRunner.run("bench", "--generate", "2", "--out", city.toString(), BenchReloadTest.NIIZA.toString())
                .exitCode()).isZero();

        CliRunner.Run run = CliRunner.run("bench", "--pulses", "--no-cache", "--json", city.toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out().substring(run.out().indexOf('{')));
        assertThat(json.get("tiles").asLong()).isGreaterThan(2);
        assertThat(json.get("triangles").asLong()).isPositive();
        assertThat(json.get("feedPulses").asInt()).isBetween(1, json.get("tiles").asInt());
        assertThat(json.get("pulses").asInt()).isPositive();
        assertThat(json.get("pulsesOver50Ms").asInt()).isBetween(0, json.get("pulses").asInt());
        assertThat(json.get("firstTileMs").asDouble()).isPositive()
                .isLessThanOrEqualTo(json.get("allShownMs").asDouble());
        assertThat(json.get("longestPulseMs").asDouble()).isPositive();
    }
}
