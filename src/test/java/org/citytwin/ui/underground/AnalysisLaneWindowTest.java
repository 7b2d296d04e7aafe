package org.citytwin.ui.underground;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.underground.Clearance;
import org.citytwin.underground.PlannedSolid;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.WindowLoads;
import org.citytwin.ui.draw.FootprintDrawing;

/**
 * Clearance checks run in their own lane: a load finishes while a check waits or runs, Cancel stops the check, and
 * the check works on a copy of the objects taken when it was started (on the FX thread).
 */
class AnalysisLaneWindowTest extends RealWindowTest {
    static final Path CHIBA = Path.of("src/test/resources/data/utility/udx/unf");

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    private static CountDownLatch block(java.util.concurrent.Executor lane) throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        lane.execute(() -> {
            running.countDown();
            try {
                release.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        return release;
    }

    @Test
    void aWaitingClearanceDoesNotDelayALoadAndCancelStopsIt(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, CHIBA.resolve("water_53403039_unf_6697.gml"));
        CountDownLatch release = block(context.analysisExecutor()); // the analysis lane is busy
        Task<List<Clearance>> check = WaitForAsyncUtils.asyncFx(() -> window.clearance().checkUtilities()).get(10, TimeUnit.SECONDS);
        assertThat(check).isNotNull();

        WindowLoads.loadAndWait(robot, window, CHIBA.resolve("sewer_53403039_unf_6697.gml")); // not stuck behind it
        assertThat(check.isDone()).isFalse();

        robot.interact(() -> window.clearance().cancel());
        release.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, check::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(check::getState).get(10, TimeUnit.SECONDS)).isEqualTo(Worker.State.FAILED);
        assertThat(window.clearance().status()).isEqualTo("Check cancelled.");
        assertThat(window.clearance().rows()).isEmpty();
    }

    @Test
    void theCheckWorksOnASnapshotTakenWhenItStarts(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, CHIBA.resolve("water_53403039_unf_6697.gml"));
        List<CityObject> live = new ArrayList<>(window.lodModel().allObjects());
        assertThat(live).isNotEmpty();
        ExecutorService lane = Executors.newSingleThreadExecutor();
        try {
            ClearanceController c = WaitForAsyncUtils.asyncFx(() -> ClearanceController.install(new StackPane(),
                    window.cityScene(), new FootprintDrawing(new StackPane(), window.cityScene(), window.selection().picker()),
                    lane, () -> live, window.selection())).get(10, TimeUnit.SECONDS);
            Envelope b = window.cityScene().bounds();
            c.setSolid(PlannedSolid.box(b.minX(), b.minY(), b.maxX(), b.maxY(), b.minZ() - 1, b.maxZ() + 1));
            CountDownLatch release = block(lane);
            Task<List<Clearance>> check = WaitForAsyncUtils.asyncFx(c::checkSolid).get(10, TimeUnit.SECONDS);
            robot.interact(live::clear); // the list changes after the start, before the worker reads it
            release.countDown();
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, check::isDone);
            assertThat(check.get()).isNotEmpty(); // every water pipe lies inside the solid
            assertThat(check.get()).allMatch(row -> row.distance() == 0);
        } finally {
            lane.shutdownNow();
        }
    }
}
