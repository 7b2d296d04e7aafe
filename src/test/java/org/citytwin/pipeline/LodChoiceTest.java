package org.citytwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LodChoice;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.tile.LodSelection;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.pipeline.tile.TileMesher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every LOD of an object is kept, and a LOD choice shows exactly that LOD. */
class LodChoiceTest {

    static final Path TUNNEL = Path.of("sample-citygml/13999_tokyo_udx-mlit_2023_citygml_2_sample-takeshiba_op/udx/tun/53393690_tun_6697_40_op.gml");
    static final Path HANEDA = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");
    static final Path UBLD = Path.of("src/test/resources/data/plateau/plateau-3.0-sample_nusamai/udx/ubld/51324378_ubld_6697.gml");

    private static DatasetLoader loader;

    @BeforeAll
    static void start() {
        loader = new DatasetLoader(new CrsResolver());
    }

    @AfterAll
    static void stop() {
        loader.close();
    }

    private static CityObject first(Path file) {
        return loader.load(List.of(file), LoadProgress.NONE, new CancelToken()).files().get(0).objects().get(0);
    }

    @Test
    void tunnelShowsItsHollowSpacesAtLod4AndNotAtLod3() {
        CityObject tunnel = first(TUNNEL);

        assertThat(tunnel.meshes().keySet()).containsExactly(1, 2, 3, 4);
        MeshPart lod4 = LodChoice.exactly(4).meshOf(tunnel);
        MeshPart lod3 = LodChoice.exactly(3).meshOf(tunnel);
        // the hollow spaces (LOD4 only) run below the portal, down to about -5.7 m; the LOD3 shell stays above 3 m
        assertThat(minZ(lod4)).isLessThan(-5);
        assertThat(minZ(lod3)).isGreaterThan(3);
        // LOD4 = LOD3 outer shell + interior: everything LOD3 shows is still there
        assertThat(lod4.triangleCount()).isGreaterThan(lod3.triangleCount());
        assertThat(LodChoice.HIGHEST.meshOf(tunnel).triangleCount()).isEqualTo(lod4.triangleCount());
    }

    @Test
    void hanedaBuildingsKeepFootprintBlockAndRoofShape() {
        CityObject building = first(HANEDA);

        assertThat(building.meshes().keySet()).containsExactly(0, 1, 2);
        MeshPart lod0 = building.meshes().get(0);
        double z0 = lod0.vertices()[2];
        for (int i = 2; i < lod0.vertices().length; i += 3) {
            assertThat(lod0.vertices()[i]).as("LOD0 footprint is flat").isEqualTo(z0, org.assertj.core.api.Assertions.within(0.01));
        }
        assertThat(building.meshes().get(2).triangleCount()).isGreaterThan(building.meshes().get(1).triangleCount());
    }

    @Test
    void undergroundBuildingHasGeometryAtEveryLodItContains() {
        CityObject ubld = first(UBLD);

        assertThat(ubld.lods()).containsExactly(0, 1, 2, 3, 4);
        for (int lod = 0; lod <= 4; lod++) {
            assertThat(LodChoice.exactly(lod).meshOf(ubld).triangleCount()).as("LOD" + lod).isPositive();
        }
        assertThat(minZ(LodChoice.exactly(4).meshOf(ubld))).isLessThan(-15);
    }

    @Test
    void hiroshimaPedestrianBridgeHasGeometryAtLod0To3IncludingItsIurMapGeometry() {
        CityObject bridge = first(Path.of("src/test/resources/data/plateau/plateau-3.0-sample_nusamai/udx/brid/hodokyo_51324378_brid_6697.gml"));

        assertThat(bridge.lods()).containsExactly(0, 1, 2, 3);
        for (int lod = 0; lod <= 3; lod++) {
            assertThat(LodChoice.exactly(lod).meshOf(bridge).triangleCount()).as("LOD" + lod).isPositive();
        }
        // the LOD0 footprint comes from uro:bridDmAttribute/uro:DmGeometricAttribute/uro:lod0Geometry, flat at 0 m
        MeshPart lod0 = bridge.meshes().get(0);
        for (int i = 2; i < lod0.vertices().length; i += 3) assertThat(lod0.vertices()[i]).isZero();
    }

    @Test
    void yokosukaTerrainTinLoadsAllItsTriangles() {
        var file = loader.load(List.of(Path.of("src/test/resources/data/plateau/14201_yokosuka-shi_2020_citygml_v2/udx/dem/523965_dem_6697_05_op.gml")),
                LoadProgress.NONE, new CancelToken()).files().get(0);

        assertThat(file.counts()).containsEntry("dem:ReliefFeature", 2);
        assertThat(file.objects()).allSatisfy(o -> assertThat(o.kind()).isEqualTo(FeatureKind.TERRAIN));
        // 1066 TIN triangles in the file, each one stays one triangle
        assertThat(file.triangleCount()).isEqualTo(1066);
    }

    @Test
    void lodSelectionPerKindPicksWhatTheTileMeshesHold() {
        CityObject building = first(HANEDA);
        int lod1 = building.meshes().get(1).triangleCount();
        int lod2 = building.meshes().get(2).triangleCount();

        List<TileMesh> atLod1 = TileMesher.merge(List.of(building),
                LodSelection.HIGHEST.with(FeatureKind.BUILDING, LodChoice.exactly(1)));
        List<TileMesh> highest = TileMesher.merge(List.of(building));
        List<TileMesh> atLod3 = TileMesher.merge(List.of(building), LodSelection.all(LodChoice.exactly(3)));

        assertThat(atLod1.stream().mapToInt(TileMesh::triangleCount).sum()).isEqualTo(lod1);
        assertThat(highest.stream().mapToInt(TileMesh::triangleCount).sum()).isEqualTo(lod2);
        assertThat(atLod3).as("no LOD3 geometry: nothing to draw").isEmpty();
    }

    private static double minZ(MeshPart mesh) {
        double min = Double.MAX_VALUE;
        for (int i = 2; i < mesh.vertices().length; i += 3) min = Math.min(min, mesh.vertices()[i]);
        return min;
    }
}
