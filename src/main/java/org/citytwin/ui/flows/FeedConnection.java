package org.citytwin.ui.flows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.citytwin.flow.FlowBuffer;
import org.citytwin.flow.FlowClock;
import org.citytwin.flow.FlowObservation;
import org.citytwin.flow.FlowSample;
import org.citytwin.flow.FlowStore;
import org.citytwin.flow.feed.FeedSettings;
import org.citytwin.flow.GeoPlacement;
import org.citytwin.flow.feed.MessageDecoder;
import org.citytwin.flow.feed.MqttFlowFeed;
import org.citytwin.flow.feed.SensorZone;

/**
 * One live source wired into the flows (an MQTT feed, or the in-process demo walker): its threads fill a bounded
 * buffer; {@link #drain()} (once per frame, FX thread) moves everything into the store in one batch and updates the
 * latency estimate from the newest sample.
 */
final class FeedConnection implements AutoCloseable {
    private final FlowBuffer buffer;
    private final MqttFlowFeed feed; // null for the demo feed
    private final AutoCloseable source;
    private final Runnable start;
    private final FlowStore store;
    private final FlowClock clock;
    private final List<FlowSample> samples = new ArrayList<>();
    private final List<FlowObservation> observations = new ArrayList<>();
    /** The one drain instance registered with the frame pump (so it can be removed again). */
    final Runnable drainer = this::drain;

    FeedConnection(FeedSettings settings, GeoPlacement placement, FlowStore store, FlowClock clock) {
        this.store = store;
        this.clock = clock;
        Map<String, SensorZone> zones = settings.zones().stream()
                .collect(Collectors.toMap(SensorZone::datastreamId, z -> z, (a, b) -> b));
        this.buffer = new FlowBuffer();
        feed = new MqttFlowFeed(settings, new MessageDecoder(placement, zones), buffer);
        source = feed;
        start = feed::connect;
    }

    /** The demo walker: {@code make} builds it around the buffer it must fill. */
    FeedConnection(java.util.function.Function<FlowBuffer, org.citytwin.flow.sim.DemoFeed> make, FlowStore store, FlowClock clock) {
        this.store = store;
        this.clock = clock;
        this.buffer = new FlowBuffer();
        this.feed = null;
        org.citytwin.flow.sim.DemoFeed demo = make.apply(buffer);
        source = demo;
        start = demo::start;
    }

    void connect() { start.run(); }

    /** The MQTT feed, null for the demo walker. */
    MqttFlowFeed feed() { return feed; }

    /** Moves what arrived since the last frame into the store; returns the number of samples. */
    int drain() {
        samples.clear();
        observations.clear();
        int n = buffer.drainSamples(samples);
        buffer.drainObservations(observations);
        if (n > 0) {
            store.acceptAll(samples);
            long newest = Long.MIN_VALUE;
            for (int i = 0; i < n; i++) newest = Math.max(newest, samples.get(i).timeMillis());
            clock.recordLatency(newest, System.currentTimeMillis());
        }
        for (FlowObservation o : observations) store.accept(o);
        return n;
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the live source failed: " + e.getMessage(), e);
        }
    }
}
