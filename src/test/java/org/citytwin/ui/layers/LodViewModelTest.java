package org.citytwin.ui.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citytwin.scene.FxTestSupport.onFx;
import static org.citytwin.scene.FxTestSupport.startFx;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LodChoice;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.scene.CityScene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Choosing a LOD for a kind swaps that kind's meshes in the scene to exactly that LOD. */
class LodViewModelTest {

    static final Path HANEDA = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");

    @BeforeAll
    static void fx() throws Exception {
        startFx();
    }

    @Test
    void choosingLod1ShowsTheBlockModelsAndHighestBringsTheRoofsBack() throws Exception {
        LoadResult result;
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            result = loader.load(List.of(HANEDA), LoadProgress.NONE, new CancelToken());
        }
        List<CityObject> buildings = result.files().get(0).objects();
        int lod1 = buildings.stream().mapToInt(b -> b.meshes().get(1).triangleCount()).sum();
        int lod2 = buildings.stream().mapToInt(b -> b.meshes().get(2).triangleCount()).sum();
        CityScene scene = onFx(() -> new CityScene(200, 100));
        LodViewModel model = onFx(() -> {
            LodViewModel m = new LodViewModel(Executors.newSingleThreadExecutor(), scene::replaceKind);
            scene.addMeshes(result.meshes(), result.bounds());
            m.add(result);
            return m;
        });

        assertThat(model.kinds()).containsExactly(FeatureKind.BUILDING);
        assertThat(model.availableLods(FeatureKind.BUILDING)).containsExactly(0, 1, 2);
        assertThat(buildingTriangles(scene)).isEqualTo(lod2);

        onFx(() -> {
            model.choose(FeatureKind.BUILDING, LodChoice.exactly(1));
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFxQuiet(() -> buildingTriangles(scene)) == lod1);
        assertThat(model.choice(FeatureKind.BUILDING)).isEqualTo(LodChoice.exactly(1));

        onFx(() -> {
            model.choose(FeatureKind.BUILDING, LodChoice.HIGHEST);
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFxQuiet(() -> buildingTriangles(scene)) == lod2);
    }

    private static int buildingTriangles(CityScene scene) {
        int sum = 0;
        for (Node node : scene.layer(FeatureKind.BUILDING).getChildren()) {
            if (node.getUserData() instanceof TileMesh mesh) sum += mesh.triangleCount();
        }
        return sum;
    }

    private static int onFxQuiet(java.util.concurrent.Callable<Integer> call) {
        try {
            return onFx(call);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
