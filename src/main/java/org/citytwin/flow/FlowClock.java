package org.citytwin.flow;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * The app's one clock for flows: play/pause, rate x1..x60, scrubbing, an optional loop range, the time window
 * used by trails and heat maps, and a live mode that follows now minus the measured feed latency. It does not
 * tick by itself: the caller (an animation timer) calls {@link #advance} with the real time that passed.
 * Plain Java; listeners are called on the thread that changed the clock. Thread-safe.
 */
public final class FlowClock {

    public static final double MIN_RATE = 1;
    public static final double MAX_RATE = 60;
    /** Weight of the newest latency measurement in the running average. */
    private static final double LATENCY_SMOOTHING = 0.1;

    /** Told after every change of time or settings. */
    @FunctionalInterface
    public interface Listener {
        void clockChanged(FlowClock clock);
    }

    private final LongSupplier wallClock;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private double timeMillis;
    private boolean playing;
    private double rate = MIN_RATE;
    private long rangeStart = Long.MIN_VALUE;
    private long rangeEnd = Long.MAX_VALUE;
    private boolean looping;
    private long loopStart;
    private long loopEnd;
    private boolean loopSet;
    private long windowMillis = 30_000;
    private boolean live;
    private volatile double latencyMillis;
    private volatile boolean latencyMeasured;

    /** A clock on the system time (live mode follows {@link System#currentTimeMillis()}). */
    public FlowClock() {
        this(System::currentTimeMillis);
    }

    /** @param wallClock "now" in epoch ms, for live mode (tests pass a fake) */
    public FlowClock(LongSupplier wallClock) {
        this.wallClock = wallClock;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    /**
     * Moves the clock by {@code elapsedRealMillis} of real time: times the rate when playing; to now minus the
     * latency when live. Playing past the end of the range stops there, unless looping, which wraps to the loop
     * start.
     */
    public void advance(double elapsedRealMillis) {
        synchronized (this) {
            if (live) {
                timeMillis = wallClock.getAsLong() - latencyMillis;
            } else if (playing && elapsedRealMillis > 0) {
                timeMillis += elapsedRealMillis * rate;
                if (looping && hasLoopRange()) {
                    long a = effectiveLoopStart();
                    long b = effectiveLoopEnd();
                    if (timeMillis > b || timeMillis < a) timeMillis = a + floorMod(timeMillis - a, b - a);
                } else if (timeMillis >= rangeEnd) {
                    timeMillis = rangeEnd;
                    playing = false;
                }
            } else {
                return;
            }
        }
        fire();
    }

    /** Current instant, epoch ms. */
    public synchronized long timeMillis() {
        return (long) Math.floor(timeMillis);
    }

    /** Start of the trail/heat window ending now. */
    public synchronized long windowStartMillis() {
        return timeMillis() - windowMillis;
    }

    /** Scrubs to an instant (leaves live mode). */
    public void seek(long time) {
        synchronized (this) {
            live = false;
            timeMillis = time;
        }
        fire();
    }

    public void play() {
        change(() -> {
            if (!live && timeMillis >= rangeEnd && !looping) timeMillis = Math.max(rangeStart, loopStart(rangeStart));
            playing = true;
        });
    }

    public void pause() {
        change(() -> {
            playing = false;
            live = false;
        });
    }

    public synchronized boolean isPlaying() {
        return playing || live;
    }

    /** Playback speed, clamped to x1..x60. */
    public void setRate(double r) {
        change(() -> rate = Math.max(MIN_RATE, Math.min(MAX_RATE, Double.isNaN(r) ? MIN_RATE : r)));
    }

    public synchronized double rate() {
        return rate;
    }

    /** The data's time span (from the store): scrubbing range and where plain playback stops. */
    public void setRange(long start, long end) {
        if (end < start) throw new IllegalArgumentException("range end " + end + " before start " + start);
        change(() -> {
            rangeStart = start;
            rangeEnd = end;
        });
    }

    public synchronized long rangeStart() {
        return rangeStart;
    }

    public synchronized long rangeEnd() {
        return rangeEnd;
    }

    /** Loops over [start, end] from now on (loop range given explicitly; else the whole range is looped). */
    public void setLoop(long start, long end) {
        if (end <= start) throw new IllegalArgumentException("loop end " + end + " not after start " + start);
        change(() -> {
            loopStart = start;
            loopEnd = end;
            loopSet = true;
            looping = true;
        });
    }

    public void setLooping(boolean on) {
        change(() -> looping = on);
    }

    public synchronized boolean isLooping() {
        return looping;
    }

    public synchronized long loopStart() {
        return effectiveLoopStart();
    }

    public synchronized long loopEnd() {
        return effectiveLoopEnd();
    }

    /** How far back trails and the heat map reach, in ms of data time. */
    public void setWindowMillis(long window) {
        if (window < 0) throw new IllegalArgumentException("negative time window " + window);
        change(() -> windowMillis = window);
    }

    public synchronized long windowMillis() {
        return windowMillis;
    }

    /** Live: the clock follows now minus the measured feed latency, at x1; leaving it pauses at the current time. */
    public void setLive(boolean on) {
        change(() -> {
            live = on;
            playing = false;
            if (on) timeMillis = wallClock.getAsLong() - latencyMillis;
        });
    }

    public synchronized boolean isLive() {
        return live;
    }

    /**
     * A feed message stamped {@code sampleTimeMillis} arrived at {@code receivedAtMillis}: updates the running
     * latency estimate. Callable from feed threads; does not notify listeners (the next advance does).
     */
    public void recordLatency(long sampleTimeMillis, long receivedAtMillis) {
        double measured = Math.max(0, receivedAtMillis - sampleTimeMillis);
        synchronized (this) {
            latencyMillis = latencyMeasured ? latencyMillis + LATENCY_SMOOTHING * (measured - latencyMillis) : measured;
            latencyMeasured = true;
        }
    }

    /** Running average of feed latency (ms); 0 until a live sample was measured. */
    public double latencyMillis() {
        return latencyMillis;
    }

    /** A loop needs finite ends: an explicit loop or a range set from the data. */
    private boolean hasLoopRange() {
        return loopSet || rangeStart != Long.MIN_VALUE && rangeEnd != Long.MAX_VALUE && rangeEnd > rangeStart;
    }

    private long effectiveLoopStart() {
        return loopStart(rangeStart);
    }

    private long loopStart(long fallback) {
        return loopSet ? loopStart : fallback;
    }

    private long effectiveLoopEnd() {
        return loopSet ? loopEnd : rangeEnd;
    }

    private static double floorMod(double a, double m) {
        double r = a % m;
        return r < 0 ? r + m : r;
    }

    private void change(Runnable r) {
        synchronized (this) {
            r.run();
        }
        fire();
    }

    private void fire() {
        for (Listener l : listeners) l.clockChanged(this);
    }
}
