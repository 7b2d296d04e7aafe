package org.citytwin.geo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Where the sun stands: the NOAA Global Monitoring Division "General Solar Position Calculations" (the equations of
 * NOAA's solar calculator spreadsheet, after Meeus), good to about 0.01° for 1800–2100. Azimuth is degrees clockwise
 * from north; elevation is degrees above the horizon with NOAA's standard-atmosphere refraction correction.
 * Also converts between clock instants and true solar time (what 日影規制 studies are stated in).
 */
public final class SunPosition {

    /** One sun position; {@code equationOfTime} in minutes (true solar minus mean solar time). */
    public record Sun(double azimuth, double elevation, double declination, double equationOfTime) {
    }

    private SunPosition() {
    }

    /** The sun seen from (lat, lon) in degrees, east longitude positive, at the given instant. */
    public static Sun at(double lat, double lon, Instant when) {
        double t = julianCentury(when);
        double decl = declination(t);
        double eqTime = equationOfTime(t);
        double utcMinutes = minutesOfUtcDay(when);
        double trueSolarMinutes = mod(utcMinutes + eqTime + 4 * lon, 1440);
        double hourAngle = trueSolarMinutes / 4 < 0 ? trueSolarMinutes / 4 + 180 : trueSolarMinutes / 4 - 180;

        double latR = Math.toRadians(lat), declR = Math.toRadians(decl);
        double cosZenith = Math.sin(latR) * Math.sin(declR)
                + Math.cos(latR) * Math.cos(declR) * Math.cos(Math.toRadians(hourAngle));
        double zenith = Math.toDegrees(Math.acos(clamp(cosZenith)));
        double elevation = 90 - zenith;
        double azimuth = azimuth(latR, declR, zenith, hourAngle);
        return new Sun(azimuth, elevation + refraction(elevation), decl, eqTime);
    }

    /** The instant at which true solar time at {@code lon} is {@code solarTime} on {@code date} (solar date there). */
    public static Instant instantOfSolarTime(LocalDate date, LocalTime solarTime, double lon) {
        // Solar time = UTC + EoT + 4·lon minutes; EoT changes by < 1 s per hour, so two refinements are plenty.
        LocalDateTime solar = LocalDateTime.of(date, solarTime);
        Instant guess = solar.toInstant(ZoneOffset.UTC).minusNanos(minutesToNanos(4 * lon));
        for (int i = 0; i < 3; i++) {
            double eqTime = equationOfTime(julianCentury(guess));
            guess = solar.toInstant(ZoneOffset.UTC).minusNanos(minutesToNanos(4 * lon + eqTime));
        }
        return guess;
    }

    /** True solar (apparent) date and time at {@code lon} at the given instant; inverse of {@link #instantOfSolarTime}. */
    public static LocalDateTime solarTime(Instant when, double lon) {
        double eqTime = equationOfTime(julianCentury(when));
        return LocalDateTime.ofInstant(when, ZoneOffset.UTC).plusNanos(minutesToNanos(4 * lon + eqTime));
    }

    static double julianCentury(Instant when) {
        double julianDay = (when.getEpochSecond() + when.getNano() / 1e9) / 86400.0 + 2440587.5;
        return (julianDay - 2451545.0) / 36525.0;
    }

    /** Sun's apparent declination in degrees. */
    static double declination(double t) {
        return Math.toDegrees(Math.asin(Math.sin(Math.toRadians(obliquity(t))) * Math.sin(Math.toRadians(apparentLongitude(t)))));
    }

    /** Equation of time in minutes. */
    static double equationOfTime(double t) {
        double l0 = Math.toRadians(meanLongitude(t));
        double m = Math.toRadians(meanAnomaly(t));
        double e = eccentricity(t);
        double y = Math.pow(Math.tan(Math.toRadians(obliquity(t)) / 2), 2);
        double eq = y * Math.sin(2 * l0) - 2 * e * Math.sin(m) + 4 * e * y * Math.sin(m) * Math.cos(2 * l0)
                - 0.5 * y * y * Math.sin(4 * l0) - 1.25 * e * e * Math.sin(2 * m);
        return 4 * Math.toDegrees(eq);
    }

    private static double meanLongitude(double t) {
        return mod(280.46646 + t * (36000.76983 + t * 0.0003032), 360);
    }

    private static double meanAnomaly(double t) {
        return 357.52911 + t * (35999.05029 - 0.0001537 * t);
    }

    private static double eccentricity(double t) {
        return 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
    }

    private static double apparentLongitude(double t) {
        double m = Math.toRadians(meanAnomaly(t));
        double centre = Math.sin(m) * (1.914602 - t * (0.004817 + 0.000014 * t))
                + Math.sin(2 * m) * (0.019993 - 0.000101 * t) + Math.sin(3 * m) * 0.000289;
        double trueLongitude = meanLongitude(t) + centre;
        return trueLongitude - 0.00569 - 0.00478 * Math.sin(Math.toRadians(125.04 - 1934.136 * t));
    }

    /** Corrected obliquity of the ecliptic in degrees. */
    private static double obliquity(double t) {
        double mean = 23 + (26 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60) / 60;
        return mean + 0.00256 * Math.cos(Math.toRadians(125.04 - 1934.136 * t));
    }

    /** NOAA's spreadsheet azimuth (from the unrefracted zenith), degrees clockwise from north. */
    private static double azimuth(double latR, double declR, double zenith, double hourAngle) {
        double zR = Math.toRadians(zenith);
        double denominator = Math.cos(latR) * Math.sin(zR);
        if (Math.abs(denominator) < 1e-12) return 180; // sun at the zenith or observer at a pole: no defined bearing
        double a = Math.toDegrees(Math.acos(clamp((Math.sin(latR) * Math.cos(zR) - Math.sin(declR)) / denominator)));
        return hourAngle > 0 ? mod(a + 180, 360) : mod(540 - a, 360);
    }

    /** NOAA's approximate atmospheric refraction in degrees for an unrefracted elevation in degrees. */
    static double refraction(double elevation) {
        if (elevation > 85) return 0;
        double tanE = Math.tan(Math.toRadians(elevation));
        double arcSeconds;
        if (elevation > 5) {
            arcSeconds = 58.1 / tanE - 0.07 / Math.pow(tanE, 3) + 0.000086 / Math.pow(tanE, 5);
        } else if (elevation > -0.575) {
            arcSeconds = 1735 + elevation * (-518.2 + elevation * (103.4 + elevation * (-12.79 + elevation * 0.711)));
        } else {
            arcSeconds = -20.772 / tanE;
        }
        return arcSeconds / 3600;
    }

    private static double minutesOfUtcDay(Instant when) {
        long seconds = Math.floorMod(when.getEpochSecond(), 86400L);
        return (seconds + when.getNano() / 1e9) / 60.0;
    }

    private static long minutesToNanos(double minutes) {
        return Math.round(minutes * 60e9);
    }

    private static double clamp(double v) {
        return Math.max(-1, Math.min(1, v));
    }

    private static double mod(double v, double m) {
        double r = v % m;
        return r < 0 ? r + m : r;
    }
}
