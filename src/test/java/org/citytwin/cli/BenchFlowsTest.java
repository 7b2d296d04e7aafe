package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** `bench --flows` runs small and prints its figures (no timing assertions). */
class BenchFlowsTest {

    @Test
    void flowBenchPrintsLiveAndReplayFigures() throws Exception {
        CliRunner.Run run = CliRunner.run("bench", "--flows", "--agents", "200", "--updates", "8",
                "--replay-samples", "2000", "--json");

        assertThat(run.exitCode()).as(run.out()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode live = json.get("live");
        assertThat(live.get("agents").asInt()).isEqualTo(200);
        assertThat(live.get("updates").asInt()).isEqualTo(8);
        assertThat(live.get("cpuMsPerUpdateP95").asDouble())
                .isGreaterThanOrEqualTo(live.get("cpuMsPerUpdateMedian").asDouble());
        assertThat(live.get("phasesCpuMsMedian").has("frameAt")).isTrue();
        JsonNode replay = json.get("replay");
        assertThat(replay.get("agents").asInt()).isEqualTo(200); // 2000 samples/s from agents reporting at 10 Hz
        assertThat(replay.get("storedSamples").asLong()).isEqualTo(200L * 600);
        assertThat(replay.get("frames").asInt()).isEqualTo(30 * 45);
        // last frame at 55.967 s: window 45.967..55.967 s; samples 46.0, 46.5 ... 55.5 s (20) and the two ends
        assertThat(replay.get("trailPointsPerFrame").asInt()).isEqualTo(200 * 22);
    }

    @Test
    void benchWithoutPathOrFlowsIsRefused() {
        assertThat(CliRunner.run("bench").exitCode()).isEqualTo(2);
    }
}
