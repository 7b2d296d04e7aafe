package org.citytwin.scene;

import javafx.animation.AnimationTimer;

/**
 * Records the gaps between JavaFX pulses while it runs: a long FX-thread task (node creation, a painter, a listener)
 * delays the next pulse, so the longest gap is the longest the UI was frozen. AnimationTimer timestamps are the pulse
 * times; with the 60 Hz pulse cap a smooth UI shows gaps of about 16.7 ms. FX thread.
 */
public final class PulseLogger {
    /** A gap above this is a visible freeze (the limit). */
    public static final double FREEZE_MS = 50;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long at = System.nanoTime(); // the clock callers mark phases with
            if (last != 0) record(at, (at - last) / 1e6);
            last = at;
        }
    };
    private long last;
    private int pulses;
    private int overLimit;
    private double longestMs;
    private final java.util.List<long[]> gaps = new java.util.ArrayList<>(); // {end nanos, gap micros}

    public void start() {
        last = 0;
        pulses = 0;
        overLimit = 0;
        longestMs = 0;
        gaps.clear();
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    void record(long atNanos, double gapMs) {
        gaps.add(new long[] {atNanos, Math.round(gapMs * 1000)});
        pulses++;
        if (gapMs > longestMs) longestMs = gapMs;
        if (gapMs > FREEZE_MS) overLimit++;
    }

    /** Gaps measured so far (pulses after the first). */
    public int pulses() { return pulses; }
    /** The longest gap between two pulses, in milliseconds. */
    public double longestMs() { return longestMs; }
    /** Gaps over {@link #FREEZE_MS}. */
    public int overLimit() { return overLimit; }

    /** The first {@code n} pulse times after {@code nanos} (fewer when fewer came). */
    public long[] pulseTimesAfter(long nanos, int n) {
        return gaps.stream().mapToLong(g -> g[0]).filter(t -> t > nanos).limit(n).toArray();
    }

    /** The gaps over {@code ms} as {start, end} on the {@link System#nanoTime()} clock, in order. */
    public java.util.List<long[]> gapsOver(double ms) {
        return gaps.stream().filter(g -> g[1] > ms * 1000).map(g -> new long[] {g[0] - g[1] * 1000, g[0]}).toList();
    }

    /** The gaps (ms) that ended within [from, to) on the {@link System#nanoTime()} clock: one phase of a load. */
    public double[] gapsBetween(long fromNanos, long toNanos) {
        return gaps.stream().filter(g -> g[0] >= fromNanos && g[0] < toNanos).mapToDouble(g -> g[1] / 1000.0).toArray();
    }
}
