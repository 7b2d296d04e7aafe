package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression: UTF-16 with a byte-order mark was refused as "not XML", a file declaring Shift_JIS but written in
 * UTF-8 gave silent mojibake, and a file with a foreign root element was called an error yet loaded a building.
 */
class EncodingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "東京駅丸の内駅舎";
    private static final String VALUE = "鉄骨煉瓦造・ｶﾅ";

    @TempDir
    Path dir;

    private static String document(String declaredEncoding, String root) {
        String decl = declaredEncoding == null ? "<?xml version=\"1.0\"?>\n"
                : "<?xml version=\"1.0\" encoding=\"" + declaredEncoding + "\"?>\n";
        return decl + "<" + root + " xmlns:core=\"http://www.opengis.net/citygml/2.0\" xmlns:gml=\"http://www.opengis.net/gml\""
                + " xmlns:bldg=\"http://www.opengis.net/citygml/building/2.0\" xmlns:gen=\"http://www.opengis.net/citygml/generics/2.0\""
                + " xmlns:foo=\"http://example.com/foo\">\n"
                + "  <core:cityObjectMember>\n    <bldg:Building gml:id=\"b1\">\n"
                + "      <gml:name>" + NAME + "</gml:name>\n"
                + "      <gen:stringAttribute name=\"構造\"><gen:value>" + VALUE + "</gen:value></gen:stringAttribute>\n"
                + "      <bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface><gml:surfaceMember><gml:Polygon>"
                + "<gml:exterior><gml:LinearRing><gml:posList srsDimension=\"3\">0 0 0 10 0 0 10 10 0 0 10 0 0 0 0"
                + "</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:CompositeSurface>"
                + "</gml:exterior></gml:Solid></bldg:lod1Solid>\n    </bldg:Building>\n  </core:cityObjectMember>\n"
                + "</" + root + ">\n";
    }

    private Path write(String name, byte[] bom, String text, Charset charset) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(bom);
        bytes.write(text.getBytes(charset));
        Path file = dir.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static JsonNode inspect(Path file, int expectedExit) throws IOException {
        CliRunner.Run run = CliRunner.run("inspect", file.toString(), "--json", "--attributes");
        assertThat(run.exitCode()).as(run.out()).isEqualTo(expectedExit);
        return JSON.readTree(run.out()).get("files").get(0);
    }

    private static void assertJapaneseReadRight(JsonNode file) {
        JsonNode building = file.get("objects").get(0);
        assertThat(building.get("name").asText()).isEqualTo(NAME);
        assertThat(building.get("attributes").toString()).contains("\"構造\"").contains(VALUE);
        assertThat(file.get("triangles").asLong()).isPositive();
    }

    private static List<JsonNode> issues(JsonNode file, String category) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode i : file.get("issues")) if (category.equals(i.get("category").asText())) out.add(i);
        return out;
    }

    @ParameterizedTest
    @CsvSource({
            "UTF-16LE, FFFE, UTF-16",
            "UTF-16BE, FEFF, UTF-16",
            "UTF-16LE, FFFE, ",
            "UTF-16LE, '', UTF-16",
            "UTF-16BE, '', UTF-16",
            "UTF-8, EFBBBF, UTF-8",
            "Shift_JIS, '', Shift_JIS",
            "EUC-JP, '', EUC-JP",
            "windows-31j, '', Windows-31J",
    })
    void everyEncodingTheXmlSpecAllowsReadsTheJapaneseTextRight(String charset, String bomHex, String declared)
            throws IOException {
        Path file = write("enc.gml", hex(bomHex), document(declared, "core:CityModel"), Charset.forName(charset));

        JsonNode json = inspect(file, 0);

        assertJapaneseReadRight(json);
        assertThat(issues(json, "ENCODING")).isEmpty();
        assertThat(json.get("issues").toString()).doesNotContain("\"error\"");
    }

    @Test
    void latin1DeclaredAndWrittenReadsRight() throws IOException {
        String text = document("ISO-8859-1", "core:CityModel").replace(NAME, "Rathaus Köln").replace(VALUE, "Fußgängerzone")
                .replace("構造", "Bauart");
        Path file = write("latin1.gml", new byte[0], text, StandardCharsets.ISO_8859_1);

        JsonNode json = inspect(file, 0);

        assertThat(json.get("objects").get(0).get("name").asText()).isEqualTo("Rathaus Köln");
        assertThat(json.get("objects").get(0).get("attributes").toString()).contains("Fußgängerzone");
        assertThat(issues(json, "ENCODING")).isEmpty();
    }

    @Test
    void shiftJisDeclaredButWrittenInUtf8IsReadAsUtf8WithAWarning() throws IOException {
        Path file = write("mislabelled.gml", new byte[0], document("Shift_JIS", "core:CityModel"), StandardCharsets.UTF_8);

        JsonNode json = inspect(file, 0);

        assertJapaneseReadRight(json);
        assertThat(issues(json, "ENCODING")).singleElement().satisfies(i -> {
            assertThat(i.get("severity").asText()).isEqualTo("warning");
            assertThat(i.get("message").asText()).contains("Shift_JIS").contains("UTF-8");
        });
    }

    @Test
    void foreignRootElementIsRefusedAndNothingOfItLoads() throws IOException {
        Path file = write("foreign.gml", new byte[0], document("UTF-8", "foo:Bar"), StandardCharsets.UTF_8);

        JsonNode json = inspect(file, 2);

        assertThat(json.get("objects").size()).isZero();
        assertThat(json.get("triangles").asLong()).isZero();
        assertThat(issues(json, "FILE")).singleElement().satisfies(i -> {
            assertThat(i.get("severity").asText()).isEqualTo("error");
            assertThat(i.get("message").asText()).contains("<Bar>").contains("http://example.com/foo");
        });
    }

    @Test
    void foreignRootBesideAGoodFileLeavesTheGoodOneLoaded() throws IOException {
        write("a_foreign.gml", new byte[0], document("UTF-8", "foo:Bar"), StandardCharsets.UTF_8);
        write("b_good.gml", new byte[0], document("UTF-8", "core:CityModel"), StandardCharsets.UTF_8);

        CliRunner.Run run = CliRunner.run("inspect", dir.toString(), "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode files = JSON.readTree(run.out()).get("files");
        assertThat(PathologicalNestingTest.find(files, "a_foreign.gml").get("objects").asInt()).isZero();
        assertThat(PathologicalNestingTest.find(files, "b_good.gml").get("objects").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(run.out()).get("totals").get("objects").asInt()).isEqualTo(1);
    }

    private static byte[] hex(String s) {
        if (s == null) return new byte[0];
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        return b;
    }
}
