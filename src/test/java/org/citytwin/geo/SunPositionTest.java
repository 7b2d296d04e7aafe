package org.citytwin.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * NOAA sun position against (1) the published NREL SPA example (Reda &amp; Andreas 2008, table A5.1), and (2) for Tokyo
 * at the 2024 solstices and March equinox, a second, independent computation written here: Meeus "Astronomical
 * Algorithms" ch. 25 (low-precision sun) with right ascension, ch. 12 sidereal time and ch. 13 horizontal coordinates,
 * plus Saemundsson's refraction, so the hour angle comes from sidereal time, not from NOAA's equation of time.
 * Physics checks (solar-noon heights, equinox sunrise due east) catch a shared mistake.
 */
class SunPositionTest {

    private static final double TOKYO_LAT = 35.6812, TOKYO_LON = 139.7671;

    @Test
    void matchesTheNrelSpaPublishedExample() {
        // NREL/TP-560-34302: 2003-10-17 12:30:30 at UTC-7, 39.742476 N, 105.1786 W → zenith 50.11162°, azimuth 194.34024°.
        Instant when = OffsetDateTime.of(2003, 10, 17, 12, 30, 30, 0, ZoneOffset.ofHours(-7)).toInstant();
        SunPosition.Sun sun = SunPosition.at(39.742476, -105.1786, when);
        assertThat(sun.elevation()).isCloseTo(90 - 50.11162, within(0.1));
        assertThat(sun.azimuth()).isCloseTo(194.34024, within(0.1));
    }

    @ParameterizedTest(name = "Tokyo {0}")
    @CsvSource({
            "2024-06-21T07:00+09:00", "2024-06-21T09:30+09:00", "2024-06-21T11:40+09:00", "2024-06-21T14:00+09:00",
            "2024-06-21T17:30+09:00",
            "2024-12-21T08:30+09:00", "2024-12-21T10:00+09:00", "2024-12-21T11:40+09:00", "2024-12-21T14:00+09:00",
            "2024-12-21T15:45+09:00",
            "2024-03-20T07:00+09:00", "2024-03-20T09:00+09:00", "2024-03-20T12:00+09:00", "2024-03-20T15:00+09:00",
            "2024-03-20T17:00+09:00"})
    void tokyoAgreesWithAnIndependentMeeusComputationWithinATenthOfADegree(String time) {
        Instant when = OffsetDateTime.parse(time).toInstant();
        SunPosition.Sun sun = SunPosition.at(TOKYO_LAT, TOKYO_LON, when);
        double[] ref = Meeus.azimuthElevation(TOKYO_LAT, TOKYO_LON, when);
        assertThat(ref[1]).as("the chosen times have the sun clearly up").isGreaterThan(5);
        assertThat(sun.azimuth()).isCloseTo(ref[0], within(0.1));
        assertThat(sun.elevation()).isCloseTo(ref[1], within(0.1));
    }

    @Test
    void atTrueSolarNoonTheSunIsDueSouthAtColatitudePlusOrMinusTheTilt() {
        SunPosition.Sun summer = SunPosition.at(TOKYO_LAT, TOKYO_LON,
                SunPosition.instantOfSolarTime(LocalDate.of(2024, 6, 21), LocalTime.NOON, TOKYO_LON));
        assertThat(summer.elevation()).isCloseTo(90 - TOKYO_LAT + 23.44, within(0.2));
        assertThat(summer.azimuth()).isCloseTo(180, within(0.5));

        SunPosition.Sun winter = SunPosition.at(TOKYO_LAT, TOKYO_LON,
                SunPosition.instantOfSolarTime(LocalDate.of(2024, 12, 21), LocalTime.NOON, TOKYO_LON));
        assertThat(winter.elevation()).isCloseTo(90 - TOKYO_LAT - 23.44, within(0.2));
        assertThat(winter.azimuth()).isCloseTo(180, within(0.5));
    }

    @Test
    void atTheMarchEquinoxTheSunRisesDueEast() {
        // Bisect the morning of 2024-03-20 (JST) for the moment the refracted elevation crosses zero.
        Instant lo = OffsetDateTime.parse("2024-03-20T04:00+09:00").toInstant();
        Instant hi = OffsetDateTime.parse("2024-03-20T08:00+09:00").toInstant();
        assertThat(SunPosition.at(TOKYO_LAT, TOKYO_LON, lo).elevation()).isNegative();
        assertThat(SunPosition.at(TOKYO_LAT, TOKYO_LON, hi).elevation()).isPositive();
        while (Duration.between(lo, hi).getSeconds() > 1) {
            Instant mid = lo.plus(Duration.between(lo, hi).dividedBy(2));
            if (SunPosition.at(TOKYO_LAT, TOKYO_LON, mid).elevation() < 0) lo = mid; else hi = mid;
        }
        assertThat(SunPosition.at(TOKYO_LAT, TOKYO_LON, hi).azimuth()).isCloseTo(90, within(1.0));
        // Tokyo's published equinox sunrise is about 05:45 JST.
        LocalDateTime jst = LocalDateTime.ofInstant(hi, ZoneOffset.ofHours(9));
        assertThat(jst.toLocalTime()).isBetween(LocalTime.of(5, 38), LocalTime.of(5, 52));
    }

    @Test
    void solarTimeUsesTheEquationOfTimeAndRoundTrips() {
        // Early November the sundial runs about 16.4 min ahead of mean time; Tokyo lies 4.77° east of 135° E.
        Instant noon = SunPosition.instantOfSolarTime(LocalDate.of(2024, 11, 3), LocalTime.NOON, TOKYO_LON);
        LocalTime jst = LocalDateTime.ofInstant(noon, ZoneOffset.ofHours(9)).toLocalTime();
        double expectedMinutes = 12 * 60 - (TOKYO_LON - 135) * 4 - 16.4;
        assertThat(jst.toSecondOfDay() / 60.0).isCloseTo(expectedMinutes, within(1.0));

        for (String t : new String[] {"08:00", "12:00", "16:00", "23:50", "00:10"}) {
            LocalDateTime solar = LocalDateTime.of(LocalDate.of(2024, 12, 21), LocalTime.parse(t));
            Instant when = SunPosition.instantOfSolarTime(solar.toLocalDate(), solar.toLocalTime(), TOKYO_LON);
            assertThat(Duration.between(solar, SunPosition.solarTime(when, TOKYO_LON)).abs().toMillis()).isLessThan(1000);
        }
        // Solar noon is when the sun crosses the meridian: a minute either side it is east, then west of south.
        assertThat(SunPosition.at(TOKYO_LAT, TOKYO_LON, noon.minusSeconds(60)).azimuth()).isLessThan(180);
        assertThat(SunPosition.at(TOKYO_LAT, TOKYO_LON, noon.plusSeconds(60)).azimuth()).isGreaterThan(180);
    }

    /** The independent reference: Meeus ch. 25 (low precision), 12 and 13, with Saemundsson's refraction. */
    private static final class Meeus {
        static double[] azimuthElevation(double lat, double lon, Instant when) {
            double jd = when.toEpochMilli() / 86400000.0 + 2440587.5;
            double t = (jd - 2451545.0) / 36525;
            double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
            double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
            double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
                    + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
            double omega = Math.toRadians(125.04 - 1934.136 * t);
            double lambda = Math.toRadians(l0 + c - 0.00569 - 0.00478 * Math.sin(omega));
            double eps0 = 23.0 + 26.0 / 60 + 21.448 / 3600 - (46.8150 * t + 0.00059 * t * t - 0.001813 * t * t * t) / 3600;
            double eps = Math.toRadians(eps0 + 0.00256 * Math.cos(omega));
            double ra = Math.atan2(Math.cos(eps) * Math.sin(lambda), Math.cos(lambda));
            double dec = Math.asin(Math.sin(eps) * Math.sin(lambda));
            double gmst = 280.46061837 + 360.98564736629 * (jd - 2451545.0) + 0.000387933 * t * t - t * t * t / 38710000;
            double h = Math.toRadians(gmst + lon) - ra;
            double phi = Math.toRadians(lat);
            double azFromSouth = Math.atan2(Math.sin(h), Math.cos(h) * Math.sin(phi) - Math.tan(dec) * Math.cos(phi));
            double alt = Math.toDegrees(Math.asin(Math.sin(phi) * Math.sin(dec) + Math.cos(phi) * Math.cos(dec) * Math.cos(h)));
            double refractionArcMin = 1.02 / Math.tan(Math.toRadians(alt + 10.3 / (alt + 5.11)));
            double az = Math.toDegrees(azFromSouth) + 180;
            az = ((az % 360) + 360) % 360;
            return new double[] {az, alt + refractionArcMin / 60};
        }
    }
}
