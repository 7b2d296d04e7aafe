package org.citytwin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citytwin.scene.FxTestSupport.onFx;
import static org.citytwin.scene.FxTestSupport.startFx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeasuredHeight;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.LayerStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.layers.LayersViewModel;
import org.citytwin.ui.layers.LodViewModel;
import org.citytwin.ui.search.SearchViewModel;
import org.citytwin.ui.search.ObjectSearchTest;

/** Layers and search view models against a real CityScene (FX toolkit, no window) on the Haneda 2022 tile. */
class LayersAndSearchSceneTest {
    static final Path HANEDA = ObjectSearchTest.HANEDA;
    static LoadResult result;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private CityScene scene;
    private LodViewModel lods;
    private SearchViewModel search;
    private LayersViewModel layers;
    private final List<String> selected = new ArrayList<>();

    @BeforeAll
    static void load() throws Exception {
        startFx();
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            result = loader.load(List.of(HANEDA), LoadProgress.NONE, new CancelToken());
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        scene = onFx(() -> new CityScene(200, 100));
        onFx(() -> {
            lods = new LodViewModel(executor, scene::replaceKind);
            search = new SearchViewModel(lods, scene.camera(), o -> selected.add(o.id()));
            layers = new LayersViewModel(new LayerStyle(scene), lods);
            scene.addMeshes(result.meshes(), result.bounds());
            lods.add(result);
            layers.add(result);
            return null;
        });
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void hideIsolateAndShowAllChangeTheBuildingTrianglesDrawn() throws Exception {
        List<CityObject> all = result.files().get(0).objects();
        int total = triangles(all);
        List<CityObject> tall = all.stream().filter(o -> MeasuredHeight.of(o).orElse(0) > 20).toList();
        assertThat(buildingTriangles()).isEqualTo(total);

        onFx(() -> { search.search("measuredHeight > 20"); return null; });
        assertThat(search.results()).extracting(CityObject::id).containsExactlyElementsOf(tall.stream().map(CityObject::id).toList());
        assertThat(search.messageProperty().get()).startsWith(tall.size() + " objects");

        onFx(() -> { search.isolateResults(); return null; });
        waitForTriangles(triangles(tall));
        onFx(() -> { search.showAll(); return null; });
        waitForTriangles(total);
        onFx(() -> { search.hideResults(); return null; });
        waitForTriangles(total - triangles(tall));
        onFx(() -> { search.showAll(); return null; });
        waitForTriangles(total);
    }

    @Test
    void activatingAResultFramesItAndSelectsIt() throws Exception {
        onFx(() -> { search.search(ObjectSearchTest.TALLEST); return null; });
        assertThat(search.results()).hasSize(1);
        CityObject o = search.results().get(0);
        onFx(() -> { search.activate(o); return null; });
        var frame = SearchViewModel.frame(o);
        assertThat(frame.width()).isGreaterThanOrEqualTo(40);
        var centre = scene.camera().toView(frame.centerX(), frame.centerY(), frame.centerZ());
        assertThat(scene.camera().target().distance(centre)).isLessThan(1);
        assertThat(scene.camera().distance()).isLessThan(500);
        assertThat(selected).containsExactly(ObjectSearchTest.TALLEST);
    }

    @Test
    void visibilityOpacityAndColourApplyToTheBuildingLayer() throws Exception {
        assertThat(layers.datasets()).singleElement().satisfies(d -> {
            assertThat(d.counts()).containsEntry(FeatureKind.BUILDING, result.files().get(0).objects().size());
        });
        var style = layers.style(FeatureKind.BUILDING);
        assertThat(style.opacityProperty().get()).isEqualTo(100);
        onFx(() -> { style.visibleProperty().set(false); return null; });
        // the kind as a whole reaches every file's style of it, and so every file's meshes
        assertThat(layers.style(layers.datasets().get(0), FeatureKind.BUILDING).visibleProperty().get()).isFalse();
        assertThat(scene.layer(FeatureKind.BUILDING).getChildren()).isNotEmpty().noneMatch(Node::isVisible);
        onFx(() -> { style.visibleProperty().set(true); return null; });
        assertThat(scene.layer(FeatureKind.BUILDING).getChildren()).allMatch(Node::isVisible);

        onFx(() -> { style.opacityProperty().set(40); return null; });
        assertThat(scene.material(FeatureKind.BUILDING).getDiffuseColor().getOpacity()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(0.01));
        Node layer = scene.layer(FeatureKind.BUILDING);
        List<Node> world = layer.getParent().getChildrenUnmodifiable();
        assertThat(world.indexOf(layer)).as("translucent layer drawn last, before the overlay").isEqualTo(world.indexOf(scene.overlay()) - 1);

        assertThat(onFx(() -> atlasAlphas())).as("textured tiles fade too").isNotEmpty().containsOnly(0.4);
        onFx(() -> { search.search("measuredHeight > 20"); search.hideResults(); return null; });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(this::buildingTriangles) < triangles(result.files().get(0).objects()));
        assertThat(onFx(() -> atlasAlphas())).as("re-merged textured tiles keep the opacity").isNotEmpty().containsOnly(0.4);

        onFx(() -> { style.colorProperty().set(Color.RED); return null; });
        Color c = scene.material(FeatureKind.BUILDING).getDiffuseColor();
        // the material holds the colour premultiplied by its opacity (how Prism blends see-through faces)
        assertThat(c.getRed()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(0.01));
        assertThat(c.getGreen()).isEqualTo(0.0);
        assertThat(c.getOpacity()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void removingADatasetTakesItsObjectsOutOfTheSceneAndTheSearch() throws Exception {
        onFx(() -> { layers.remove(layers.datasets().get(0)); return null; });
        assertThat(layers.datasets()).isEmpty();
        waitForTriangles(0);
        onFx(() -> { search.search("bldg_"); return null; });
        assertThat(search.results()).extracting(CityObject::id).isEmpty();
    }

    private static int triangles(List<CityObject> objects) {
        return objects.stream().mapToInt(o -> o.displayMesh().triangleCount()).sum();
    }

    private void waitForTriangles(int expected) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(this::buildingTriangles) == expected);
        assertThat(onFx(this::buildingTriangles)).isEqualTo(expected);
    }

    private java.util.Set<Double> atlasAlphas() {
        java.util.Set<Double> alphas = new java.util.HashSet<>();
        for (Node node : scene.layer(FeatureKind.BUILDING).getChildren()) {
            var m = node instanceof javafx.scene.shape.MeshView v ? org.citytwin.scene.TileMeshViews.texturedMaterial(v) : null;
            if (m != null) alphas.add(Math.round(m.getDiffuseColor().getOpacity() * 100) / 100.0);
        }
        return alphas;
    }

    private int buildingTriangles() {
        int sum = 0;
        for (Node node : scene.layer(FeatureKind.BUILDING).getChildren()) {
            if (node.getUserData() instanceof TileMesh mesh) sum += mesh.triangleCount();
        }
        return sum;
    }
}
