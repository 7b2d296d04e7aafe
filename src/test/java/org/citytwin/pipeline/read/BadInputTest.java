package org.citytwin.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad file gives one clear error naming the file (and line/column when the parser knows it). */
class BadInputTest {

    @TempDir
    Path dir;

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:gml="http://www.opengis.net/gml"
                xmlns:bldg="http://www.opengis.net/citygml/building/2.0">
            """;

    private static final String BUILDING = """
              <core:cityObjectMember>
                <bldg:Building gml:id="b1">
                  <bldg:measuredHeight uom="m">10</bldg:measuredHeight>
                  <bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface><gml:surfaceMember><gml:Polygon>
                    <gml:exterior><gml:LinearRing><gml:posList srsDimension="3">0 0 0 10 0 0 10 10 0 0 10 0 0 0 0</gml:posList></gml:LinearRing></gml:exterior>
                  </gml:Polygon></gml:surfaceMember></gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
                </bldg:Building>
              </core:cityObjectMember>
            """;

    @Test
    void malformedXmlNamesLineAndColumn() throws IOException {
        Path file = write("malformed.gml", HEAD + BUILDING + "  <core:cityObjectMember><bldg:Building gml:id=\"b2\"></core:cityObjectMember>\n</core:CityModel>\n");

        LoadIssue error = singleError(file);

        assertThat(error.file()).isEqualTo(file.toString());
        assertThat(error.line()).isEqualTo(12);
        assertThat(error.column()).isPositive();
        assertThat(error.message()).contains("line 12");
    }

    @Test
    void truncatedFileKeepsWhatWasReadAndNamesWhereItStopped() throws IOException {
        Path file = write("truncated.gml", HEAD + BUILDING + "  <core:cityObjectMember>\n    <bldg:Building gml:id=\"b2\">\n      <bldg:measuredHe");

        var result = ReadSupport.read(file);

        assertThat(result.results()).extracting(RawFeature::id).containsExactly("b1");
        assertThat(result.issues()).filteredOn(i -> i.severity() == Severity.ERROR).singleElement()
                .satisfies(i -> assertThat(i.line()).isEqualTo(14));
    }

    @Test
    void emptyFileIsReportedAsEmpty() throws IOException {
        Path file = write("empty.gml", "");

        assertThat(singleError(file).message()).contains("empty");
    }

    @Test
    void pngRenamedToGmlIsNotXml() throws IOException {
        Path file = dir.resolve("picture.gml");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});

        LoadIssue error = singleError(file);

        assertThat(error.message()).contains("not an XML file").contains("PNG");
        assertThat(error.file()).endsWith("picture.gml");
    }

    @Test
    void cityModelWithoutObjectsSaysSo() throws IOException {
        Path file = write("nothing.gml", HEAD + "</core:CityModel>\n");

        assertThat(singleError(file).message()).contains("no city objects");
    }

    @Test
    void xmlThatIsNotCityGmlNamesItsRootElement() throws IOException {
        Path file = write("other.gml", "<?xml version=\"1.0\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document/></kml>\n");

        assertThat(singleError(file).message()).contains("not a CityGML file").contains("<kml>");
    }

    @Test
    void externalEntityIsRefusedWithoutReadingTheFile() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET-CONTENT");
        Path file = write("xxe.gml", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + HEAD.substring(HEAD.indexOf("<core:CityModel")) + BUILDING.replace(">10<", ">&x;<") + "</core:CityModel>\n");

        var result = ReadSupport.read(file);

        assertThat(result.results()).isEmpty();
        LoadIssue error = result.issues().stream().filter(i -> i.severity() == Severity.ERROR).findFirst().orElseThrow();
        assertThat(error.message()).contains("DOCTYPE").doesNotContain("TOP-SECRET");
        assertThat(result.results().toString()).doesNotContain("TOP-SECRET");
    }

    @Test
    void entityExpansionBombIsRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY a0 \"lollollollollol\">");
        for (int i = 1; i < 12; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>\n");
        Path file = write("bomb.gml", "<?xml version=\"1.0\"?>\n" + dtd + HEAD.substring(HEAD.indexOf("<core:CityModel"))
                + BUILDING.replace(">10<", ">&a11;<") + "</core:CityModel>\n");
        long before = usedHeap();

        var result = ReadSupport.read(file);

        assertThat(result.results()).isEmpty();
        assertThat(result.issues()).anyMatch(i -> i.severity() == Severity.ERROR && i.message().contains("DOCTYPE"));
        assertThat(usedHeap() - before).isLessThan(200L * 1024 * 1024);
    }

    private LoadIssue singleError(Path file) {
        var result = ReadSupport.read(file);
        return result.issues().stream().filter(i -> i.severity() == Severity.ERROR).reduce((a, b) -> {
            throw new AssertionError("more than one error: " + result.issues());
        }).orElseThrow(() -> new AssertionError("no error reported: " + result.issues()));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
