package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: 20,000 nested elements in one file threw an uncaught StackOverflowError, `inspect` exited 1 without
 * a report and the good file beside it was lost. Now the deep file is refused with an error naming it and the line,
 * and the good file still loads.
 */
class PathologicalNestingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LEVELS = 20_000;

    @TempDir
    Path dir;

    static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:gml="http://www.opengis.net/gml"
                xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:gen="http://www.opengis.net/citygml/generics/2.0"
                xmlns:x="http://example.com/unknown-ade">
            """;

    static String building(String id, String inside) {
        return "  <core:cityObjectMember>\n    <bldg:Building gml:id=\"" + id + "\">\n" + inside
                + "      <bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface><gml:surfaceMember><gml:Polygon>"
                + "<gml:exterior><gml:LinearRing><gml:posList srsDimension=\"3\">0 0 0 10 0 0 10 10 0 0 10 0 0 0 0"
                + "</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:CompositeSurface>"
                + "</gml:exterior></gml:Solid></bldg:lod1Solid>\n    </bldg:Building>\n  </core:cityObjectMember>\n";
    }

    private static String nested(String open, String close, int levels) {
        return open.repeat(levels) + "deep" + close.repeat(levels) + "\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"genericSet", "unknownAde", "unknownAdeFeature", "buildingPart"})
    void deepFileIsRefusedAndTheGoodFileBesideItStillLoads(String shape) throws IOException {
        String deep = switch (shape) {
            case "genericSet" -> building("deep", "      <gen:genericAttributeSet name=\"s\">"
                    + nested("<gen:genericAttributeSet name=\"s\">", "</gen:genericAttributeSet>", LEVELS)
                    + "</gen:genericAttributeSet>\n");
            case "unknownAde" -> building("deep", "      <x:prop>" + nested("<x:a>", "</x:a>", LEVELS) + "</x:prop>\n");
            case "unknownAdeFeature" -> "  <core:cityObjectMember>" + nested("<x:Thing>", "</x:Thing>", LEVELS)
                    + "</core:cityObjectMember>\n";
            default -> building("deep", nested("<bldg:consistsOfBuildingPart><bldg:BuildingPart gml:id=\"p\">",
                    "</bldg:BuildingPart></bldg:consistsOfBuildingPart>", LEVELS / 2));
        };
        Files.writeString(dir.resolve("a_deep.gml"), HEAD + deep + "</core:CityModel>\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b_good.gml"), HEAD + building("g1", "") + building("g2", "") + "</core:CityModel>\n",
                StandardCharsets.UTF_8);

        CliRunner.Run run = CliRunner.run("inspect", dir.toString(), "--json");

        assertThat(run.exitCode()).as(run.out()).isZero();
        JsonNode files = JSON.readTree(run.out()).get("files");
        JsonNode bad = find(files, "a_deep.gml");
        JsonNode good = find(files, "b_good.gml");
        assertThat(good.get("counts").get("bldg:Building").asInt()).isEqualTo(2);
        assertThat(good.get("triangles").asLong()).isPositive();
        assertThat(bad.get("objects").asInt()).isZero();
        JsonNode error = errorOf(bad);
        assertThat(error.get("category").asText()).isEqualTo("FILE");
        assertThat(error.get("message").asText()).contains("nest").doesNotContain("Exception").doesNotContain("Error:");
        assertThat(error.get("line").asInt()).isPositive();
    }

    @org.junit.jupiter.api.Test
    void deepFileAloneStillPrintsItsReportAndExitsTwo() throws IOException {
        Path deep = dir.resolve("deep.gml");
        Files.writeString(deep, HEAD + building("deep", "      <x:prop>" + nested("<x:a>", "</x:a>", LEVELS) + "</x:prop>\n")
                + "</core:CityModel>\n", StandardCharsets.UTF_8);

        CliRunner.Run run = CliRunner.run("inspect", deep.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode file = JSON.readTree(run.out()).get("files").get(0);
        assertThat(file.get("path").asText()).endsWith("deep.gml");
        assertThat(errorOf(file).get("message").asText()).contains("nested more than 1,000 levels").contains("line 7");
    }

    /** Just under the limit every stage (citygml4j's builders, attribute trees, code labels, JSON) must cope. */
    @ParameterizedTest
    @ValueSource(strings = {"genericSet", "unknownAde", "buildingPart"})
    void nestingJustBelowTheLimitLoads(String shape) throws IOException {
        int levels = 990 - 8;
        String inside = switch (shape) {
            case "genericSet" -> "      <gen:genericAttributeSet name=\"s\">"
                    + nested("<gen:genericAttributeSet name=\"s\">", "</gen:genericAttributeSet>", levels - 1)
                            .replace("deep", "<gen:stringAttribute name=\"k\"><gen:value>v</gen:value></gen:stringAttribute>")
                    + "</gen:genericAttributeSet>\n";
            case "unknownAde" -> "      <x:prop>" + nested("<x:a>", "</x:a>", levels) + "</x:prop>\n";
            default -> nested("<bldg:consistsOfBuildingPart><bldg:BuildingPart gml:id=\"p\"><gen:stringAttribute name=\"k\"><gen:value>v</gen:value></gen:stringAttribute>",
                    "</bldg:BuildingPart></bldg:consistsOfBuildingPart>", levels / 2);
        };
        Files.writeString(dir.resolve("near.gml"), HEAD + building("near", inside) + "</core:CityModel>\n", StandardCharsets.UTF_8);

        CliRunner.Run run = CliRunner.run("inspect", dir.toString(), "--json", "--attributes");

        assertThat(run.exitCode()).as(run.out()).isZero();
        JsonNode file = JSON.readTree(run.out()).get("files").get(0);
        assertThat(file.get("counts").get("bldg:Building").asInt()).isEqualTo(1);
        assertThat(file.get("triangles").asLong()).isPositive();
        assertThat(file.get("issues").toString()).doesNotContain("\"error\"");
    }

    static JsonNode find(JsonNode files, String name) {
        for (JsonNode f : files) if (f.get("path").asText().endsWith(name)) return f;
        throw new AssertionError("no file " + name + " in " + files);
    }

    static JsonNode errorOf(JsonNode file) {
        for (JsonNode i : file.get("issues")) if ("error".equals(i.get("severity").asText())) return i;
        throw new AssertionError("no error issue in " + file);
    }
}
