package org.citytwin.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FlowClockTest {

    @Test
    void playsAtItsRateOnlyWhenPlaying() {
        FlowClock clock = new FlowClock(() -> 0);
        clock.seek(10_000);
        clock.advance(1000);
        assertThat(clock.timeMillis()).isEqualTo(10_000);

        clock.play();
        clock.setRate(10);
        clock.advance(250);
        assertThat(clock.timeMillis()).isEqualTo(12_500);

        clock.pause();
        clock.advance(1000);
        assertThat(clock.timeMillis()).isEqualTo(12_500);
    }

    @Test
    void rateIsClampedToOneToSixty() {
        FlowClock clock = new FlowClock(() -> 0);
        clock.setRate(500);
        assertThat(clock.rate()).isEqualTo(60);
        clock.setRate(0.1);
        assertThat(clock.rate()).isEqualTo(1);
    }

    @Test
    void stopsAtTheEndOfTheRangeUnlessLooping() {
        FlowClock clock = new FlowClock(() -> 0);
        clock.setRange(0, 10_000);
        clock.seek(9_000);
        clock.play();
        clock.advance(3000);
        assertThat(clock.timeMillis()).isEqualTo(10_000);
        assertThat(clock.isPlaying()).isFalse();

        clock.setLoop(2_000, 6_000);
        clock.seek(5_000);
        clock.play();
        clock.advance(1500); // 6500 -> wraps 500 past the loop start
        assertThat(clock.timeMillis()).isEqualTo(2_500);
        assertThat(clock.isPlaying()).isTrue();
    }

    @Test
    void loopingWithoutALoopRangeLoopsTheWholeRange() {
        FlowClock clock = new FlowClock(() -> 0);
        clock.setRange(1_000, 5_000);
        clock.setLooping(true);
        clock.seek(4_000);
        clock.play();
        clock.setRate(2);
        clock.advance(1_000); // 6000 -> 2000
        assertThat(clock.timeMillis()).isEqualTo(2_000);
    }

    @Test
    void liveFollowsNowMinusTheMeasuredLatency() {
        AtomicLong now = new AtomicLong(1_000_000);
        FlowClock clock = new FlowClock(now::get);
        clock.recordLatency(999_000, 1_000_000); // first measurement: 1000 ms
        clock.recordLatency(999_800, 1_000_000); // 200 ms: average moves a tenth of the way
        assertThat(clock.latencyMillis()).isEqualTo(920.0);

        clock.setLive(true);
        now.set(1_005_000);
        clock.advance(16);
        assertThat(clock.timeMillis()).isEqualTo(1_005_000 - 920);
        assertThat(clock.isLive()).isTrue();

        clock.seek(0); // scrubbing leaves live mode
        assertThat(clock.isLive()).isFalse();
        now.set(2_000_000);
        clock.advance(16);
        assertThat(clock.timeMillis()).isZero();
    }

    @Test
    void windowAndListeners() {
        FlowClock clock = new FlowClock(() -> 0);
        AtomicInteger changes = new AtomicInteger();
        clock.addListener(c -> changes.incrementAndGet());
        clock.setWindowMillis(20_000);
        clock.seek(100_000);
        clock.advance(10); // paused: no change, no event

        assertThat(clock.windowStartMillis()).isEqualTo(80_000);
        assertThat(changes.get()).isEqualTo(2);
    }
}
