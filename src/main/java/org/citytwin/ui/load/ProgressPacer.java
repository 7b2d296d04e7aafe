package org.citytwin.ui.load;

/**
 * How often a load's progress bar and status message move: every change of them redraws the window, and where
 * drawing is done in software (no GPU: Mesa llvmpipe) a redraw of a window over a big city costs a good part of a
 * core, taken from reading the file. A few steps per second tell the user as much; the last step is always shown.
 */
final class ProgressPacer {
    static final long DEFAULT_INTERVAL_NANOS = 500_000_000L;

    private final long intervalNanos;
    private long lastNanos;
    private boolean any;

    ProgressPacer(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    /** Whether a step of {@code done} of {@code total}, made at {@code nanos}, is shown (parallel file reads report). */
    synchronized boolean due(long nanos, long done, long total) {
        if (any && done < total && nanos - lastNanos < intervalNanos) return false;
        any = true;
        lastNanos = nanos;
        return true;
    }
}
