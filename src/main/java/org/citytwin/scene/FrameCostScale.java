package org.citytwin.scene;

/**
 * How much more than its base share the tile feeder may add in one pulse, from the time between pulses. At 60 Hz the
 * base share stands; when each frame costs far more (software rendering, a scene of millions of triangles) every
 * pulse also redraws the whole scene, so a load fed in small shares is stretched by hundreds of such frames: then
 * each pulse takes proportionally more, up to {@link #MAX}, and its own work stays a small part of the frame it waits
 * for anyway.
 */
final class FrameCostScale {
    /** Pulse gaps up to this are treated as a normal frame: no scaling. */
    static final double FRAME_MS = 50;
    static final double MAX = 32;
    /** The pulse's own work stays under this share of the last gap. */
    static final double SHARE_OF_GAP = 0.2;

    private long lastPulseNanos;
    private double lastGapMs;
    /** The gap after the last pulse that added tiles: the frame that drew the whole scene with them. */
    private double fedFrameMs;
    private boolean fedLastPulse;

    /** A pulse began at {@code nanos} (the animation timer's time). */
    void pulse(long nanos) {
        if (lastPulseNanos != 0) {
            lastGapMs = (nanos - lastPulseNanos) / 1e6;
            if (fedLastPulse) fedFrameMs = lastGapMs;
        }
        fedLastPulse = false;
        lastPulseNanos = nanos;
    }

    /**
     * The pulse that began last added tiles. The pulses between two such are often cheap (nothing in the scene
     * changed, nothing redrawn), so the frame cost is the gap after a feeding pulse, not just the last one.
     */
    void fed() {
        fedLastPulse = true;
    }

    /** Feeding stopped: the next gap, spent idle, says nothing about frame cost. */
    void reset() {
        lastPulseNanos = 0;
        lastGapMs = 0;
        fedFrameMs = 0;
        fedLastPulse = false;
    }

    /** The cost of a frame that redraws the scene: the last gap, or the last frame after feeding if that was longer. */
    private double frameMs() {
        return Math.max(lastGapMs, fedFrameMs);
    }

    /** Factor, 1 to {@link #MAX}, for the triangles of a pulse. */
    double factor() {
        return Math.max(1, Math.min(MAX, frameMs() / FRAME_MS));
    }

    /** The time budget of a pulse: the base one scaled, and never more than a fifth of the last gap. */
    double budgetMs(double baseMs) {
        double scaled = baseMs * factor();
        return factor() > 1 ? Math.max(baseMs, Math.min(scaled, frameMs() * SHARE_OF_GAP)) : baseMs;
    }
}
