package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.citytwin.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: `--lang ja inspect` printed the reader's notes in English (encoding, duplicate gml:id, a missing
 * code-list folder, swapped axes, data outside the CRS's area, a file cut short). Each is Japanese now, and the
 * same run with --json still says them in English.
 */
class InspectNotesLanguageTest {

    private static final Path TAKAOKA_RWY =
            Path.of("src/test/resources/data/plateau/16202_takaoka-shi_city_2024_citygml_1_op/udx/rwy/55360728_rwy_6697.gml");
    /** English sentences of the notes these files trigger; none may remain in the Japanese report. */
    private static final List<String> ENGLISH = List.of("The file declares encoding", "top-level objects share the gml:id",
            "Code-list folder", "does not exist", "were read", "puts the", "lies outside the area of use",
            "could not be read to the end", "the rest of the object", "it was read as", "coded values");

    @TempDir
    Path dir;

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    /** The envelope, when {@code srsName} is given, is at {@code corner} (first position, as the file writes it). */
    private static String model(String declaration, String srsName, String corner, String... buildings) {
        return declaration + "<core:CityModel xmlns:core=\"http://www.opengis.net/citygml/2.0\" xmlns:gml=\"http://www.opengis.net/gml\""
                + " xmlns:bldg=\"http://www.opengis.net/citygml/building/2.0\">\n"
                + (srsName == null ? "" : "  <gml:boundedBy><gml:Envelope srsName=\"" + srsName + "\" srsDimension=\"3\">"
                        + "<gml:lowerCorner>" + corner + " 0</gml:lowerCorner><gml:upperCorner>" + corner + " 0</gml:upperCorner></gml:Envelope>"
                        + "</gml:boundedBy>\n")
                + String.join("", buildings) + "</core:CityModel>\n";
    }

    /** A flat 4-corner building at (a, b) in the file's axis order, {@code d} wide. */
    private static String building(String id, double a, double b, double d) {
        String ring = a + " " + b + " 0 " + (a + d) + " " + b + " 0 " + (a + d) + " " + (b + d) + " 0 " + a + " " + (b + d)
                + " 0 " + a + " " + b + " 0";
        return "  <core:cityObjectMember>\n    <bldg:Building gml:id=\"" + id + "\">\n      <gml:name>駅舎</gml:name>\n"
                + "      <bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface><gml:surfaceMember><gml:Polygon>"
                + "<gml:exterior><gml:LinearRing><gml:posList srsDimension=\"3\">" + ring + "</gml:posList></gml:LinearRing>"
                + "</gml:exterior></gml:Polygon></gml:surfaceMember></gml:CompositeSurface></gml:exterior></gml:Solid>"
                + "</bldg:lod1Solid>\n    </bldg:Building>\n  </core:cityObjectMember>\n";
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<String> files() throws IOException {
        String utf8 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        String epsg6697 = "http://www.opengis.net/def/crs/EPSG/0/6697";
        Path encoding = write("sjis.gml", model("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n", null, null, building("e1", 0, 0, 10)));
        Path duplicate = write("dup.gml", model(utf8, null, null, building("same", 0, 0, 10), building("same", 50, 0, 10)));
        Path swapped = write("lonlat.gml", model(utf8, epsg6697, "139.7671 35.6812", building("s1", 139.7671, 35.6812, 0.0001)));
        Path outside = write("null_island.gml", model(utf8, epsg6697, "0.001 0.001", building("n1", 0.001, 0.001, 0.0001)));
        String whole = model(utf8, null, null, building("t1", 0, 0, 10), building("t2", 20, 0, 10));
        Path broken = write("cut.gml", whole.substring(0, whole.indexOf("<bldg:Building gml:id=\"t2\"") + 40));
        return List.of(encoding.toString(), duplicate.toString(), swapped.toString(), outside.toString(), broken.toString(),
                TAKAOKA_RWY.toString());
    }

    @Test
    void readerNotesAreJapaneseInThePlainReport() throws IOException {
        List<String> files = files();
        CliRunner.Run ja = CliRunner.run(concat(List.of("--lang", "ja", "inspect"), files));
        CliRunner.Run en = CliRunner.run(concat(List.of("--lang", "en", "inspect"), files));

        assertThat(en.out()).contains("The file declares encoding=\"Shift_JIS\", but its bytes are UTF-8")
                .contains("2 top-level objects share the gml:id \"same\"").contains("Code-list folder")
                .contains("were read longitude first").contains("lies outside the area of use")
                .contains("The file could not be read to the end at line");
        assertThat(ja.out()).as(ja.out())
                .contains("ファイルは encoding=\"Shift_JIS\" と宣言していますが、バイト列は UTF-8 です")
                .contains("最上位のオブジェクト 2 個が同じ gml:id「same」を持っています")
                .contains("コードリストのフォルダ").contains("の座標は経度を先として読みました")
                .contains("の適用範囲の外にあります").contains("ファイルを最後まで読み込めませんでした（");
        for (String sentence : ENGLISH) assertThat(ja.out()).as(sentence).doesNotContain(sentence);
    }

    @Test
    void jsonKeepsTheNotesInEnglish() throws IOException {
        List<String> files = files();
        CliRunner.Run ja = CliRunner.run(concat(List.of("--lang", "ja", "inspect", "--json"), files));

        assertThat(ja.out()).contains("2 top-level objects share the gml:id \\\"same\\\"").contains("Code-list folder")
                .contains("were read longitude first").doesNotContain("最上位のオブジェクト", "コードリストのフォルダ");
    }

    private static String[] concat(List<String> head, List<String> tail) {
        return java.util.stream.Stream.concat(head.stream(), tail.stream()).toArray(String[]::new);
    }
}
