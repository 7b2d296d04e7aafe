package org.citytwin.flow;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded, thread-safe hand-over between producers (feed network threads, the demo simulator) and the one
 * consumer that drains it once per frame. Never blocks a producer: when full, the newest item is refused and
 * counted in {@link #dropped()}, so an overload is visible instead of freezing the network thread or the UI.
 */
public final class FlowBuffer implements FlowSink {
    public static final int DEFAULT_CAPACITY = 200_000;

    private final BlockingQueue<FlowSample> samples;
    private final BlockingQueue<FlowObservation> observations;
    private final AtomicLong dropped = new AtomicLong();

    public FlowBuffer() {
        this(DEFAULT_CAPACITY);
    }

    public FlowBuffer(int capacity) {
        samples = new ArrayBlockingQueue<>(capacity);
        observations = new ArrayBlockingQueue<>(Math.max(16, capacity / 10));
    }

    @Override
    public void accept(FlowSample sample) {
        if (!samples.offer(sample)) dropped.incrementAndGet();
    }

    @Override
    public void accept(FlowObservation observation) {
        if (!observations.offer(observation)) dropped.incrementAndGet();
    }

    /** Moves every buffered sample into {@code into}; returns how many. Call once per frame. */
    public int drainSamples(List<? super FlowSample> into) {
        return samples.drainTo(into);
    }

    /** Moves every buffered observation into {@code into}; returns how many. */
    public int drainObservations(List<? super FlowObservation> into) {
        return observations.drainTo(into);
    }

    /** Items refused because the buffer was full (the consumer is not keeping up). */
    public long dropped() {
        return dropped.get();
    }

    public int pendingSamples() {
        return samples.size();
    }
}
