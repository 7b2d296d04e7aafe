package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** `inspect --attributes`: objects with their attribute trees and code labels, as JSON and as text. */
class InspectAttributesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HANEDA = "sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml";

    @Test
    void jsonListsObjectsWithLabelledCodes() throws Exception {
        CliRunner.Run run = CliRunner.run("inspect", HANEDA, "--json", "--attributes");

        assertThat(run.exitCode()).isZero();
        JsonNode file = JSON.readTree(run.out()).get("files").get(0);
        JsonNode objects = file.get("objects");
        assertThat(objects.isArray()).isTrue();
        assertThat(objects).hasSize(9);
        for (JsonNode object : objects) {
            assertThat(object.get("id").asText()).startsWith("bldg_");
            assertThat(object.get("type").asText()).isEqualTo("bldg:Building");
            JsonNode city = find(object.get("attributes"), "uro:city");
            assertThat(city.get("value").asText()).isEqualTo("13111");
            assertThat(city.get("label").asText()).isEqualTo("東京都大田区");
            assertThat(city.get("codeSpace").asText()).isEqualTo("../../codelists/Common_localPublicAuthorities.xml");
            JsonNode zone = find(object.get("attributes"), "uro:districtsAndZonesType");
            assertThat(zone.get("value").asText()).isEqualTo("11");
            assertThat(zone.get("label").asText()).isEqualTo("準工業地域");
            JsonNode height = find(object.get("attributes"), "bldg:measuredHeight");
            assertThat(height.get("unit").asText()).isEqualTo("m");
            assertThat(height.has("label")).isFalse();
        }
        JsonNode details = find(objects.get(0).get("attributes"), "uro:buildingIDAttribute");
        assertThat(details.get("children").get(0).get("name").asText()).isEqualTo("uro:BuildingIDAttribute");
        assertThat(JSON.readTree(run.out()).get("totals").get("objects").asInt()).isEqualTo(9);
    }

    @Test
    void plainJsonKeepsTheObjectCount() throws Exception {
        JsonNode file = JSON.readTree(CliRunner.run("inspect", HANEDA, "--json").out()).get("files").get(0);

        assertThat(file.get("objects").isInt()).isTrue();
        assertThat(file.get("objects").asInt()).isEqualTo(9);
    }

    @Test
    void textShowsCodeWithLabel() {
        CliRunner.Run run = CliRunner.run("inspect", HANEDA, "--attributes");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("bldg:Building bldg_")
                .contains("uro:city = 13111 (東京都大田区)")
                .contains("uro:districtsAndZonesType = 11 (準工業地域)")
                .containsPattern("bldg:measuredHeight = [0-9.]+ m");
    }

    /** Depth-first, as Attribute.find does on the model. */
    private static JsonNode find(JsonNode attributes, String name) {
        for (JsonNode a : attributes) {
            if (a.get("name").asText().equals(name)) return a;
            if (a.has("children")) {
                JsonNode nested = find(a.get("children"), name);
                if (nested != null) return nested;
            }
        }
        return null;
    }
}
