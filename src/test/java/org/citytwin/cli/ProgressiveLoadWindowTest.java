package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.shape.MeshView;
import javafx.stage.Stage;
import org.citytwin.app.AppContext;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.scene.TileFeeder;
import org.citytwin.ui.WindowLoads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The real window loads a 2×2 Niiza city (the scale benchmark's generator, here in cli; eight 500 m tiles of
 * buildings) progressively: one tile per pulse with a zero budget, the first one nearest the camera, a file hidden
 * mid-load stays hidden in the tiles added after, and the scene in the end is the one an all-at-once load makes.
 */
class ProgressiveLoadWindowTest extends RealWindowTest {
    static final Path NIIZA = Path.of("sample-citygml/11230_niiza-shi_2020_lod1-full-tile_citygml-osm/udx/bldg/53395404_bldg_6697_op.gml");

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Override
    protected void beforeOpen(AppContext appContext) {
        appContext.loader().setCache(null); // read and meshed now, so the tiles really stream
        appContext.loader().setPreviewObjects(0); // the file's own tiles only (previews: their own test)
    }

    private record Batch(int nodesAfter, List<TileMesh> tiles, List<Boolean> visible, Point3D eye) {
    }

    @Test
    void tilesArriveOverSeveralPulsesNearestFirstStyledAsSetAndEndAsAnAllAtOnceLoad(FxRobot robot) throws Exception {
        CityScene scene = window.cityScene();
        List<Batch> batches = new CopyOnWriteArrayList<>();
        String[] file = {null};
        javafx.scene.image.Image[] midLoad = {null};
        robot.interact(() -> {
            window.feeder().setBudgetMillis(0); // one tile per pulse: the order and the steps show
            window.feeder().onBatch(views -> {
                Point3D eye = scene.camera().toLocal(scene.camera().position());
                batches.add(new Batch(tileViews(scene).size(), views.stream().map(v -> (TileMesh) v.getUserData()).toList(),
                        views.stream().map(Node::isVisible).toList(), eye));
                if (batches.size() == 2) { // a style set mid-load: this file's buildings hidden from now on
                    midLoad[0] = SceneSnapshots.render(scene);
                    file[0] = views.get(0).getUserData() instanceof TileMesh t ? t.sourceFile() : null;
                    scene.setFileVisible(FeatureKind.BUILDING, file[0], false);
                }
            });
        });
        Path city = tmp.resolve("niiza-2x2.gml");
        ScaleGenerator.write(NIIZA, 2, city);
        WindowLoads.loadAndWait(robot, window, city);
        SceneSnapshots.writePng(midLoad[0], Path.of("target/shots/progressive-niiza-two-tiles.png"));

        List<MeshView> views = onFxViews(robot, scene);
        assertThat(batches.size()).as("tiles went in over several pulses").isGreaterThanOrEqualTo(4);
        for (int i = 1; i < batches.size(); i++) {
            assertThat(batches.get(i).nodesAfter()).as("node count after pulse " + i).isGreaterThan(batches.get(i - 1).nodesAfter());
        }
        assertThat(batches.get(batches.size() - 1).nodesAfter()).isEqualTo(views.size());
        assertThat(batches).allSatisfy(b -> assertThat(b.tiles()).hasSize(1));

        // the first tile in was the nearest to the camera as it stood then
        Batch first = batches.get(0);
        double nearest = views.stream().mapToDouble(v -> TileFeeder.distanceSquared((TileMesh) v.getUserData(), first.eye()))
                .min().orElseThrow();
        assertThat(TileFeeder.distanceSquared(first.tiles().get(0), first.eye())).isEqualTo(nearest);

        // hidden mid-load: every building tile added after came in hidden, and stays so
        for (Batch b : batches.subList(2, batches.size())) {
            for (int i = 0; i < b.tiles().size(); i++) {
                if (b.tiles().get(i).kind() == FeatureKind.BUILDING && file[0].equals(b.tiles().get(i).sourceFile())) {
                    assertThat(b.visible().get(i)).as("tile added after the file was hidden").isFalse();
                }
            }
        }
        assertThat(views).filteredOn(v -> ((TileMesh) v.getUserData()).kind() == FeatureKind.BUILDING)
                .allSatisfy(v -> assertThat(v.isVisible()).isFalse());

        assertSameAsAllAtOnce(robot, scene, city);
        assertThat(window.sidePanel().layers().datasets()).hasSize(1); // the whole-load steps ran once, at the end
    }

    /** The scene has the tiles, triangles and bounds that adding every mesh of a fresh load at once gives. */
    private static void assertSameAsAllAtOnce(FxRobot robot, CityScene scene, Path city) {
        // the path before progressive loading
        LoadResult reference;
        try (DatasetLoader loader = new DatasetLoader(new org.citytwin.geo.CrsResolver())) {
            loader.setCache(null);
            reference = loader.load(List.of(city), LoadProgress.NONE, new CancelToken());
        }
        long[] counts = new long[4];
        Envelope[] bounds = new Envelope[2];
        robot.interact(() -> {
            CityScene old = new CityScene(600, 400);
            old.addMeshes(reference.meshes(), reference.bounds());
            counts[0] = tileViews(old).size();
            counts[1] = old.triangleCount();
            counts[2] = tileViews(scene).size();
            counts[3] = scene.triangleCount();
            bounds[0] = old.bounds();
            bounds[1] = scene.bounds();
        });
        assertThat(counts[2]).as("tiles").isEqualTo(counts[0]);
        assertThat(counts[3]).as("triangles").isEqualTo(counts[1]).isGreaterThan(0);
        Envelope a = bounds[0], b = bounds[1];
        assertThat(new double[] {b.minX(), b.minY(), b.minZ(), b.maxX(), b.maxY(), b.maxZ()})
                .containsExactly(new double[] {a.minX(), a.minY(), a.minZ(), a.maxX(), a.maxY(), a.maxZ()}, within(1e-9));
    }

    @Test
    void aBigFileShowsPreviewsWhileItIsReadAndEndsWithItsOwnTilesOnly(FxRobot robot) throws Exception {
        CityScene scene = window.cityScene();
        List<TileMesh> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            // a 3x3 city holds 5,913 buildings: the first preview after 20 leaves nearly the whole read for one
            // to show (a fast CI machine read a 2x2 city, 2,628 buildings, before a preview after 100 was shown)
            context.loader().setPreviewObjects(20);
            window.feeder().onBatch(views -> views.forEach(v -> seen.add((TileMesh) v.getUserData())));
        });
        Path city = tmp.resolve("niiza-3x3-previews.gml");
        ScaleGenerator.write(NIIZA, 3, city);
        WindowLoads.loadAndWait(robot, window, city);

        java.util.Set<TileMesh> shown = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        onFxViews(robot, scene).forEach(v -> shown.add((TileMesh) v.getUserData()));
        List<TileMesh> previews = seen.stream().filter(t -> !shown.contains(t)).toList();
        assertThat(previews).as("preview tiles went in while the file was read").isNotEmpty();
        assertThat(seen).as("and then its own tiles, every one").hasSize(previews.size() + shown.size());
        assertThat(previews).allSatisfy(t -> assertThat(t.isTextured()).isFalse());
        assertSameAsAllAtOnce(robot, scene, city);
    }

    private static List<MeshView> onFxViews(FxRobot robot, CityScene scene) {
        List<MeshView> out = new ArrayList<>();
        robot.interact(() -> out.addAll(tileViews(scene)));
        return out;
    }

    static List<MeshView> tileViews(CityScene scene) {
        List<MeshView> views = new ArrayList<>();
        for (var layer : scene.layers()) {
            for (Node n : layer.getChildren()) if (n instanceof MeshView v && v.getUserData() instanceof TileMesh) views.add(v);
        }
        return views;
    }
}
