package org.citytwin.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.shape.MeshView;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LodChoice;
import org.citytwin.pipeline.tile.LodSelection;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.pipeline.tile.TileMesher;
import org.citytwin.scene.CityScene;
import org.citytwin.ui.WindowLoads;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With LOD1 chosen for buildings in the main view of a Tokyo tile that has LOD1 and LOD2 buildings, the presenter's
 * audience view draws the buildings' LOD1 triangles (as many as the main view), not their LOD2 ones.
 */
class AudienceLodWindowTest extends RealWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void theAudienceShowsTheMainViewsLodChoice(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, PresenterWindowTest.TILE);
        var lods = window.lodModel();
        assertThat(fx(() -> lods.availableLods(FeatureKind.BUILDING))).contains(1, 2);
        List<CityObject> buildings = fx(() -> lods.allObjects().stream().filter(o -> o.kind() == FeatureKind.BUILDING).toList());
        long lod1 = triangles(TileMesher.merge(buildings, LodSelection.all(LodChoice.exactly(1))));
        long lod2 = triangles(TileMesher.merge(buildings, LodSelection.all(LodChoice.exactly(2))));
        long highest = triangles(TileMesher.merge(buildings, LodSelection.HIGHEST));
        assertThat(lod1).isPositive().isNotEqualTo(highest);
        assertThat(fx(() -> buildingTriangles(window.cityScene()))).isEqualTo(highest);

        robot.interact(() -> lods.choose(FeatureKind.BUILDING, LodChoice.exactly(1)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> buildingTriangles(window.cityScene())) == lod1);
        // the viewpoint keeps the LOD choice, so presenting it keeps LOD1 in the main view
        robot.interact(() -> {
            window.cityScene().oblique();
            assertThat(window.viewpoints().add("Overview", "全景")).isTrue();
        });

        robot.interact(() -> assertThat(window.presenter().start()).isTrue());
        PresenterMode presenter = window.presenter();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !presenter.audience().scene().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> buildingTriangles(window.cityScene()))).as("the main view still at LOD1").isEqualTo(lod1);
        long audience = fx(() -> buildingTriangles(presenter.audience().scene()));
        assertThat(audience).as("LOD1 as in the main view, not LOD2 (%d)", lod2).isEqualTo(lod1);

        // a new choice while presenting re-merges the audience too
        robot.interact(() -> lods.choose(FeatureKind.BUILDING, LodChoice.exactly(2)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> buildingTriangles(presenter.audience().scene())) == lod2);
        robot.interact(presenter::stop);
    }

    private static long triangles(List<TileMesh> meshes) {
        return meshes.stream().filter(m -> m.kind() == FeatureKind.BUILDING).mapToLong(TileMesh::triangleCount).sum();
    }

    /** Triangles the scene's building layer draws (its meshes' own counts). */
    private static long buildingTriangles(CityScene scene) {
        long n = 0;
        for (Node node : scene.layer(FeatureKind.BUILDING).getChildren()) {
            if (node instanceof MeshView && node.getUserData() instanceof TileMesh m) n += m.triangleCount();
        }
        return n;
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }
}
