package org.citytwin.ui.navigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import javafx.geometry.Point3D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.citytwin.model.CityFile;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.scene.CameraRig;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.TestMeshes;
import org.citytwin.scene.WalkController;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.MainWindow;

/** Navigation in the real window: compass and scale bar shown, V walks, Esc leaves, compass click turns north up. */
@ExtendWith(ApplicationExtension.class)
class NavigationWindowTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        org.citytwin.scene.FxTestSupport.requireScene3d();
        window = new MainWindow(new CityScene(600, 400), (paths, progress, cancel) -> blocks(), executor);
        stage.setScene(new Scene(window.root(), 640, 520));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static LoadResult blocks() {
        List<TileMesh> meshes = new ArrayList<>();
        meshes.add(TestMeshes.box(FeatureKind.BUILDING, -100, -100, 0, 300, 300, 2)); // a flat podium under everything
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                meshes.add(TestMeshes.box(FeatureKind.BUILDING, i * 80, j * 80, 2, i * 80 + 25, j * 80 + 25, 20 + 5 * i));
            }
        }
        CityFile file = new CityFile("blocks.gml", "2.0", null, null, List.of(), java.util.Map.of(),
                new java.util.TreeSet<>(), new Envelope(), List.of());
        return new LoadResult(List.of(file), meshes, Envelope.of(-100, -100, 0, 300, 300, 30), null);
    }

    private void load(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().load(List.of(Path.of("somewhere/blocks.gml"))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().lastStateProperty().get() == Worker.State.SUCCEEDED);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void vEntersWalkModeAtEyeHeightWMovesAndEscLeaves(FxRobot robot) throws Exception {
        load(robot);
        assertThat(robot.lookup("#compass").query().isVisible()).isTrue();
        assertThat(robot.lookup("#scale-bar").query().isVisible()).isTrue();
        CameraRig rig = window.cityScene().camera();
        robot.interact(() -> rig.lookAt(rig.toView(40, 120, 2), 0, 45, 300)); // between the blocks, looking north
        robot.clickOn("#view3d", MouseButton.SECONDARY).type(KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        Point3D eye = rig.toLocal(rig.position());
        assertThat(eye.getZ()).isCloseTo(2 + WalkController.EYE_HEIGHT, within(1e-3));
        assertThat(robot.lookup("#scale-bar").query().isVisible()).as("no scale bar in walk mode").isFalse();
        javafx.scene.control.Label badge = robot.lookup("#walk-badge").queryAs(javafx.scene.control.Label.class);
        assertThat(badge.isVisible()).as("the walk badge shows while walking").isTrue();
        assertThat(badge.getText()).isEqualTo(org.citytwin.text.Texts.get("walk.badge")).contains("Esc");
        robot.press(KeyCode.W); // held: walks on until released
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> rig.toLocal(rig.position()).getY()).get() > eye.getY() + 0.2);
        robot.release(KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        Point3D moved = rig.toLocal(rig.position());
        assertThat(moved.getY()).as("walked north").isGreaterThan(eye.getY() + 0.2);
        assertThat(moved.getZ()).isCloseTo(2 + WalkController.EYE_HEIGHT, within(1e-3));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rig.pitch()).as("the pitch from before walking").isCloseTo(45, within(1e-9));
        assertThat(rig.heading()).isCloseTo(0, within(1e-9));
        assertThat(rig.distance()).isCloseTo(300, within(1e-9));
        assertThat(rig.toLocal(rig.target()).distance(new Point3D(40, 120, 2))).isLessThan(1e-9);
        assertThat(robot.lookup("#scale-bar").query().isVisible()).isTrue();
        assertThat(badge.isVisible()).as("the walk badge is gone after leaving").isFalse();
    }

    @Test
    void clickingTheCompassTurnsTheViewNorthUp(FxRobot robot) throws Exception {
        load(robot);
        CameraRig rig = window.cityScene().camera();
        robot.interact(() -> rig.lookAt(rig.target(), 120, 40, rig.distance()));
        robot.clickOn("#compass");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(rig.heading() % 360) < 1e-6
                || Math.abs(rig.heading() - 360) < 1e-6);
        assertThat(rig.pitch()).isCloseTo(40, within(1e-6));
    }
}
