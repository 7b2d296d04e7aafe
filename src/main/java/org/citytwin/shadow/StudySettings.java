package org.citytwin.shadow;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;

/**
 * What a 日影規制 shadow study is computed for: the day and window (true solar time unless {@code clockTime}), the
 * measurement plane above the ground, the hours raster spacing, the equal-time levels to draw, and the limits: hours
 * allowed between the 5 m and 10 m lines ({@code limitNear}) and beyond the 10 m line ({@code limitFar}).
 */
public record StudySettings(LocalDate date, LocalTime from, LocalTime to, boolean clockTime, double plane,
        double gridSpacing, double[] levels, Duration step, double limitNear, double limitFar) {

    public StudySettings {
        if (!to.isAfter(from)) throw new IllegalArgumentException("The study window must end after it starts (" + from + " to " + to + ").");
        if (plane < 0) throw new IllegalArgumentException("The measurement plane must be at or above the ground (got " + plane + " m).");
        if (gridSpacing <= 0) throw new IllegalArgumentException("The grid spacing must be positive (got " + gridSpacing + " m).");
        if (step.isZero() || step.isNegative()) throw new IllegalArgumentException("The time step must be positive.");
        levels = levels.clone();
        for (double l : levels) {
            if (!(l > 0) || Double.isInfinite(l)) throw new IllegalArgumentException("Contour hours must be positive (got " + l + ").");
        }
        if (!(limitNear > 0) || !(limitFar > 0) || Double.isInfinite(limitNear) || Double.isInfinite(limitFar)) {
            throw new IllegalArgumentException("The limits must be positive hours (got " + limitNear + ", " + limitFar + ").");
        }
    }

    /** The same study with other limits (5–10 m, beyond 10 m), e.g. from `shadow --limits 4,2.5`. */
    public StudySettings withLimits(double near, double far) {
        return new StudySettings(date, from, to, clockTime, plane, gridSpacing, levels, step, near, far);
    }

    /** The same study with other equal-time levels. */
    public StudySettings withLevels(double[] newLevels) {
        return new StudySettings(date, from, to, clockTime, plane, gridSpacing, newLevels, step, limitNear, limitFar);
    }

    /**
     * The usual first study: winter solstice of {@code year}, 8:00–16:00 true solar time, 4 m plane, 2 m grid,
     * 2/3/4/5 h lines, 5 min steps, and the common 第一種住居 limits of 4 h (5–10 m) and 2.5 h (beyond 10 m).
     */
    public static StudySettings defaults(int year) {
        return new StudySettings(winterSolstice(year), LocalTime.of(8, 0), LocalTime.of(16, 0), false, 4, 2,
                new double[] {2, 3, 4, 5}, Duration.ofMinutes(5), 4, 2.5);
    }

    /** 冬至: December 21 or 22; the regulation's day. The day whose noon sun is lowest is found by the sun itself. */
    public static LocalDate winterSolstice(int year) {
        NoaaSun sun = new NoaaSun();
        LocalDate best = LocalDate.of(year, Month.DECEMBER, 20);
        double lowest = Double.MAX_VALUE;
        for (int d = 19; d <= 24; d++) {
            LocalDate day = LocalDate.of(year, Month.DECEMBER, d);
            // noon at 135°E (JST meridian), Tokyo latitude: the date of the minimum does not depend on the place in Japan
            double e = sun.at(day.atTime(3, 0).toInstant(java.time.ZoneOffset.UTC), 35.68, 135).elevation();
            if (e < lowest) {
                lowest = e;
                best = day;
            }
        }
        return best;
    }

    @Override
    public double[] levels() {
        return levels.clone();
    }
}
