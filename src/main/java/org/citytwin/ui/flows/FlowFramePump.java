package org.citytwin.ui.flows;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.animation.AnimationTimer;
import org.citytwin.flow.FlowClock;

/**
 * The one per-frame driver of flows: on every JavaFX pulse it drains every registered feed buffer once, advances
 * the clock by the real time that passed, then lets the listeners redraw (they pace themselves to ≤ 30 Hz).
 * Never one runLater per feed message: feeds only fill buffers, this drains them.
 */
public final class FlowFramePump extends AnimationTimer {
    private final FlowClock clock;
    private final List<Runnable> drains = new CopyOnWriteArrayList<>();
    private final List<java.util.function.LongConsumer> frames = new CopyOnWriteArrayList<>();
    private long last = -1;

    public FlowFramePump(FlowClock clock) {
        this.clock = clock;
    }

    /** Runs once per frame before the clock moves (e.g. a feed buffer's drain into the store). */
    public void addDrain(Runnable drain) { drains.add(drain); }
    public void removeDrain(Runnable drain) { drains.remove(drain); }

    /** Runs once per frame after the clock moved, with the pulse time in ns. */
    public void addFrameListener(java.util.function.LongConsumer listener) { frames.add(listener); }

    @Override
    public void handle(long now) {
        for (Runnable d : drains) d.run();
        clock.advance(last < 0 ? 0 : (now - last) / 1e6);
        last = now;
        for (var f : frames) f.accept(now);
    }

    @Override
    public void stop() {
        super.stop();
        last = -1;
    }
}
