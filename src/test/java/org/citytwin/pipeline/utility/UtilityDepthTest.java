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
        double lod3Centre = (UtilityPlacer.minZ(lod3) + UtilityPlacer.maxZ(lod3)) / 2;
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
            assertThat(UtilityPlacer.distanceToLine2d(u.centreLine(), v[i], v[i + 1])).isLessThan(0.1);
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
        double centre = (UtilityPlacer.minZ(lod3) + UtilityPlacer.maxZ(lod3)) / 2;
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
        assertThat(UtilityPlacer.maxZ(shaft)).isCloseTo(2.55, within(0.001));
        assertThat(UtilityPlacer.minZ(shaft)).isCloseTo(-0.03, within(0.001));
        assertThat(manhole.utility().type()).isEqualTo(UtilityType.SEWER);
    }
}
