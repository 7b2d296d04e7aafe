package org.citytwin.pipeline.utility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.model.DepthSource;
import org.citytwin.model.MeshPart;
import org.citytwin.model.UtilityInfo;
import org.citytwin.model.UtilityType;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PLATEAU depth semantics on the real Chiba utilities: LOD0 lines at height 0 placed at depth. */
class UtilityDepthTest {

    static final Path UNF = Path.of("src/test/resources/data/utility/udx/unf");
    static Map<String, CityObject> objects;

    @BeforeAll
    static void load() {
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver(), 2)) {
            objects = loader.load(List.of(UNF), LoadProgress.NONE, new CancelToken()).files().stream()
                    .flatMap(f -> f.objects().stream())
                    .collect(Collectors.toMap(CityObject::id, Function.identity()));
        }
    }

    @AfterAll
    static void done() {
        objects = null;
    }

    @Test
    void waterPipeWithStatedDepthLiesWhereTheStandardPutsIt() {
        CityObject pipe = objects.get("unf_1061d83f-3aa5-4377-af15-26c7f90501d2");
        UtilityInfo u = pipe.utility();
        assertThat(u.type()).isEqualTo(UtilityType.WATER);
        assertThat(u.elementClass()).isEqualTo("WaterPipe");
        assertThat(u.depthSource()).isEqualTo(DepthSource.MEASURED);
        assertThat(u.coverDepthM()).isEqualTo(1.3);
        // ground = top of the LOD1 "may be here" prism in the file: 2.569999933242798
        assertThat(u.groundElevation()).isCloseTo(2.57, within(0.001));
        double radius = u.outerDiameterM() / 2;
        // the independent LOD3 geometry spans z 1.105 .. 1.271 in the file
        MeshPart lod3 = pipe.meshes().get(3);
        double lod3Centre = (MeshExtent.minZ(lod3) + MeshExtent.maxZ(lod3)) / 2;
        assertThat(lod3Centre).isCloseTo(1.188, within(0.001));
        assertThat(u.hasCentreLine()).isTrue();
        for (int i = 2; i < u.centreLine().length; i += 3) {
            assertThat(u.centreLine()[i]).isCloseTo(lod3Centre, within(0.01));
            assertThat(u.centreLine()[i]).isCloseTo(u.groundElevation() - 1.3 - radius, within(1e-9));
        }
        assertThat(u.outerDiameterM()).isCloseTo(0.166, within(0.01)); // from the LOD3 cross-section
        assertThat(u.diameterDefaulted()).isFalse();
        assertThat(u.year()).isEqualTo("1986");
        assertThat(u.occupier()).startsWith("500");
    }

    @Test
    void lod0CentreLineFollowsTheLod3PipeHorizontally() {
        UtilityInfo u = objects.get("unf_1061d83f-3aa5-4377-af15-26c7f90501d2").utility();
        MeshPart lod3 = objects.get("unf_1061d83f-3aa5-4377-af15-26c7f90501d2").meshes().get(3);
        double[] v = lod3.vertices();
        for (int i = 0; i < v.length; i += 3) {
            assertThat(MeshExtent.distanceToLine2d(u.centreLine(), v[i], v[i + 1])).isLessThan(0.1);
        }
    }

    @Test
    void sewerMinMaxDepthAndStatedDiameterInMillimetres() {
        UtilityInfo u = objects.get("unf_d4a2f769-8925-422e-bb3d-51a1e28484d4").utility();
        assertThat(u.type()).isEqualTo(UtilityType.SEWER);
        assertThat(u.outerDiameterM()).isCloseTo(0.3185, within(1e-9)); // 318.5 mm
        assertThat(u.depthSource()).isEqualTo(DepthSource.MEASURED);
        assertThat(u.coverDepthM()).isCloseTo(1.95, within(1e-9));
        double[] c = u.centreLine();
        double ground = u.groundElevation();
        assertThat(ground).isCloseTo(2.55, within(0.001));
        assertThat(c[2]).isCloseTo(ground - 1.95 - 0.3185 / 2, within(1e-9));
        assertThat(c[c.length - 1]).isCloseTo(ground - 2.0 - 0.3185 / 2, within(1e-9));
    }

    @Test
    void cableWithoutDepthAttributeIsEstimatedFromItsGeometry() {
        CityObject cable = objects.get("unf_d3986a0c-18c9-425d-a270-552645a24a25");
        UtilityInfo u = cable.utility();
        assertThat(u.type()).isEqualTo(UtilityType.ELECTRICITY);
        assertThat(u.depthSource()).isEqualTo(DepthSource.ESTIMATED);
        MeshPart lod3 = cable.meshes().get(3);
        double centre = (MeshExtent.minZ(lod3) + MeshExtent.maxZ(lod3)) / 2;
        assertThat(u.centreLine()[2]).isCloseTo(centre, within(0.02));
    }

    @Test
    void everyUtilityHasSemanticsAndAnLod0Tube() {
        assertThat(objects).hasSize(22);
        for (CityObject o : objects.values()) {
            assertThat(o.utility()).as(o.id()).isNotNull();
            assertThat(o.lods()).as(o.id()).contains(0);
            assertThat(o.meshes().get(0).triangleCount()).as(o.id()).isGreaterThan(0);
        }
    }

    @Test
    void manholeShaftRunsFromTheGroundToItsBottom() {
        CityObject manhole = objects.get("unf_45fff1c4-b253-408e-b1d8-211408791c3b");
        MeshPart shaft = manhole.meshes().get(0);
        assertThat(MeshExtent.maxZ(shaft)).isCloseTo(2.55, within(0.001));
        assertThat(MeshExtent.minZ(shaft)).isCloseTo(-0.03, within(0.001));
        assertThat(manhole.utility().type()).isEqualTo(UtilityType.SEWER);
    }

    @Test
    void ductOutlineAtHeightZeroBecomesAPrismWhereTheTrueDuctIs() {
        CityObject duct = objects.get("unf_99224461-cfa2-46a0-93b0-604138e53b35");
        MeshPart prism = duct.meshes().get(0);
        MeshPart lod3 = duct.meshes().get(3);
        assertThat(MeshExtent.maxZ(prism)).isCloseTo(MeshExtent.maxZ(lod3), within(0.01));
        assertThat(MeshExtent.minZ(prism)).isCloseTo(MeshExtent.minZ(lod3), within(0.01));
        assertThat(duct.utility().coverDepthM()).isCloseTo(2.47 - 1.47, within(0.01));
        assertThat(duct.utility().depthSource()).isEqualTo(DepthSource.ESTIMATED);
    }

    @Test
    void lineWithoutDepthOrOtherLodsLiesAtTheDefaultCoverBelowHeightZero(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("pipe.gml");
        java.nio.file.Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:gml="http://www.opengis.net/gml"
                    xmlns:uro="https://www.geospatial.jp/iur/uro/3.1">
                  <gml:boundedBy><gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3">
                    <gml:lowerCorner>35.6 140.1 0</gml:lowerCorner><gml:upperCorner>35.7 140.2 0</gml:upperCorner>
                  </gml:Envelope></gml:boundedBy>
                  <core:cityObjectMember>
                    <uro:SewerPipe gml:id="sp1">
                      <uro:frnDmAttribute><uro:DmGeometricAttribute><uro:lod0Geometry><gml:MultiCurve><gml:curveMembers>
                        <gml:Curve><gml:segments>
                          <gml:LineStringSegment><gml:posList>35.6 140.1 0 35.6001 140.1 0</gml:posList></gml:LineStringSegment>
                          <gml:LineStringSegment><gml:posList>35.6001 140.1 0 35.6001 140.1001 0</gml:posList></gml:LineStringSegment>
                        </gml:segments></gml:Curve>
                      </gml:curveMembers></gml:MultiCurve></uro:lod0Geometry></uro:DmGeometricAttribute></uro:frnDmAttribute>
                    </uro:SewerPipe>
                  </core:cityObjectMember>
                </core:CityModel>
                """);
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver(), 2)) {
            CityObject pipe = loader.load(List.of(file), LoadProgress.NONE, new CancelToken()).files().get(0).objects().get(0);
            UtilityInfo u = pipe.utility();
            assertThat(u.type()).isEqualTo(UtilityType.SEWER); // from the class: no occupier code
            assertThat(u.centreLine()).hasSize(9); // both segments joined into one polyline
            assertThat(u.depthSource()).isEqualTo(DepthSource.ESTIMATED);
            assertThat(u.diameterDefaulted()).isTrue();
            assertThat(u.groundElevation()).isZero(); // the standard's height 0
            for (int i = 2; i < 9; i += 3) {
                assertThat(u.centreLine()[i]).isCloseTo(-UtilityClasses.DEFAULT_COVER_DEPTH - 0.15, within(1e-9));
            }
            assertThat(pipe.meshes().get(0).triangleCount()).isPositive();
        }
    }
}
