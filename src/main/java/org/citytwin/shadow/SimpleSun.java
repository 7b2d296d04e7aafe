package org.citytwin.shadow;

import java.time.Instant;

/**
 * Low-precision solar position (the usual fractional-year series, as in the NOAA "general solar position"
 * note): declination, equation of time and hour angle; about 0.1–0.5° in angle, ±1 min in time, no refraction.
 * Good enough for shadow-hour studies at 5-minute steps; geo/SunPosition (full NOAA) replaces it at merge.
 */
public final class SimpleSun implements SunDirections {

    @Override
    public Direction at(Instant instant, double latitude, double longitude) {
        double g = fractionalYear(instant);
        double decl = declination(g);
        double utcMinutes = (instant.getEpochSecond() % 86400 + 86400) % 86400 / 60.0;
        double trueSolarMinutes = utcMinutes + equationOfTime(g) + 4 * longitude;
        double hourAngle = Math.toRadians(trueSolarMinutes / 4 - 180);
        double phi = Math.toRadians(latitude);
        double sinEl = Math.sin(phi) * Math.sin(decl) + Math.cos(phi) * Math.cos(decl) * Math.cos(hourAngle);
        double el = Math.asin(Math.max(-1, Math.min(1, sinEl)));
        // Azimuth from north, clockwise: atan2(east component, north component) of the sun vector.
        double east = -Math.cos(decl) * Math.sin(hourAngle);
        double north = Math.cos(phi) * Math.sin(decl) - Math.sin(phi) * Math.cos(decl) * Math.cos(hourAngle);
        double az = Math.toDegrees(Math.atan2(east, north));
        return new Direction(az < 0 ? az + 360 : az, Math.toDegrees(el));
    }

    @Override
    public double equationOfTimeMinutes(Instant instant) {
        return equationOfTime(fractionalYear(instant));
    }

    /** Fractional year in radians (day of year and hour, UTC). */
    private static double fractionalYear(Instant instant) {
        java.time.ZonedDateTime t = instant.atZone(java.time.ZoneOffset.UTC);
        int days = t.toLocalDate().isLeapYear() ? 366 : 365;
        double hour = t.getHour() + t.getMinute() / 60.0 + t.getSecond() / 3600.0;
        return 2 * Math.PI / days * (t.getDayOfYear() - 1 + (hour - 12) / 24);
    }

    private static double declination(double g) {
        return 0.006918 - 0.399912 * Math.cos(g) + 0.070257 * Math.sin(g) - 0.006758 * Math.cos(2 * g)
                + 0.000907 * Math.sin(2 * g) - 0.002697 * Math.cos(3 * g) + 0.00148 * Math.sin(3 * g);
    }

    private static double equationOfTime(double g) {
        return 229.18 * (0.000075 + 0.001868 * Math.cos(g) - 0.032077 * Math.sin(g) - 0.014615 * Math.cos(2 * g)
                - 0.040849 * Math.sin(2 * g));
    }
}
