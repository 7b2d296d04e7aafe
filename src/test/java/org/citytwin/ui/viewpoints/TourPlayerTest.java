package org.citytwin.ui.viewpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;
import org.citytwin.scenario.Tour;
import org.citytwin.scenario.Viewpoint;
import org.citytwin.scene.FxTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Playing a tour waits each stop's flight plus dwell, goes on by itself and stops after the last stop; P toggles. */
class TourPlayerTest {

    @BeforeAll
    static void fx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static PresenterModel.Stop stop(String name, double flight, double dwell) {
        return new PresenterModel.Stop(new Tour.Stop(name, flight, dwell),
                Viewpoint.camera(name, "base", 35.53, 139.79, 0, 300, 0, 35, name));
    }

    @Test
    void aPlayingTourAdvancesOnItsOwnAndStopsAtTheEnd() throws Exception {
        PresenterModel model = new PresenterModel(List.of(stop("a", 0.1, 0.2), stop("b", 0.1, 0.2), stop("c", 0, 0.2)));
        TourPlayer player = WaitForAsyncUtils.asyncFx(() -> new TourPlayer(model)).get(10, TimeUnit.SECONDS);
        long start = System.nanoTime();
        WaitForAsyncUtils.asyncFx(player::play).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.index() == 2);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(seconds).as("two waits of 0.3 s before the last stop").isGreaterThanOrEqualTo(0.55);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !player.isPlaying());
        assertThat(model.index()).as("stays on the last stop").isEqualTo(2);

        WaitForAsyncUtils.asyncFx(() -> model.goTo(0)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(player::play).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(player::pause).get(10, TimeUnit.SECONDS);
        FxTestSupport.letAnimationTimePass(Duration.millis(700)); // a playing tour would have moved on after 0.3 s
        assertThat(model.index()).as("paused: no advance").isZero();
        assertThat(PresenterModel.actionOf(KeyCode.P)).isEqualTo(PresenterModel.Action.PLAY);
    }
}
