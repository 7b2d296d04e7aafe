package org.citytwin.ui.viewpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;
import org.citytwin.scenario.Tour;
import org.citytwin.scenario.Viewpoint;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Playing a tour waits each stop's flight plus dwell, goes on by itself and stops after the last stop; a stop reached
 * by hand restarts the wait there; pause cancels it; P toggles. The waits run on a clock the test drives by hand, so
 * the order of stops and waits is checked, never how long anything took.
 */
class TourPlayerTest {

    /** Holds each requested wait until the test lets it pass. */
    private static final class HandClock implements TourPlayer.Clock {
        /** Each requested wait in whole milliseconds. */
        final List<Long> requested = new ArrayList<>();
        Runnable pending;

        @Override
        public Runnable after(Duration time, Runnable then) {
            requested.add(Math.round(time.toMillis()));
            pending = then;
            return () -> {
                if (pending == then) pending = null;
            };
        }

        /** The wait in progress passes. */
        void pass() {
            assertThat(pending).as("a wait in progress").isNotNull();
            Runnable r = pending;
            pending = null;
            r.run();
        }
    }

    private static PresenterModel.Stop stop(String name, double flight, double dwell) {
        return new PresenterModel.Stop(new Tour.Stop(name, flight, dwell),
                Viewpoint.camera(name, "base", 35.53, 139.79, 0, 300, 0, 35, name));
    }

    private static PresenterModel threeStops() {
        return new PresenterModel(List.of(stop("a", 0.1, 0.2), stop("b", 1.5, 4), stop("c", 0, 0.2)));
    }

    @Test
    void aPlayingTourAdvancesAfterEachStopsFlightAndDwellAndStopsAtTheEnd() {
        PresenterModel model = threeStops();
        HandClock clock = new HandClock();
        TourPlayer player = new TourPlayer(model, clock);
        List<Integer> reached = new ArrayList<>();
        model.indexProperty().addListener((o, a, i) -> reached.add(i.intValue()));

        player.play();
        assertThat(player.isPlaying()).isTrue();
        assertThat(model.index()).isZero();
        assertThat(clock.requested).containsExactly(300L);
        clock.pass();
        assertThat(model.index()).isEqualTo(1);
        assertThat(clock.requested).containsExactly(300L, 5500L);
        clock.pass();
        assertThat(model.index()).isEqualTo(2);
        assertThat(clock.requested).last().isEqualTo(200L);
        clock.pass();
        assertThat(player.isPlaying()).as("over after the last stop").isFalse();
        assertThat(model.index()).as("stays on the last stop").isEqualTo(2);
        assertThat(clock.pending).as("nothing more to wait for").isNull();
        assertThat(reached).containsExactly(1, 2);
    }

    @Test
    void aStopReachedByHandRestartsTheWaitThereAndPauseCancelsIt() {
        PresenterModel model = threeStops();
        HandClock clock = new HandClock();
        TourPlayer player = new TourPlayer(model, clock);
        player.play();
        Runnable firstWait = clock.pending;
        model.forward(); // the clicker, while playing
        assertThat(clock.requested).containsExactly(300L, 5500L);
        assertThat(clock.pending).as("the wait at stop 2, not stop 1's").isNotSameAs(firstWait).isNotNull();

        player.pause();
        assertThat(player.isPlaying()).isFalse();
        assertThat(clock.pending).as("paused: the wait is cancelled").isNull();
        model.forward(); // by hand while paused: no wait starts
        assertThat(clock.requested).hasSize(2);
        assertThat(model.index()).isEqualTo(2);

        model.goTo(0);
        player.toggle();
        assertThat(player.isPlaying()).isTrue();
        assertThat(clock.requested).last().isEqualTo(300L);
        player.toggle();
        assertThat(player.isPlaying()).isFalse();
        assertThat(clock.pending).isNull();
        assertThat(PresenterModel.actionOf(KeyCode.P)).isEqualTo(PresenterModel.Action.PLAY);
    }

    @Test
    void onTheAnimationClockATourPlaysThroughEveryStopInOrder() throws Exception {
        FxToolkit.registerPrimaryStage();
        PresenterModel model = new PresenterModel(List.of(stop("a", 0.1, 0.2), stop("b", 0.1, 0.2), stop("c", 0, 0.2)));
        List<Integer> reached = new ArrayList<>();
        TourPlayer player = WaitForAsyncUtils.asyncFx(() -> {
            model.indexProperty().addListener((o, a, i) -> reached.add(i.intValue()));
            return new TourPlayer(model);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(player::play).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !player.isPlaying())
                .get(10, TimeUnit.SECONDS));
        assertThat(WaitForAsyncUtils.asyncFx(() -> List.copyOf(reached)).get(10, TimeUnit.SECONDS)).containsExactly(1, 2);
        assertThat(model.index()).as("stays on the last stop").isEqualTo(2);
    }
}
