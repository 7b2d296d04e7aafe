package org.citytwin.ui.sun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.citytwin.shadow.NoaaSun;
import org.citytwin.shadow.SunDirections;
import org.junit.jupiter.api.Test;

class SunViewModelTest {
    static final double LAT = 35.6895, LON = 139.6917; // Shinjuku
    private final NoaaSun noaa = new NoaaSun();

    private SunViewModel model() {
        SunViewModel vm = new SunViewModel(noaa, ZonedDateTime.of(2024, 12, 21, 12, 0, 0, 0, SunViewModel.DEFAULT_ZONE));
        vm.setPlace(LAT, LON);
        return vm;
    }

    @Test
    void noonInTokyoIsNotNoonInUtc() {
        SunViewModel vm = model();
        assertThat(vm.zoneProperty().get()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(vm.instant()).isEqualTo(Instant.parse("2024-12-21T03:00:00Z"));
        SunDirections.Direction jst = vm.directionProperty().get();
        assertThat(jst.elevation()).isGreaterThan(25); // winter noon in Tokyo: about 31°, a little east of south
        assertThat(jst.azimuth()).isBetween(170.0, 190.0);

        vm.zoneProperty().set(ZoneOffset.UTC);
        assertThat(vm.instant()).isEqualTo(Instant.parse("2024-12-21T12:00:00Z"));
        SunDirections.Direction utc = vm.directionProperty().get();
        assertThat(utc.elevation()).isLessThan(-30); // 21:00 in Tokyo: night
        SunDirections.Direction expected = noaa.at(Instant.parse("2024-12-21T12:00:00Z"), LAT, LON);
        assertThat(utc.azimuth()).isCloseTo(expected.azimuth(), within(1e-9));
        assertThat(utc.elevation()).isCloseTo(expected.elevation(), within(1e-9));
        assertThat(vm.daylight()).isEqualTo(SunViewModel.Daylight.NIGHT);
    }

    @Test
    void sunriseAndSunsetOfTheWinterSolsticeInTokyo() {
        SunViewModel.RiseSet r = model().riseSetProperty().get();
        // NOAA's calculator for Tokyo on 2024-12-21: sunrise 06:47, sunset 16:32 (JST)
        assertThat(r.sunrise()).isBetween(LocalTime.of(6, 45), LocalTime.of(6, 50));
        assertThat(r.sunset()).isBetween(LocalTime.of(16, 30), LocalTime.of(16, 34));
    }

    @Test
    void theSceneIsLitByTheSunOnlyWhileTheLightIsOn() {
        SunViewModel vm = model();
        assertThat(vm.sceneSunProperty().get()).isNull();
        vm.lightOnProperty().set(true);
        assertThat(vm.sceneSunProperty().get()).isEqualTo(vm.directionProperty().get());
        vm.minuteOfDayProperty().set(8 * 60 + 30);
        assertThat(vm.sceneSunProperty().get().azimuth()).isLessThan(140); // morning: south-east
        vm.lightOnProperty().set(false);
        assertThat(vm.sceneSunProperty().get()).isNull();
    }

    @Test
    void playingAdvancesAnHourPerSecondAndWrapsAtMidnight() {
        SunViewModel vm = model();
        vm.setTime(LocalDate.of(2024, 12, 21), LocalTime.of(23, 0));
        vm.advance(0.5);
        assertThat(vm.time()).isEqualTo(LocalTime.of(23, 30));
        vm.advance(0.01); // 36 simulated seconds: not yet a minute
        assertThat(vm.time()).isEqualTo(LocalTime.of(23, 30));
        vm.advance(0.01);
        assertThat(vm.time()).isEqualTo(LocalTime.of(23, 31));
        vm.advance(1);
        assertThat(vm.time()).isEqualTo(LocalTime.of(0, 31));
        assertThat(vm.dateProperty().get()).isEqualTo(LocalDate.of(2024, 12, 21)); // the same day, round again
    }

    @Test
    void dayOfYearStaysInTheYear() {
        SunViewModel vm = model();
        vm.setDayOfYear(172);
        assertThat(vm.dateProperty().get()).isEqualTo(LocalDate.of(2024, 6, 20)); // 2024 is a leap year
        vm.dateProperty().set(LocalDate.of(2023, 3, 1));
        vm.setDayOfYear(366);
        assertThat(vm.dateProperty().get()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(vm.directionProperty().get().elevation()).isGreaterThan(25); // still noon
    }
}
