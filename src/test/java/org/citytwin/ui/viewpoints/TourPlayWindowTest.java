package org.citytwin.ui.viewpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.scenario.Tour;
import org.citytwin.scenario.Viewpoint;
import org.citytwin.scene.CameraRig;
import org.citytwin.ui.WindowLoads;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a Tokyo 23-ku PLATEAU tile with two viewpoints, both timed 0.2 s flight / 0.3 s dwell in the
 * tour editor: Play in the Viewpoints tab flies the main camera through both stops (no presenter) and stops playing at
 * the end, standing at viewpoint 2; after an edit Play starts over at stop 1, Pause holds it, Next flies to stop 2.
 */
class TourPlayWindowTest extends RealWindowTest {
    static final Path TILE = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void playFliesThroughTheTourInTheMainWindowAndStopsAtTheEnd(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, TILE);
        ViewpointTools tools = window.viewpoints();
        CameraRig main = window.cityScene().camera();
        robot.interact(() -> {
            window.cityScene().oblique();
            assertThat(tools.add("Station square", "駅前広場")).isTrue();
            main.orbit(140, 30);
            main.zoom(0.45);
            assertThat(tools.add("Overview", "計画地の全景")).isTrue();
            assertThat(tools.viewModel().setTiming("Station square", 0.2, 0.3)).isTrue();
            assertThat(tools.viewModel().setTiming("Overview", 0.2, 0.3)).isTrue();
            main.orbit(-60, -20); // somewhere else
            window.sidePanel().showTab("Viewpoints");
        });
        List<Viewpoint> vps = fx(() -> window.scenarios().viewModel().project().presentation().viewpoints());
        assertThat(fx(() -> window.scenarios().viewModel().project().presentation().tour().stops()))
                .containsExactly(new Tour.Stop("Station square", 0.2, 0.3), new Tour.Stop("Overview", 0.2, 0.3));
        assertThat(fx(() -> tools.tour().isPlaying())).isFalse();
        assertThat(fx(() -> ((Button) robot.lookup("#tour-pause").query()).isDisabled())).isTrue();

        // the stops in the order played, and where the camera stood when the tour moved on from each
        AtomicBoolean played = new AtomicBoolean();
        List<String> stopsShown = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<ViewpointCamera.Pose> movedOnFrom = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> {
            tools.tour().playingProperty().addListener((o, a, on) -> {
                if (on) played.set(true);
            });
            tools.tour().stopTextProperty().addListener((o, a, text) -> {
                if (!stopsShown.isEmpty()) movedOnFrom.add(tools.state().camera().capture(main)); // before the next flight
                stopsShown.add(text);
            });
        });
        robot.clickOn("#tour-play");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, played::get);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !fx(() -> tools.tour().isPlaying()));
        assertThat(stopsShown).containsExactly("Stop 1 of 2 · Station square", "Stop 2 of 2 · Overview");
        assertThat(movedOnFrom).as("moved on once, after the flight to stop 1 had arrived").hasSize(1);
        assertPose(movedOnFrom.get(0), vps.get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> tools.tour().stopTextProperty().get())).isEqualTo("Stop 2 of 2 · Overview");
        assertPose(fx(() -> tools.state().camera().capture(main)), vps.get(1));
        assertThat(fx(() -> ((Button) robot.lookup("#tour-play").query()).isDisabled())).as("over: Play again").isFalse();
        assertThat(robot.lookup("#tour-timing").queryAllAs(javafx.scene.control.Label.class)).extracting(l -> l.getText())
                .as("each row shows its times").contains("0.2 s → 0.3 s");
        java.nio.file.Files.createDirectories(Path.of("target/test-shots"));
        org.citytwin.scene.SceneSnapshots.writePng(fx(() -> stage.getScene().snapshot(null)),
                Path.of("target/test-shots/viewpoints-tour.png"));

        // an edited tour starts over: Play begins at stop 1 (now dwelling 30 s), Pause holds it there
        robot.interact(() -> assertThat(tools.viewModel().setTiming("Station square", 0.2, 30)).isTrue());
        robot.clickOn("#tour-play");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> tools.tour().isPlaying())).isTrue();
        assertThat(fx(() -> tools.tour().stopTextProperty().get())).isEqualTo("Stop 1 of 2 · Station square");
        awaitPose(() -> tools.state().camera().capture(main), vps.get(0)); // after the 0.2 s flight
        robot.clickOn("#tour-pause");
        assertThat(fx(() -> tools.tour().isPlaying())).isFalse();
        assertThat(fx(() -> tools.tour().stopTextProperty().get())).startsWith("Stop 1 of 2");

        // Next by hand flies to stop 2 without playing
        robot.clickOn("#tour-next");
        awaitPose(() -> tools.state().camera().capture(main), vps.get(1));
        assertThat(fx(() -> tools.tour().isPlaying())).isFalse();

        // the row's Tour check box takes a viewpoint out of the tour (one undoable command)
        List<javafx.scene.control.CheckBox> boxes = robot.lookup("#tour-in").queryAllAs(javafx.scene.control.CheckBox.class)
                .stream().sorted(java.util.Comparator.comparingDouble(b -> b.localToScene(0, 0).getY())).toList();
        robot.clickOn(boxes.get(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.scenarios().viewModel().project().presentation().tour().stops()))
                .extracting(Tour.Stop::viewpoint).containsExactly("Station square");
        assertThat(fx(() -> window.scenarios().viewModel().undoTextProperty().get())).isEqualTo("Undo Remove from tour Overview");
    }

    /** Waits while the camera flies until it stands at the viewpoint; then asserts it, naming what differs if not. */
    private static void awaitPose(Callable<ViewpointCamera.Pose> pose, Viewpoint v) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                try {
                    assertPose(fx(pose), v);
                    return true;
                } catch (AssertionError notYet) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            // the assertion below says which part of the pose is off
        }
        assertPose(fx(pose), v);
    }

    private static void assertPose(ViewpointCamera.Pose p, Viewpoint v) {
        assertThat(p).isNotNull();
        assertThat(p.lat()).isCloseTo(v.lat(), within(1e-7));
        assertThat(p.lon()).isCloseTo(v.lon(), within(1e-7));
        assertThat(p.distance()).isCloseTo(v.distance(), within(0.01));
        assertThat(p.heading()).isCloseTo(v.heading(), within(0.01));
        assertThat(p.tilt()).isCloseTo(v.tilt(), within(0.01));
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }
}
