package org.citytwin.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.citytwin.flow.FlowClock;
import org.junit.jupiter.api.Test;

/** The timeline's properties follow the clock and drive it: scrub, speed, loop, window, live with latency. */
class FlowTimelineViewModelTest {
    private static final long T0 = 1_700_000_000_000L; // 2023-11-14 22:13:20 UTC

    @Test
    void scrubbingSeeksAndPlayingMovesThePositionAtTheChosenSpeed() {
        FlowClock clock = new FlowClock();
        FlowTimelineViewModel vm = new FlowTimelineViewModel(clock, ZoneOffset.UTC);
        assertThat(vm.hasDataProperty().get()).isFalse();
        vm.setRange(T0, T0 + 120_000);
        assertThat(vm.durationProperty().get()).isEqualTo(120.0);
        assertThat(vm.timeTextProperty().get()).isEqualTo("2023-11-14 22:13:20");
        vm.positionProperty().set(30);
        assertThat(clock.timeMillis()).isEqualTo(T0 + 30_000);
        vm.rateProperty().set(10);
        vm.togglePlay();
        assertThat(vm.playingProperty().get()).isTrue();
        clock.advance(1000); // one real second at ×10
        vm.sync();
        assertThat(vm.positionProperty().get()).isEqualTo(40.0);
        clock.advance(10_000); // past the end: stops there
        vm.sync();
        assertThat(vm.positionProperty().get()).isEqualTo(120.0);
        assertThat(vm.playingProperty().get()).isFalse();
    }

    @Test
    void loopWrapsWindowReachesTheClockAndLiveShowsLatency() {
        AtomicLong now = new AtomicLong(T0 + 500_000);
        FlowClock clock = new FlowClock(now::get);
        FlowTimelineViewModel vm = new FlowTimelineViewModel(clock, ZoneOffset.UTC);
        vm.setRange(T0, T0 + 60_000);
        vm.loopingProperty().set(true);
        vm.windowSecondsProperty().set(120);
        assertThat(clock.windowMillis()).isEqualTo(120_000);
        vm.positionProperty().set(55);
        vm.togglePlay();
        clock.advance(10_000);
        vm.sync();
        assertThat(vm.positionProperty().get()).isEqualTo(5.0); // wrapped to the loop start
        clock.recordLatency(T0 + 499_750, T0 + 500_000);
        vm.liveProperty().set(true);
        clock.advance(16);
        vm.sync();
        assertThat(vm.latencyTextProperty().get()).isEqualTo("latency 250 ms");
        assertThat(clock.timeMillis()).isEqualTo(T0 + 499_750);
    }

    @Test
    void aRelativeClockReadsMinutesAndSecondsFromTimeZero() {
        FlowClock clock = new FlowClock();
        FlowTimelineViewModel vm = new FlowTimelineViewModel(clock, ZoneOffset.UTC);
        vm.setRelative(true);
        vm.setRange(1_720, 40_680); // Jülich frames 43 … 1017 at 25 fps
        assertThat(vm.durationProperty().get()).isEqualTo(38.96);
        assertThat(vm.timeTextProperty().get()).isEqualTo("00:01");
        vm.positionProperty().set(30);
        vm.sync();
        assertThat(vm.timeTextProperty().get()).isEqualTo("00:31");
        assertThat(vm.minuteLabel(60_000)).isEqualTo("01:00");
        assertThat(FlowTimelineViewModel.relativeText(3_723_000)).isEqualTo("1:02:03");
        vm.setRelative(false);
        assertThat(vm.timeTextProperty().get()).isEqualTo("1970-01-01 00:00:31");
        assertThat(vm.minuteLabel(T0)).isEqualTo("22:13");
    }
}
