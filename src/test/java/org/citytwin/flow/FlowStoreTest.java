package org.citytwin.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FlowStoreTest {

    @Test
    void interpolatesBetweenSamplesAndDerivesSpeedAndHeading() {
        FlowStore store = new FlowStore();
        store.accept(new FlowSample("a", 1000, 0, 0, 0));
        store.accept(new FlowSample("a", 3000, 4, 0, 2)); // 4 m east in 2 s

        AgentFrame f = store.frameAt(1500, new AgentFrame());

        assertThat(f.count()).isEqualTo(1);
        assertThat(f.x()[0]).isEqualTo(1.0);
        assertThat(f.y()[0]).isEqualTo(0.0);
        assertThat(f.z()[0]).isEqualTo(0.5);
        assertThat(f.speed()[0]).isCloseTo(Math.sqrt(16 + 4) / 2, within(1e-12));
        assertThat(f.heading()[0]).isEqualTo(90.0);
        assertThat(store.sourceId(f.agent()[0])).isEqualTo("a");
    }

    @Test
    void agentsAreAbsentOutsideTheirTimeSpan() {
        FlowStore store = new FlowStore();
        store.accept(new FlowSample("early", 0, 0, 0, 0));
        store.accept(new FlowSample("early", 1000, 1, 0, 0));
        store.accept(new FlowSample("late", 2000, 5, 5, 0));
        store.accept(new FlowSample("late", 3000, 6, 5, 0));
        AgentFrame f = new AgentFrame();

        assertThat(store.frameAt(-1, f).count()).isZero();
        assertThat(store.frameAt(500, f).count()).isEqualTo(1);
        assertThat(store.sourceId(f.agent()[0])).isEqualTo("early");
        assertThat(store.frameAt(1500, f).count()).isZero();
        assertThat(store.frameAt(3000, f).count()).isEqualTo(1);
        assertThat(f.x()[0]).isEqualTo(6.0);
        assertThat(store.frameAt(3001, f).count()).isZero();

        store.setHoldMillis(500);
        assertThat(store.frameAt(3400, f).count()).isEqualTo(1);
        assertThat(f.x()[0]).isEqualTo(6.0);
    }

    @Test
    void lateAndOutOfOrderSamplesLandAtTheirOwnTime() {
        FlowStore store = new FlowStore();
        store.accept(new FlowSample("a", 0, 0, 0, 0));
        store.accept(new FlowSample("a", 4000, 40, 0, 0));
        store.accept(new FlowSample("a", 2000, 10, 10, 0)); // arrives last, belongs in the middle
        store.accept(new FlowSample("a", 4000, 40, 4, 0)); // same instant again: replaces

        AgentFrame f = store.frameAt(1000, new AgentFrame());
        assertThat(f.x()[0]).isEqualTo(5.0);
        assertThat(f.y()[0]).isEqualTo(5.0);
        store.frameAt(3000, f);
        assertThat(f.x()[0]).isEqualTo(25.0);
        assertThat(f.y()[0]).isEqualTo(7.0);
        assertThat(store.sampleCount()).isEqualTo(3);
        assertThat(store.startMillis()).isZero();
        assertThat(store.endMillis()).isEqualTo(4000);
    }

    @Test
    void stepTracksHoldTheirLastSample() {
        FlowStore store = new FlowStore();
        Map<String, String> step = Map.of(FlowStore.INTERPOLATION_ATTRIBUTE, "Step");
        store.accept(new FlowSample("s", 0, 0, 0, 0, Double.NaN, Double.NaN, step));
        store.accept(new FlowSample("s", 1000, 10, 0, 0, Double.NaN, Double.NaN, step));

        AgentFrame f = store.frameAt(999, new AgentFrame());
        assertThat(f.x()[0]).isZero();
    }

    @Test
    void frameReuseKeepsItsArraysOnceLargeEnough() {
        FlowStore store = new FlowStore();
        for (int i = 0; i < 100; i++) {
            store.accept(new FlowSample("p" + i, 0, i, 0, 0));
            store.accept(new FlowSample("p" + i, 1000, i, 1, 0));
        }
        AgentFrame f = store.frameAt(0, new AgentFrame());
        double[] x = f.x();
        for (long t = 0; t <= 1000; t += 33) store.frameAt(t, f);

        assertThat(f.x()).isSameAs(x);
        assertThat(f.count()).isEqualTo(100);
        assertThat(f.y()[42]).isCloseTo(0.99, within(1e-12));
        assertThat(f.x()[42]).isEqualTo(42.0);
    }

    @Test
    void groupsComeFromTheSourceAttribute() {
        FlowStore store = new FlowStore();
        store.accept(new FlowSample("a", 0, 0, 0, 0, Double.NaN, Double.NaN, Map.of("source", "feed-1")));
        store.accept(new FlowSample("b", 0, 0, 0, 0, Double.NaN, Double.NaN, Map.of("source", "rec.json")));
        store.accept(new FlowSample("c", 0, 0, 0, 0, Double.NaN, Double.NaN, Map.of("source", "feed-1")));

        AgentFrame f = store.frameAt(0, new AgentFrame());
        assertThat(f.group()[0]).isEqualTo(f.group()[2]);
        assertThat(store.groupName(f.group()[1])).isEqualTo("rec.json");
        assertThat(store.groupCount()).isEqualTo(2);
    }

    @Test
    void trailsCoverTheWindowWithInterpolatedEnds() {
        FlowStore store = new FlowStore();
        for (int s = 0; s <= 10; s++) store.accept(new FlowSample("a", s * 1000L, s, 0, 0));
        store.accept(new FlowSample("gone", 0, 0, 5, 0));
        store.accept(new FlowSample("gone", 1000, 1, 5, 0));

        TrailFrame trails = store.trailsAt(5500, 2000, new TrailFrame());

        assertThat(trails.count()).isEqualTo(1);
        assertThat(store.sourceId(trails.agent(0))).isEqualTo("a");
        // 3.5 (window start), samples 4 and 5, 5.5 (now)
        assertThat(trails.pointCount()).isEqualTo(4);
        assertThat(trails.x()).startsWith(3.5, 4.0, 5.0, 5.5);
        assertThat(trails.time()).startsWith(3500L, 4000L, 5000L, 5500L);
    }

    @Test
    void trailsCanKeepOnlySamplesAStepApart() {
        FlowStore store = new FlowStore();
        for (int s = 0; s <= 20; s++) store.accept(new FlowSample("a", s * 500L, s, 0, 0));

        TrailFrame trails = store.trailsAt(9_250, 5_000, 2_000, new TrailFrame());

        // ends at 4.25 s and 9.25 s; samples from 4.5 s on, at least 2 s apart: 4.5, 6.5, 8.5
        assertThat(trails.pointCount()).isEqualTo(5);
        assertThat(trails.time()).startsWith(4_250L, 4_500L, 6_500L, 8_500L, 9_250L);
    }

    @Test
    void trimmingOldSamplesKeepsFramesFromThatTimeOn() {
        FlowStore store = new FlowStore();
        for (int s = 0; s <= 10; s++) store.accept(new FlowSample("a", s * 1000L, s, 0, 0));
        store.accept(new FlowSample("old", 0, 0, 0, 0));
        store.accept(new FlowSample("old", 1000, 1, 0, 0));

        assertThat(store.trimBefore(4500)).isEqualTo(5); // a keeps 4000 for interpolating at 4500; "old" keeps 1000

        assertThat(store.sampleCount()).isEqualTo(8);
        assertThat(store.startMillis()).isEqualTo(1000);
        AgentFrame f = store.frameAt(4500, new AgentFrame());
        assertThat(f.count()).isEqualTo(1);
        assertThat(f.x()[0]).isEqualTo(4.5);
        assertThat(store.frameAt(3000, f).count()).isZero();
        assertThat(store.indexOf("a")).isZero();
    }

    @Test
    void concurrentIngestKeepsEverySample() throws Exception {
        FlowStore store = new FlowStore();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
        for (int feed = 0; feed < 4; feed++) {
            int f = feed;
            jobs.add(pool.submit(() -> {
                // each feed delivers its agents' samples newest first: the worst order
                for (int t = 999; t >= 0; t--) store.accept(new FlowSample("f" + f + "-" + (t % 10), t * 100L, t, f, 0));
            }));
        }
        AgentFrame frame = new AgentFrame();
        while (jobs.stream().anyMatch(j -> !j.isDone())) store.frameAt(50_000, frame);
        for (var j : jobs) j.get();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(store.agentCount()).isEqualTo(40);
        assertThat(store.sampleCount()).isEqualTo(4000);
        store.frameAt(50_000, frame); // t=500 is a sample of agent "-0"; others are between samples
        assertThat(frame.count()).isEqualTo(40);
        int a = store.indexOf("f2-0");
        for (int i = 0; i < frame.count(); i++) {
            if (frame.agent()[i] == a) {
                assertThat(frame.x()[i]).isEqualTo(500.0);
                assertThat(frame.y()[i]).isEqualTo(2.0);
            }
        }
    }
}
