package org.citytwin.ui.study;

import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.function.BooleanSupplier;
import org.citytwin.shadow.SunDirections;

/**
 * The study's sun, counted: ShadowStudy asks the sun once per hourly outline and once per time step just before it
 * casts that step's shadow, so the number of questions is the work done. Each question also checks Cancel, which
 * stops a run inside the raster too (the core checks its CancelToken only between stages).
 */
final class ProgressSun implements SunDirections {
    private final SunDirections sun;
    private final int expected;
    private final DoubleConsumer progress;
    private final BooleanSupplier cancelled;
    private final AtomicInteger asked = new AtomicInteger();

    /** @param expected how many directions the run will ask (hourly outlines + time steps) */
    ProgressSun(SunDirections sun, int expected, DoubleConsumer progress, BooleanSupplier cancelled) {
        this.sun = sun;
        this.expected = Math.max(1, expected);
        this.progress = progress;
        this.cancelled = cancelled;
    }

    @Override
    public Direction at(Instant instant, double latitude, double longitude) {
        if (cancelled.getAsBoolean()) throw new CancellationException("The shadow study was cancelled");
        progress.accept(Math.min(0.95, asked.incrementAndGet() / (double) expected)); // contours follow the last step
        return sun.at(instant, latitude, longitude);
    }

    @Override
    public double equationOfTimeMinutes(Instant instant) {
        return sun.equationOfTimeMinutes(instant);
    }
}
