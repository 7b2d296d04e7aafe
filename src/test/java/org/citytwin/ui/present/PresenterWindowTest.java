package org.citytwin.ui.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.citytwin.app.RealWindowTest;
import org.citytwin.scenario.Viewpoint;
import org.citytwin.scene.CameraRig;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.ui.WindowLoads;
import org.citytwin.ui.viewpoints.ViewpointCamera;
import org.citytwin.ui.viewpoints.ViewpointTools;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a Tokyo 23-ku PLATEAU tile with two viewpoints added from the view: View → Present… opens the
 * full-screen audience window (one screen here, so the console floats over it); Page Down moves both to stop 2 (the
 * console says so, the audience camera stands at viewpoint 2); B turns the audience black and B brings it back; Esc
 * closes the audience window and hands the main window back.
 */
class PresenterWindowTest extends RealWindowTest {
    static final Path TILE = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void presentTwoStopsBlankAndLeave(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, TILE);
        ViewpointTools tools = window.viewpoints();
        CameraRig main = window.cityScene().camera();
        robot.interact(() -> {
            window.cityScene().oblique();
            assertThat(tools.add("Station square", "駅前広場から北を望む")).isTrue();
            assertThat(tools.viewModel().describe("Station square", "駅前広場から北を望む\nLooking north from the station square",
                    "Point out the new plaza, then the taller block behind it.")).isTrue();
            main.orbit(140, 30);
            main.zoom(0.45);
            assertThat(tools.add("Overview", "計画地の全景")).isTrue();
            main.orbit(-60, -20); // somewhere else again
        });
        List<Viewpoint> vps = fx(() -> window.scenarios().viewModel().project().presentation().viewpoints());
        assertThat(vps).extracting(Viewpoint::name).containsExactly("Station square", "Overview");
        assertThat(fx(() -> tools.viewModel().thumbnail("Overview"))).as("a thumbnail is kept").isNotNull();
        assertThat(fx(() -> tools.viewModel().thumbnail("Overview").getWidth())).isCloseTo(120, within(1.0));

        // the Viewpoints tab lists both; a click flies the main camera there
        robot.interact(() -> window.sidePanel().showTab("Viewpoints"));
        javafx.scene.control.ListView<?> list = robot.lookup("#viewpoints-list").queryAs(javafx.scene.control.ListView.class);
        assertThat(fx(() -> list.getItems().size())).isEqualTo(2);
        robot.clickOn((javafx.scene.Node) robot.from(list).lookup((javafx.scene.control.Label l) -> "Overview".equals(l.getText())).query());
        awaitArrival(main, () -> camera().capture(main), vps.get(1));
        Files.createDirectories(Path.of("target/test-shots"));
        SceneSnapshots.writePng(fx(() -> stage.getScene().snapshot(null)), Path.of("target/test-shots/viewpoints-panel.png"));

        robot.clickOn("View").clickOn("Present…");
        PresenterMode presenter = window.presenter();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(presenter::isRunning)
                && fx(() -> !presenter.audience().scene().isEmpty()));
        assertThat(fx(() -> showing().size())).as("main and audience windows").isEqualTo(2);
        Stage audience = presenter.audienceStage();
        assertThat(fx(audience::isFullScreen) || fx(() -> audience.getWidth() >= 1500)).isTrue();
        assertThat(fx(() -> presenter.console().stopText())).startsWith("Stop 1 of 2");
        awaitArrival(main, () -> camera().capture(presenter.audience().scene().camera()), vps.get(0));
        assertThat(fx(() -> presenter.audience().caption().getText())).contains("駅前広場");
        Path shots = Path.of("target/test-shots");
        SceneSnapshots.writePng(fx(() -> audience.getScene().snapshot(null)), shots.resolve("presenter.png"));

        robot.interact(audience::requestFocus);
        robot.push(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> presenter.console().stopText()).startsWith("Stop 2 of 2"));
        awaitArrival(main, () -> camera().capture(presenter.audience().scene().camera()), vps.get(1));
        assertPose(fx(() -> camera().capture(main)), vps.get(1));
        assertThat(fx(() -> presenter.audience().caption().getText())).isEqualTo("計画地の全景");
        Image withConsole = fx(() -> audience.getScene().snapshot(null));
        SceneSnapshots.writePng(withConsole, shots.resolve("presenter-stop2.png"));
        assertThat(darkShare(withConsole)).as("the city shows, not a black screen").isLessThan(0.5);

        robot.push(KeyCode.H); // console away: the audience view alone
        assertThat(fx(() -> presenter.console().isVisible())).isFalse();
        robot.push(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        Image blank = fx(() -> audience.getScene().snapshot(null));
        assertThat(darkShare(blank)).as("blanked: every pixel black").isEqualTo(1.0);
        robot.push(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        Image back = fx(() -> audience.getScene().snapshot(null));
        assertThat(darkShare(back)).as("restored").isLessThan(0.5);
        robot.push(KeyCode.H);
        assertThat(fx(() -> presenter.console().isVisible())).isTrue();

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(presenter::isRunning)).isFalse();
        assertThat(fx(audience::isShowing)).isFalse();
        assertThat(fx(() -> showing())).containsExactly(stage);
        assertThat(fx(() -> stage.isIconified())).isFalse();
    }

    /**
     * Waits until the main camera's flight has ended and {@code pose} stands at the viewpoint (the audience follows the
     * main camera); then asserts it, so a camera that never arrives fails naming what differs.
     */
    private static void awaitArrival(CameraRig main, Callable<ViewpointCamera.Pose> pose, Viewpoint v) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> !main.isFlying()) && standsAt(fx(pose), v));
        } catch (TimeoutException e) {
            // the assertion below says which part of the pose is off
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertPose(fx(pose), v);
    }

    private static boolean standsAt(ViewpointCamera.Pose p, Viewpoint v) {
        try {
            assertPose(p, v);
            return true;
        } catch (AssertionError notYet) {
            return false;
        }
    }

    private ViewpointCamera camera() {
        return window.viewpoints().state().camera();
    }

    private static void assertPose(ViewpointCamera.Pose p, Viewpoint v) {
        assertThat(p).isNotNull();
        assertThat(p.lat()).isCloseTo(v.lat(), within(1e-7));
        assertThat(p.lon()).isCloseTo(v.lon(), within(1e-7));
        assertThat(p.height()).isCloseTo(v.height(), within(0.01));
        assertThat(p.distance()).isCloseTo(v.distance(), within(0.01));
        assertThat(p.heading()).isCloseTo(v.heading(), within(0.01));
        assertThat(p.tilt()).isCloseTo(v.tilt(), within(0.01));
    }

    private static List<Window> showing() {
        return Window.getWindows().stream().filter(Window::isShowing).toList();
    }

    /** Share of pixels with every channel below 3/255. */
    private static double darkShare(Image image) {
        PixelReader r = image.getPixelReader();
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        long dark = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = r.getArgb(x, y);
                if (((argb >> 16) & 0xff) < 3 && ((argb >> 8) & 0xff) < 3 && (argb & 0xff) < 3) dark++;
            }
        }
        return (double) dark / ((long) w * h);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }
}
