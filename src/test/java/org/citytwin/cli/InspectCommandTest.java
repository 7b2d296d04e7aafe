package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `inspect --json` on real data, as documented in the README. */
class InspectCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void niizaTileCounts657Buildings() throws Exception {
        CliRunner.Run run = CliRunner.run("inspect",
                "sample-citygml/11230_niiza-shi_2020_lod1-full-tile_citygml-osm/udx/bldg/53395404_bldg_6697_op.gml", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode file = JSON.readTree(run.out()).get("files").get(0);
        assertThat(file.get("counts").get("bldg:Building").asInt()).isEqualTo(657);
        assertThat(file.get("crs").asText()).isEqualTo("EPSG:6697");
        assertThat(file.get("citygmlVersion").asText()).isEqualTo("2.0");
        assertThat(file.get("lods").toString()).isEqualTo("[0,1]");
        assertThat(file.get("triangles").asLong()).isGreaterThan(657L * 10);
        JsonNode latLon = file.get("bounds").get("latLon");
        // JIS third-order mesh 53395404 spans 35.75..35.7583 N, 139.55..139.5625 E (buildings may overhang its edge)
        assertThat(latLon.get("south").asDouble()).isBetween(35.745, 35.76);
        assertThat(latLon.get("north").asDouble()).isBetween(35.745, 35.765);
        assertThat(latLon.get("west").asDouble()).isBetween(139.545, 139.5625);
        assertThat(latLon.get("east").asDouble()).isBetween(139.55, 139.57);
    }

    @Test
    void utilityFileCountsTopLevelIurFeatures() throws Exception {
        CliRunner.Run run = CliRunner.run("inspect", "src/test/resources/data/utility/udx/unf/water_53403039_unf_6697.gml", "--json");

        JsonNode file = JSON.readTree(run.out()).get("files").get(0);
        JsonNode counts = file.get("counts");
        assertThat(counts.get("uro:WaterPipe").asInt()).isEqualTo(3);
        assertThat(counts.get("uro:Handhole").asInt()).isEqualTo(2);
        assertThat(counts.get("uro:Appurtenance").asInt()).isEqualTo(2);
        for (String type : new String[] {"uro:WaterPipe", "uro:Handhole", "uro:Appurtenance"}) {
            assertThat(file.get("trianglesByType").get(type).asLong()).as(type).isPositive();
        }
    }

    @Test
    void wholeSampleFolderLoadsWithoutErrors() throws Exception {
        CliRunner.Run run = CliRunner.run("inspect", "sample-citygml", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("totals").get("errors").asInt()).as(run.out()).isZero();
        assertThat(root.get("files")).hasSize(14 + 4 + 2 + 1); // + utility-chiba/udx/unf + Hiroshima mall and bridge + Haneda 2020
        for (JsonNode file : root.get("files")) {
            assertThat(file.get("triangles").asLong()).as(file.get("path").asText()).isPositive();
            for (JsonNode issue : file.get("issues")) {
                assertThat(issue.get("severity").asText()).isNotEqualTo("error");
            }
        }
        JsonNode totals = root.get("totals").get("counts");
        assertThat(totals.get("bldg:Building").asInt()).isEqualTo(1 + 9 + 657 + 8);
        assertThat(totals.get("tun:Tunnel").asInt()).isEqualTo(1);
        assertThat(totals.get("brid:Bridge").asInt()).as("empty <brid:Bridge/> elements count too").isEqualTo(59 + 1); // + the Hiroshima pedestrian bridge
        assertThat(totals.get("dem:ReliefFeature").asInt()).isEqualTo(1);
        assertThat(totals.get("uro:UndergroundBuilding").asInt()).isEqualTo(1);
        assertThat(totals.get("urf:DistrictsAndZones").asInt()).isEqualTo(8 + 6 + 15);
    }

    @Test
    void qualityCountsPerFileAndInTotal() throws Exception {
        CliRunner.Run run = CliRunner.run("inspect", "src/test/resources/data/quality/defects.gml",
                "sample-citygml/13100_tokyo23-ku_2020_citygml_mini/udx/brid/53394525_brid_6697_op.gml", "--json");

        JsonNode root = JSON.readTree(run.out());
        JsonNode defects = root.get("files").get(0).get("qualityCounts");
        assertThat(defects.get("DUPLICATE_POINTS").asInt()).as("occurrences, not issues").isEqualTo(1 + 300);
        assertThat(defects.get("EMPTY_GEOMETRY").asInt()).isEqualTo(2);
        assertThat(defects.get("UNRESOLVED_XLINK").asInt()).isEqualTo(1);
        assertThat(defects.get("UNKNOWN_ADE").asInt()).isEqualTo(3);
        assertThat(defects.get("NON_PLANAR_RING").asInt()).isEqualTo(1);
        assertThat(defects.has("UNKNOWN_CRS")).as("only categories that occur").isFalse();
        JsonNode bridges = root.get("files").get(1).get("qualityCounts");
        assertThat(bridges.get("NO_GEOMETRY").asInt()).as("the 38 empty <brid:Bridge/>").isEqualTo(38);
        JsonNode totals = root.get("totals").get("qualityCounts");
        assertThat(totals.get("NO_GEOMETRY").asInt()).isEqualTo(38 + 1);
        assertThat(totals.get("DUPLICATE_POINTS").asInt()).isEqualTo(301);
        JsonNode issue = root.get("files").get(0).get("issues").get(0);
        assertThat(issue.has("severity") && issue.has("message") && issue.has("category")).isTrue();
    }

    @Test
    void nothingLoadedExitsWithTwo(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.gml"));

        CliRunner.Run run = CliRunner.run("inspect", empty.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode issue = JSON.readTree(run.out()).get("files").get(0).get("issues").get(0);
        assertThat(issue.get("severity").asText()).isEqualTo("error");
        assertThat(issue.get("message").asText()).contains("empty");
    }
}
