package org.citytwin.ui.underground;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.underground.Clearance;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.draw.ReferenceGround;

/**
 * The real window on the Chiba utilities and a Tokyo building tile: Tools → Clearance check lists the pairs and flies
 * to a clicked row; Tools → Excavation cuts a pit whose earth walls show in pixels and lists the crossing utilities.
 */
class UndergroundToolsWindowTest extends RealWindowTest {
    static final Path CHIBA = Path.of("src/test/resources/data/utility/udx/unf");
    static final Path TOKYO_BLDG = Path.of("sample-citygml/13100_tokyo23-ku_2020_citygml_mini/udx/bldg/53394525_bldg_6697_2_op.gml");

    @Start
    void start(Stage stage) {
        openWindow(stage); // default size: TestFX shares the stage with later tests
    }

    private void load(FxRobot robot, Path path) {
        robot.interact(() -> window.viewModel().load(List.of(path)));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !window.viewModel().runningProperty().get()
                    && window.viewModel().lastStateProperty().get() != Worker.State.SCHEDULED);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(window.viewModel().lastStateProperty().get()).isEqualTo(Worker.State.SUCCEEDED);
    }

    @Test
    void clearancePanelListsPairsAndFliesToARow(FxRobot robot) throws Exception {
        load(robot, CHIBA);
        robot.clickOn("Tools").clickOn("Clearance check…");
        robot.clickOn("#clearance-utilities");
        // by default conflicts only: every close Chiba pair is a part of one utility meeting or holding another
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.clearance().status().startsWith("0 utility pairs"));
        assertThat(window.clearance().status()).contains("28 connected or nested parts of one network not listed");
        robot.clickOn("#clearance-include-connected");
        robot.clickOn("#clearance-utilities");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !window.clearance().rows().isEmpty());
        List<Clearance> rows = List.copyOf(window.clearance().rows());
        assertThat(rows).hasSize(28);
        Clearance last = rows.get(rows.size() - 1);
        robot.interact(() -> window.clearance().table().getSelectionModel().select(last));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> { // the flight ends at the pair
            var at = window.cityScene().camera().toLocal(window.cityScene().camera().target());
            return !window.cityScene().camera().isFlying()
                    && Math.hypot(at.getX() - last.midpoint()[0], at.getY() - last.midpoint()[1]) < 1.0;
        }).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.inspector().selected().id()).isEqualTo(last.idA());
        double[] mid = last.midpoint();
        var target = window.cityScene().camera().toLocal(window.cityScene().camera().target());
        assertThat(Math.hypot(target.getX() - mid[0], target.getY() - mid[1])).isLessThan(1.0);
        assertThat(mid[2]).as("the pair lies under the ground").isLessThan(window.cityScene().groundElevationAt(mid[0], mid[1]));
        assertThat(window.underground().xrayProperty().get()).as("so the ground turned see-through")
                .isEqualTo(UndergroundController.PRESET_XRAY);
        Image shot = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(60, TimeUnit.SECONDS);
        SceneSnapshots.writePng(shot, Path.of("target/test-shots/clearance-panel.png"));
    }

    @Test
    void excavationCutsThePitListsUtilitiesAndShowsEarthWalls(FxRobot robot) throws Exception {
        load(robot, CHIBA);
        Envelope b = window.cityScene().bounds();
        robot.interact(() -> window.cityScene().camera().oblique(b));
        robot.clickOn("Tools").clickOn("Excavation…");
        double cx = b.centerX(), cy = b.centerY();
        double ground = ReferenceGround.of(window.lodModel().allObjects(), b);
        Image before = WaitForAsyncUtils.asyncFx(() -> SceneSnapshots.render(window.cityScene())).get(60, TimeUnit.SECONDS);
        Task<?> task = WaitForAsyncUtils.asyncFx(() -> window.excavation().dig(List.of(new double[] {cx - 12, cy - 8, ground},
                new double[] {cx + 12, cy + 8, ground}))).get(10, TimeUnit.SECONDS);
        assertThat(task).isNotNull();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.excavation().status().startsWith("Pit"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.excavation().crossing()).isNotEmpty();
        assertThat(window.excavation().layer().labels().getChildren()).hasSameSizeAs(window.excavation().crossing());
        Image after = WaitForAsyncUtils.asyncFx(() -> SceneSnapshots.render(window.cityScene())).get(60, TimeUnit.SECONDS);
        assertThat(earthPixels(after)).isGreaterThan(earthPixels(before) + 500);
        Image shot = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(60, TimeUnit.SECONDS);
        SceneSnapshots.writePng(shot, Path.of("target/test-shots/excavation-chiba.png"));

        robot.clickOn("#excavation-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.excavation().layer().isShown()).isFalse();
    }

    @Test
    void excavationCutsATokyoBuildingInHalf(FxRobot robot) throws Exception {
        load(robot, TOKYO_BLDG);
        CityObject building = window.lodModel().allObjects().stream().filter(o -> o.kind() == FeatureKind.BUILDING)
                .max(java.util.Comparator.comparingInt(o -> o.displayMesh().triangleCount())).orElseThrow();
        Envelope e = new Envelope();
        e.includeAll(building.displayMesh().vertices(), building.displayMesh().vertices().length);
        long before = shownFaces(building.id());
        robot.interact(() -> window.cityScene().camera().oblique(Envelope.of(e.minX() - 10, e.minY() - 10, e.minZ(),
                e.maxX() + 10, e.maxY() + 10, e.maxZ())));
        robot.clickOn("Tools").clickOn("Excavation…");
        // the southern half of the building and the ground around it, 4 m deep
        robot.interact(() -> {
            window.excavation().layer(); // panel open; depth field default 2 m
            window.excavation().dig(List.of(new double[] {e.minX() - 6, e.minY() - 6, e.minZ()},
                    new double[] {e.maxX() + 6, e.centerY(), e.minZ()}));
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.excavation().status().startsWith("Pit"));
        WaitForAsyncUtils.waitForFxEvents();
        Image shot = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(60, TimeUnit.SECONDS);
        SceneSnapshots.writePng(shot, Path.of("target/test-shots/excavation-tokyo.png"));
        long after = shownFaces(building.id());
        assertThat(after).isPositive().isNotEqualTo(before); // the northern half still stands, clipped at the pit wall
        // no shown triangle of the building has its centre south of the cut line (inside the pit) above the floor
        for (var node : window.cityScene().layer(FeatureKind.BUILDING).getChildren()) {
            if (!(node.getUserData() instanceof org.citytwin.pipeline.tile.TileMesh m)) continue;
            int index = m.objectIds().indexOf(building.id());
            for (int f = 0; f < m.faceObject().length; f++) {
                if (m.faceObject()[f] != index) continue;
                double cy = 0;
                for (int k = 0; k < 3; k++) cy += m.points()[3 * m.triangles()[3 * f + k] + 1] / 3.0;
                assertThat(cy).isGreaterThan(e.centerY() - 0.01);
            }
        }
    }

    private long shownFaces(String id) {
        return window.cityScene().layer(FeatureKind.BUILDING).getChildren().stream()
                .filter(n -> n.getUserData() instanceof org.citytwin.pipeline.tile.TileMesh)
                .mapToLong(n -> countFaces((org.citytwin.pipeline.tile.TileMesh) n.getUserData(), id)).sum();
    }

    private static long countFaces(org.citytwin.pipeline.tile.TileMesh m, String id) {
        int index = m.objectIds().indexOf(id);
        if (index < 0) return 0;
        long n = 0;
        for (int f : m.faceObject()) if (f == index) n++;
        return n;
    }

    /** Pixels of the pit's translucent earth brown (red well above blue, mid brightness). */
    private static int earthPixels(Image image) {
        PixelReader r = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int argb = r.getArgb(x, y);
                int red = (argb >> 16) & 0xFF, green = (argb >> 8) & 0xFF, blue = argb & 0xFF;
                if (red > blue + 40 && green > blue + 10 && red < 220 && red > 90 && red > green) n++;
            }
        }
        return n;
    }
}
