package org.citytwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regressions: geometry citygml4j drops without a word is read. A CityGML 3.0 boundary its space's class does not
 * list (a TrafficArea directly on a tran:Road), a lodN property a CityGML 2.0 type does not define
 * (wtr:lod2MultiSurface) and a top-level feature of an unknown ADE all came out as "no geometry" or were skipped.
 */
class NoSilentGeometryLossTest {

    static final Path MELBOURNE = Path.of("src/test/resources/data/citygml3/citygml3_individual_section_1carriageway.gml");

    static DatasetLoader loader;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        loader = new DatasetLoader(new CrsResolver(), 2);
    }

    @AfterAll
    static void close() {
        loader.close();
    }

    private static CityFile load(Path file) {
        return loader.load(List.of(file), LoadProgress.NONE, new CancelToken()).files().get(0);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static CityObject object(CityFile file, String id) {
        return file.objects().stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + file.objects()));
    }

    private static List<LoadIssue> issues(CityFile file, IssueCategory category) {
        return file.issues().stream().filter(i -> i.category() == category).toList();
    }

    /** A triangle at x0 (a closed ring of three points), srsDimension 3. */
    private static String triangle(int x0, int y0) {
        return "<gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension=\"3\">" + x0 + " " + y0 + " 0 "
                + (x0 + 10) + " " + y0 + " 0 " + (x0 + 10) + " " + (y0 + 10) + " 0 " + x0 + " " + y0 + " 0"
                + "</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>";
    }

    private static String surface(String type, String id, int lod, int x0) {
        return "<core:boundary><" + type + " gml:id=\"" + id + "\"><core:lod" + lod + "MultiSurface><gml:MultiSurface>"
                + "<gml:surfaceMember>" + triangle(x0, 0) + "</gml:surfaceMember></gml:MultiSurface></core:lod" + lod
                + "MultiSurface></" + type + "></core:boundary>\n";
    }

    @Test
    void trafficAreasDirectlyOnACityGml3RoadAreDrawn() throws IOException {
        Path file = write("road.gml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <core:CityModel xmlns:core="http://www.opengis.net/citygml/3.0" xmlns:gml="http://www.opengis.net/gml/3.2"
                    xmlns:tran="http://www.opengis.net/citygml/transportation/3.0" xmlns:bldg="http://www.opengis.net/citygml/building/3.0"
                    xmlns:con="http://www.opengis.net/citygml/construction/3.0" xmlns:veg="http://www.opengis.net/citygml/vegetation/3.0"
                    xmlns:gen="http://www.opengis.net/citygml/generics/3.0">
                  <core:cityObjectMember><tran:Road gml:id="road_area">
                """ + surface("tran:TrafficArea", "ta_1", 2, 0) + surface("tran:AuxiliaryTrafficArea", "ata_1", 2, 20) + """
                  </tran:Road></core:cityObjectMember>
                  <core:cityObjectMember><tran:Road gml:id="road_intersection"><tran:intersection><tran:Intersection gml:id="x_1">
                """ + surface("tran:TrafficArea", "ta_2", 3, 40) + """
                  </tran:Intersection></tran:intersection></tran:Road></core:cityObjectMember>
                  <core:cityObjectMember><bldg:Building gml:id="deck">
                """ + surface("tran:TrafficArea", "ta_3", 2, 60) + surface("con:WallSurface", "wall_1", 2, 80) + """
                  </bldg:Building></core:cityObjectMember>
                  <core:cityObjectMember><veg:PlantCover gml:id="hedge">
                """ + surface("gen:GenericThematicSurface", "hedge_top", 2, 100) + """
                  </veg:PlantCover></core:cityObjectMember>
                </core:CityModel>
                """);

        CityFile loaded = load(file);

        assertThat(object(loaded, "road_area").lods()).containsExactly(2);
        assertThat(object(loaded, "road_area").displayMesh().triangleCount()).isEqualTo(2);
        assertThat(object(loaded, "road_intersection").lods()).containsExactly(3);
        assertThat(object(loaded, "road_intersection").displayMesh().triangleCount()).isEqualTo(1);
        assertThat(object(loaded, "deck").displayMesh().triangleCount()).as("parking deck and wall").isEqualTo(2);
        // citygml4j allows no generic boundary on vegetation: its geometry is read from the stream, with a warning
        assertThat(object(loaded, "hedge").displayMesh().triangleCount()).isEqualTo(1);
        assertThat(issues(loaded, IssueCategory.NON_STANDARD)).singleElement().satisfies(i -> {
            assertThat(i.gmlId()).isEqualTo("hedge_top");
            assertThat(i.message()).contains("gen:GenericThematicSurface").contains("veg:PlantCover").contains("1 polygon(s)");
        });
        assertThat(issues(loaded, IssueCategory.NO_GEOMETRY)).isEmpty();
        assertThat(loaded.issues()).noneMatch(i -> i.severity() == Severity.ERROR);
    }

    @Test
    void realCityGml3RoadWithSectionsAndTrafficSpacesIsDrawn() {
        CityFile loaded = load(MELBOURNE);

        assertThat(loaded.counts()).containsEntry("tran:Road", 1);
        CityObject road = object(loaded, "UUID_Little_Lonsdale_Street_");
        assertThat(road.lods()).containsExactly(2);
        // 38 traffic and auxiliary traffic areas, one polygon patch each, all in the road's sections
        assertThat(road.displayMesh().triangleCount()).isGreaterThan(38);
        assertThat(issues(loaded, IssueCategory.NO_GEOMETRY)).isEmpty();
    }

    @Test
    void waterBodyWithNonStandardLod2MultiSurfaceIsDrawnWithAWarning() throws IOException {
        Path file = write("water.gml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:gml="http://www.opengis.net/gml"
                    xmlns:wtr="http://www.opengis.net/citygml/waterbody/2.0">
                  <core:cityObjectMember>
                    <wtr:WaterBody gml:id="pond">
                      <wtr:class>1010</wtr:class>
                      <wtr:lod2MultiSurface><gml:MultiSurface><gml:surfaceMember>""" + triangle(0, 0)
                + "</gml:surfaceMember><gml:surfaceMember>" + triangle(20, 0) + """
                </gml:surfaceMember></gml:MultiSurface></wtr:lod2MultiSurface>
                    </wtr:WaterBody>
                  </core:cityObjectMember>
                  <core:cityObjectMember>
                    <wtr:WaterBody gml:id="lake">
                      <wtr:lod1MultiSurface><gml:MultiSurface><gml:surfaceMember>""" + triangle(40, 0) + """
                </gml:surfaceMember></gml:MultiSurface></wtr:lod1MultiSurface>
                    </wtr:WaterBody>
                  </core:cityObjectMember>
                </core:CityModel>
                """);

        CityFile loaded = load(file);

        CityObject pond = object(loaded, "pond");
        assertThat(pond.lods()).containsExactly(2);
        assertThat(pond.displayMesh().triangleCount()).isEqualTo(2);
        assertThat(pond.attribute("wtr:class")).isNotNull();
        assertThat(object(loaded, "lake").lods()).as("standard property, no warning").containsExactly(1);
        List<LoadIssue> nonStandard = issues(loaded, IssueCategory.NON_STANDARD);
        assertThat(nonStandard).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.gmlId()).isEqualTo("pond");
            assertThat(i.line()).isEqualTo(7);
            assertThat(i.message()).contains("wtr:lod2MultiSurface").contains("wtr:WaterBody").contains("pond")
                    .contains("CityGML 2.0").contains("2 polygon(s)");
        });
        assertThat(issues(loaded, IssueCategory.NO_GEOMETRY)).isEmpty();
    }

    @Test
    void cityGml3WaterBodyWithALod2MultiSurfaceInItsOwnNamespaceIsDrawnWithAWarning() throws IOException {
        Path file = write("water3.gml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <core:CityModel xmlns:core="http://www.opengis.net/citygml/3.0" xmlns:gml="http://www.opengis.net/gml/3.2"
                    xmlns:wtr="http://www.opengis.net/citygml/waterbody/3.0">
                  <core:cityObjectMember>
                    <wtr:WaterBody gml:id="canal">
                      <wtr:lod2MultiSurface><gml:MultiSurface><gml:surfaceMember>""" + triangle(0, 0) + """
                </gml:surfaceMember></gml:MultiSurface></wtr:lod2MultiSurface>
                    </wtr:WaterBody>
                  </core:cityObjectMember>
                </core:CityModel>
                """);

        CityFile loaded = load(file);

        assertThat(object(loaded, "canal").lods()).containsExactly(2);
        assertThat(object(loaded, "canal").displayMesh().triangleCount()).isEqualTo(1);
        assertThat(issues(loaded, IssueCategory.NON_STANDARD)).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("wtr:lod2MultiSurface").contains("CityGML 3.0"));
    }

    @Test
    void topLevelFeatureOfAnUnknownAdeIsKeptWithItsGeometryAndAttributes() throws IOException {
        Path file = write("ade.gml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:gml="http://www.opengis.net/gml"
                    xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:test="http://example.org/test">
                  <core:cityObjectMember>
                    <test:IndustrialBuilding gml:id="factory">
                      <gml:name>Works No. 2</gml:name>
                      <test:owner>ACME</test:owner>
                      <test:height uom="m">12.5</test:height>
                      <test:shape><gml:Solid><gml:exterior><gml:CompositeSurface><gml:surfaceMember>""" + triangle(0, 0) + """
                </gml:surfaceMember></gml:CompositeSurface></gml:exterior></gml:Solid></test:shape>
                      <test:hall><test:Hall><test:lod2Geometry><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior>
                        <gml:LinearRing><gml:pos>20 0 0</gml:pos><gml:pos>30 0 0</gml:pos><gml:pos>30 10 0</gml:pos><gml:pos>20 0 0</gml:pos></gml:LinearRing>
                      </gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></test:lod2Geometry></test:Hall></test:hall>
                      <bldg:boundedBy><bldg:WallSurface><bldg:lod2MultiSurface><gml:MultiSurface><gml:surfaceMember>""" + triangle(40, 0) + """
                </gml:surfaceMember></gml:MultiSurface></bldg:lod2MultiSurface></bldg:WallSurface></bldg:boundedBy>
                    </test:IndustrialBuilding>
                  </core:cityObjectMember>
                  <core:cityObjectMember>
                    <test:Sign gml:id="sign"><test:text>No entry</test:text></test:Sign>
                  </core:cityObjectMember>
                </core:CityModel>
                """);

        CityFile loaded = load(file);

        CityObject factory = object(loaded, "factory");
        assertThat(factory.type()).isEqualTo("test:IndustrialBuilding");
        assertThat(factory.kind()).isEqualTo(FeatureKind.OTHER);
        assertThat(factory.name()).isEqualTo("Works No. 2");
        assertThat(factory.lods()).as("the solid outside any lodN property is LOD 1").containsExactly(1, 2);
        assertThat(factory.meshes().get(1).triangleCount()).isEqualTo(1);
        assertThat(factory.meshes().get(2).triangleCount()).as("the hall's gml:pos ring and the wall").isEqualTo(2);
        assertThat(factory.attribute("test:owner").value()).isEqualTo("ACME");
        Attribute height = factory.attribute("test:height");
        assertThat(height.value()).isEqualTo("12.5");
        assertThat(height.unit()).isEqualTo("m");
        CityObject sign = object(loaded, "sign");
        assertThat(sign.lods()).isEmpty();
        assertThat(sign.attribute("test:text").value()).isEqualTo("No entry");
        assertThat(issues(loaded, IssueCategory.UNSUPPORTED_FEATURE)).isEmpty();
        assertThat(issues(loaded, IssueCategory.UNKNOWN_ADE)).singleElement()
                .satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.INFO));
        assertThat(issues(loaded, IssueCategory.NO_GEOMETRY)).singleElement()
                .satisfies(i -> assertThat(i.gmlId()).isEqualTo("sign"));
    }
}
