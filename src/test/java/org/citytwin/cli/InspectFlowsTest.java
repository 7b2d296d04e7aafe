package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `inspect` on recorded flow files: detected by content, reported with ids, samples, time range and bounds. */
class InspectFlowsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FLOWS = "src/test/resources/data/flows/";

    @Test
    void juelichTrajectoriesInCentimetresAt16Fps() throws Exception {
        CliRunner.Run run = CliRunner.run("inspect", FLOWS + "juelich-pedestrian-trajectories/uo-050-180-180.txt",
                "--fps", "16", "--units", "cm", "--placement", "100,200,90,1", "--json");

        assertThat(run.exitCode()).as(run.out()).isZero();
        JsonNode flow = JSON.readTree(run.out()).get("flows").get(0);
        assertThat(flow.get("format").asText()).isEqualTo("trajectory text");
        assertThat(flow.get("movingFeatures").asInt()).isEqualTo(61);
        assertThat(flow.get("samples").asInt()).isEqualTo(9712);
        assertThat(flow.get("timeRange").get("startMillis").asLong()).isEqualTo(2688); // frame 43 at 16 fps
        assertThat(flow.get("problems")).isEmpty();
        JsonNode local = flow.get("bounds").get("local");
        // lab x 0.47..210.42 cm, y -616.66..796.97 cm; turned 90° the corridor runs east-west through x = 100
        assertThat(local.get("minX").asDouble()).isEqualTo(92.030);
        assertThat(local.get("maxX").asDouble()).isEqualTo(106.167);
        assertThat(local.get("minY").asDouble()).isEqualTo(200.005);
        assertThat(local.get("maxY").asDouble()).isEqualTo(202.104);
        assertThat(local.get("minZ").asDouble()).isZero();
        assertThat(flow.get("bounds").has("latLon")).isFalse(); // lab data: no geographic position
    }

    @Test
    void mfJsonAndMfCsvTogetherShareOneFrame() throws Exception {
        CliRunner.Run run = CliRunner.run("inspect", FLOWS + "ogcapi-movingfeatures-examples/movingFeature_MF_JSON.json",
                FLOWS + "ogc-mf-csv/mf_walkdata.csv", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode root = JSON.readTree(run.out());
        JsonNode mfJson = root.get("flows").get(0);
        assertThat(mfJson.get("movingFeatures").asInt()).isEqualTo(1);
        assertThat(mfJson.get("samples").asInt()).isEqualTo(5);
        assertThat(mfJson.get("timeRange").get("start").asText()).isEqualTo("2011-07-14T22:01:01Z");
        assertThat(mfJson.get("timeRange").get("end").asText()).isEqualTo("2011-07-14T22:01:05Z");
        JsonNode latLon = mfJson.get("bounds").get("latLon");
        assertThat(latLon.get("south").asDouble()).isEqualTo(35.627483);
        assertThat(latLon.get("west").asDouble()).isEqualTo(139.757083);
        assertThat(latLon.get("north").asDouble()).isEqualTo(35.627701);
        assertThat(latLon.get("east").asDouble()).isEqualTo(139.757716);
        JsonNode mfCsv = root.get("flows").get(1);
        assertThat(mfCsv.get("format").asText()).isEqualTo("OGC MF-CSV");
        assertThat(mfCsv.get("movingFeatures").asInt()).isEqualTo(2);
        assertThat(mfCsv.get("samples").asInt()).isEqualTo(6);
        assertThat(mfCsv.get("timeRange").get("durationSeconds").asDouble()).isEqualTo(180.0);
        // Tokyo Station lies some 6 km north of Odaiba, where the MF-JSON sample anchored the frame
        assertThat(mfCsv.get("bounds").get("local").get("minY").asDouble()).isBetween(5900.0, 6100.0);
        assertThat(root.get("flowTotals").get("samples").asInt()).isEqualTo(11);
        assertThat(root.get("frame").get("originLatitude").asDouble()).isEqualTo(35.627701);
    }

    @Test
    void aDocumentThatIsNotAMovingFeatureIsReportedAndExitsTwo() throws Exception {
        CliRunner.Run run = CliRunner.run("inspect", FLOWS + "ogcapi-movingfeatures-examples/collections.json", "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode flow = JSON.readTree(run.out()).get("flows").get(0);
        assertThat(flow.get("error").asText()).startsWith(
                "collections.json: not a moving-feature document: found an OGC API collections list");
    }

    @Test
    void cityAndFlowTogether() throws Exception {
        CliRunner.Run run = CliRunner.run("inspect", "src/test/resources/data/utility/udx/unf/water_53403039_unf_6697.gml",
                FLOWS + "juelich-pedestrian-trajectories/traj_UNI_CORR_500_01.txt", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("files")).hasSize(1);
        assertThat(root.get("flows").get(0).get("movingFeatures").asInt()).isEqualTo(148);
        // lab data placed at the city's frame origin: it has a geographic position now
        assertThat(root.get("flows").get(0).get("bounds").has("latLon")).isTrue();
    }

    @Test
    void aBadPlacementIsRefused() {
        CliRunner.Run run = CliRunner.run("inspect", FLOWS + "juelich-pedestrian-trajectories/uo-050-180-180.txt",
                "--placement", "1,2");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void anMfCsvOfOnlyNanPositionsAloneIsRefusedWithoutAStackTrace(@TempDir Path dir) throws Exception {
        // regression: "IllegalArgumentException: Frame origin out of range: LocalFrame[...]", exit 1, no JSON
        Path file = dir.resolve("nan.csv");
        Files.writeString(file, "@stboundedby,urn:x-ogc:def:crs:EPSG:6.6:4326,2D,35 139,36 140,"
                + "2012-01-17T12:33:41Z,2012-01-17T12:37:00Z,sec\na,10,120,NaN NaN NaN NaN\nb,10,20,NaN NaN\n");

        String[] err = new String[1];
        CliRunner.Run run = withStderr(err, () -> CliRunner.run("inspect", file.toString(), "--json"));

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode root = JSON.readTree(run.out());
        String error = root.get("flows").get(0).get("error").asText();
        assertThat(error).startsWith("nan.csv: no valid positions: 3 record(s) or position(s) skipped, the first:"
                + " line 2: trajectory point 1: position (NaN, NaN) is not a pair of finite numbers");
        assertThat(error).doesNotContain("LocalFrame", "Exception");
        assertThat(root.get("flowTotals").get("errors").asInt()).isEqualTo(1);
        assertThat(root.get("flowTotals").get("samples").asInt()).isZero();
        assertThat(err[0]).contains("nan.csv: no valid positions").doesNotContain("Exception", "\tat ");
    }

    @Test
    void anMfJsonWhoseOnlyFeatureHasMoreCoordinatesThanTimesCountsAsAnError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("short.json");
        Files.writeString(bad, """
                {"type": "Feature", "id": "short",
                 "temporalGeometry": {"type": "MovingPoint",
                   "datetimes": ["2020-01-01T00:00:00Z"], "coordinates": [[139.7, 35.6], [139.7, 35.6]]}}
                """);

        CliRunner.Run run = CliRunner.run("inspect", bad.toString(), FLOWS + "ogc-mf-csv/mf_walkdata.csv", "--json");

        assertThat(run.exitCode()).isZero(); // the MF-CSV beside it loaded
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("flows").get(0).get("error").asText())
                .contains("feature 'short': 1 datetimes but 2 coordinates");
        assertThat(root.get("flows").get(1).get("samples").asInt()).isEqualTo(6);
        assertThat(root.get("flowTotals").get("errors").asInt()).isEqualTo(1);
    }

    @Test
    void timesOutOfOrderAndRepeatedAreCountedInTheReport(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("order.json");
        Files.writeString(file, """
                {"type": "Feature", "id": "p",
                 "temporalGeometry": {"type": "MovingPoint",
                   "datetimes": ["2020-01-01T00:00:00Z", "2020-01-01T00:00:02Z", "2020-01-01T00:00:01Z",
                                 "2020-01-01T00:00:01Z", "2020-01-01T00:00:03Z"],
                   "coordinates": [[139.7, 35.6], [139.7001, 35.6], [NaN, 35.6], [139.7002, 35.6], [139.7003, 95]]}}
                """);

        CliRunner.Run run = CliRunner.run("inspect", file.toString(), "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode flow = JSON.readTree(run.out()).get("flows").get(0);
        assertThat(flow.get("samples").asInt()).isEqualTo(3);
        assertThat(flow.get("invalidPositions").asInt()).isEqualTo(2);
        // 0 s, 2 s, then 1 s goes back; the other 1 s sample had no valid position, so no time repeats
        assertThat(flow.get("outOfOrderTimes").asInt()).isEqualTo(1);
        assertThat(flow.get("duplicateTimes").asInt()).isZero();
        JsonNode invalid = flow.get("problems").get(0);
        assertThat(invalid.get("line").asInt()).isEqualTo(1);
        assertThat(invalid.get("count").asInt()).isEqualTo(2);

        Files.writeString(file, """
                {"type": "Feature", "id": "p",
                 "temporalGeometry": {"type": "MovingPoint",
                   "datetimes": ["2020-01-01T00:00:00Z", "2020-01-01T00:00:02Z", "2020-01-01T00:00:01Z",
                                 "2020-01-01T00:00:01Z", "2020-01-01T00:00:00Z"],
                   "coordinates": [[139.7, 35.6], [139.7001, 35.6], [139.7002, 35.6], [139.7003, 35.6], [139.7004, 35.6]]}}
                """);
        flow = JSON.readTree(CliRunner.run("inspect", file.toString(), "--json").out()).get("flows").get(0);
        assertThat(flow.get("outOfOrderTimes").asInt()).isEqualTo(2);
        assertThat(flow.get("duplicateTimes").asInt()).isEqualTo(1);
        assertThat(flow.get("problems")).hasSize(2);
    }

    private interface Call {
        CliRunner.Run call() throws Exception;
    }

    /** Runs {@code call} with System.err captured into {@code err[0]}. */
    private static CliRunner.Run withStderr(String[] err, Call call) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            return call.call();
        } finally {
            System.setErr(original);
            err[0] = buffer.toString(StandardCharsets.UTF_8);
        }
    }
}
