package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.citytwin.geo.SunPosition;
import org.junit.jupiter.api.Test;

/** `sun --json`: the contract keys and values, JST as the default zone, and plain refusals with exit 2. */
class SunCommandTest {

    @Test
    void jsonHasTheContractKeysAndTheSunOfTheGivenInstant() throws Exception {
        CliRunner.Run run = CliRunner.run("sun", "--at", "35.6812,139.7671", "--time", "2024-12-21T12:00+09:00", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.has("lat") && json.has("lon") && json.has("time") && json.has("azimuth") && json.has("elevation")).isTrue();
        assertThat(json.get("lat").asDouble()).isEqualTo(35.6812);
        assertThat(json.get("lon").asDouble()).isEqualTo(139.7671);
        assertThat(OffsetDateTime.parse(json.get("time").asText()).toInstant())
                .isEqualTo(OffsetDateTime.parse("2024-12-21T03:00Z").toInstant());
        SunPosition.Sun sun = SunPosition.at(35.6812, 139.7671, OffsetDateTime.parse("2024-12-21T12:00+09:00").toInstant());
        assertThat(json.get("azimuth").asDouble()).isCloseTo(sun.azimuth(), within(1e-3));
        assertThat(json.get("elevation").asDouble()).isCloseTo(sun.elevation(), within(1e-3));
        // Winter noon in Tokyo: the sun is low in the south, a little past the meridian (solar noon is ~11:40 JST).
        assertThat(json.get("azimuth").asDouble()).isBetween(180.0, 190.0);
        assertThat(json.get("elevation").asDouble()).isBetween(29.0, 31.5);
    }

    @Test
    void aTimeWithoutOffsetIsJapanStandardTime() throws Exception {
        JsonNode local = new ObjectMapper().readTree(
                CliRunner.run("sun", "--at", "35.6812,139.7671", "--time", "2024-06-21T09:00", "--json").out());
        JsonNode utc = new ObjectMapper().readTree(
                CliRunner.run("sun", "--at", "35.6812,139.7671", "--time", "2024-06-21T00:00Z", "--json").out());
        assertThat(local.get("azimuth").asDouble()).isEqualTo(utc.get("azimuth").asDouble());
        assertThat(local.get("elevation").asDouble()).isEqualTo(utc.get("elevation").asDouble());
        assertThat(local.get("time").asText()).endsWith("+09:00");
        JsonNode zoned = new ObjectMapper().readTree(
                CliRunner.run("sun", "--at", "35.6812,139.7671", "--time", "2024-06-20T17:00[America/New_York]", "--json").out());
        assertThat(zoned.get("elevation").asDouble()).isEqualTo(
                new ObjectMapper().readTree(CliRunner.run("sun", "--at", "35.6812,139.7671", "--time",
                        "2024-06-20T21:00Z", "--json").out()).get("elevation").asDouble());
    }

    @Test
    void badInputIsRefusedWithExit2AndAPlainSentence() {
        String err = stderrOf(() -> assertThat(
                CliRunner.run("sun", "--at", "95,139.7", "--time", "2024-12-21T12:00").exitCode()).isEqualTo(2));
        assertThat(err).contains("latitude must lie between -90 and 90");
        err = stderrOf(() -> assertThat(
                CliRunner.run("sun", "--at", "35.6,139.7", "--time", "21/12/2024 noon").exitCode()).isEqualTo(2));
        assertThat(err).contains("expected an ISO-8601 date and time").doesNotContain("Exception");
        err = stderrOf(() -> assertThat(
                CliRunner.run("sun", "--at", "north,139.7", "--time", "2024-12-21T12:00").exitCode()).isEqualTo(2));
        assertThat(err).contains("is not a number of degrees");
        err = stderrOf(() -> assertThat(
                CliRunner.run("sun", "--at", "35.6,139.7", "--time", "2024-12-21T12:00[Mars/Olympus]").exitCode()).isEqualTo(2));
        assertThat(err).contains("expected an ISO-8601 date and time");
    }

    private static synchronized String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            action.run();
        } finally {
            System.setErr(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
