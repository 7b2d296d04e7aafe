package org.citytwin.shadow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shadow hours from projected polygons agree with an independent ray–box count, step by step. */
class ShadowHoursTest {

    static final double LAT = 35.68, LON = 139.76, PLANE = 4;
    static final LocalDate SOLSTICE = LocalDate.of(2026, 12, 22);

    @Test
    void hoursAroundABoxMatchARayBoxCount(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("box.gml");
        Files.writeString(file, ShadowBox.gml(LAT, LON, 20, 20, 30));
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            List<CityObject> objects = loader.load(List.of(file), LoadProgress.NONE, new CancelToken())
                    .files().get(0).objects();
            List<MeshPart> meshes = objects.stream().filter(o -> o.kind() == FeatureKind.BUILDING)
                    .map(CityObject::displayMesh).toList();
            assertThat(meshes).hasSize(1);
            double[] box = aabb(meshes.get(0).vertices());
            assertThat(box[3] - box[0]).isCloseTo(20, org.assertj.core.data.Offset.offset(0.1));
            assertThat(box[5] - box[2]).isCloseTo(30, org.assertj.core.data.Offset.offset(0.01));
            double cx = (box[0] + box[3]) / 2, cy = (box[1] + box[4]) / 2;
            double[] site = loader.toLatLon(cx, cy);
            SunDirections sun = new NoaaSun();
            Duration step = Duration.ofMinutes(5);
            List<Instant> steps = ShadowHours.steps(SOLSTICE, LocalTime.of(8, 0), LocalTime.of(16, 0), step, false, site[1], sun);
            assertThat(steps).hasSize(96);
            ShadowHours hours = new ShadowHours(meshes, sun, site[0], site[1], steps, step);
            double plane = box[2] + PLANE;
            double[][] points = {
                {cx, box[4] + 10}, {cx, box[4] + 25}, {cx, box[4] + 40},
                {box[3] + 10, box[4] + 10}, {box[3] + 25, box[4] + 25},
                {box[0] - 10, box[4] + 10}, {box[0] - 25, box[4] + 30},
                {cx, box[1] - 10}};
            double total = 0;
            for (double[] p : points) {
                double expected = 0;
                for (Instant t : steps) {
                    SunDirections.Direction d = sun.at(t, site[0], site[1]);
                    if (d.elevation() > 0 && rayHitsBox(p[0], p[1], plane, d, box)) expected += 5 / 60.0;
                }
                double got = hours.hoursAt(p[0], p[1], plane);
                assertThat(got).as("hours at %.1f, %.1f", p[0] - cx, p[1] - cy)
                        .isCloseTo(expected, org.assertj.core.data.Offset.offset(0.1));
                total += expected;
            }
            // The comparison is not trivially 0 = 0: 10 m north is shaded for hours, south of the box never.
            assertThat(hours.hoursAt(cx, box[4] + 10, plane)).isGreaterThan(3);
            assertThat(hours.hoursAt(cx, box[1] - 10, plane)).isZero();
            assertThat(total).isGreaterThan(10);
        }
    }

    @Test
    void contoursAreClosedAndNestedByHours(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("box.gml");
        Files.writeString(file, ShadowBox.gml(LAT, LON, 20, 20, 30));
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            List<MeshPart> meshes = loader.load(List.of(file), LoadProgress.NONE, new CancelToken())
                    .files().get(0).objects().stream().map(CityObject::displayMesh).toList();
            SunDirections sun = new NoaaSun();
            Duration step = Duration.ofMinutes(10);
            ShadowHours hours = new ShadowHours(meshes, sun, LAT, LON,
                    ShadowHours.steps(SOLSTICE, LocalTime.of(8, 0), LocalTime.of(16, 0), step, false, LON, sun), step);
            ShadowHours.Grid grid = hours.grid(PLANE, 2);
            List<ShadowHours.Contour> contours = ShadowHours.contours(grid, new double[] {2, 3, 4, 5});
            double previous = Double.POSITIVE_INFINITY;
            for (ShadowHours.Contour c : contours) {
                assertThat(c.area().isValid()).isTrue();
                assertThat(c.area().getArea()).isPositive().isLessThan(previous);
                previous = c.area().getArea();
            }
            // The raster agrees with point queries at cell centres.
            int i = grid.nx() / 2, j = grid.ny() / 2;
            assertThat(grid.at(i, j)).isEqualTo(hours.hoursAt(grid.x0() + (i + 0.5) * 2, grid.y0() + (j + 0.5) * 2, PLANE),
                    org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void sunAtSolsticeNoonStandsAtTheExpectedElevation() {
        // Winter solstice: declination −23.44°, so true-solar noon at 35.68° N is 90 − 35.68 − 23.44 = 30.9° high, due south.
        SunDirections sun = new NoaaSun();
        Instant noon = ShadowHours.steps(SOLSTICE, LocalTime.of(11, 55), LocalTime.of(12, 5), Duration.ofMinutes(10),
                false, LON, sun).get(0);
        SunDirections.Direction d = sun.at(noon, LAT, LON);
        assertThat(d.elevation()).isCloseTo(30.9, org.assertj.core.data.Offset.offset(0.3));
        assertThat(d.azimuth()).isCloseTo(180, org.assertj.core.data.Offset.offset(0.5));
        assertThat(sun.at(noon.minusSeconds(3 * 3600), LAT, LON).azimuth()).isBetween(130.0, 150.0);
    }

    @Test
    void clockTimeIsJapanStandardTimeAndSolarTimeFollowsLongitudeAndEquationOfTime() {
        SunDirections sun = new NoaaSun();
        Duration step = Duration.ofMinutes(5);
        Instant solar = ShadowHours.steps(SOLSTICE, LocalTime.of(8, 0), LocalTime.of(16, 0), step, false, LON, sun).get(0);
        Instant clock = ShadowHours.steps(SOLSTICE, LocalTime.of(8, 0), LocalTime.of(16, 0), step, true, LON, sun).get(0);
        // First step's middle: 08:02:30 JST is 23:02:30 UTC the day before.
        assertThat(clock).isEqualTo(Instant.parse("2026-12-21T23:02:30Z"));
        // 08:00 solar at 139.76° E comes 4·(139.76 − 135) min + EoT (≈ +1.6 min on 22 Dec) before 08:00 JST.
        double minutes = Duration.between(solar, clock).toMillis() / 60_000.0;
        Instant solarNoon = Instant.parse("2026-12-22T12:00:00Z").minusSeconds(Math.round(240 * LON));
        assertThat(minutes).isCloseTo(4 * (LON - 135) + sun.equationOfTimeMinutes(solarNoon),
                org.assertj.core.data.Offset.offset(0.05));
        assertThat(sun.equationOfTimeMinutes(clock)).isBetween(1.0, 2.5);
    }

    static double[] aabb(double[] v) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < v.length; i += 3) {
            for (int k = 0; k < 3; k++) {
                b[k] = Math.min(b[k], v[i + k]);
                b[k + 3] = Math.max(b[k + 3], v[i + k]);
            }
        }
        return b;
    }

    /** Slab method: does the ray from the point toward the sun cross the box's part above the plane? */
    static boolean rayHitsBox(double x, double y, double z, SunDirections.Direction sun, double[] box) {
        double az = Math.toRadians(sun.azimuth()), el = Math.toRadians(sun.elevation());
        double[] o = {x, y, z};
        double[] d = {Math.sin(az) * Math.cos(el), Math.cos(az) * Math.cos(el), Math.sin(el)};
        double[] lo = {box[0], box[1], Math.max(box[2], z)}, hi = {box[3], box[4], box[5]};
        double tMin = 0, tMax = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 3; k++) {
            if (Math.abs(d[k]) < 1e-12) {
                if (o[k] < lo[k] || o[k] > hi[k]) return false;
                continue;
            }
            double t1 = (lo[k] - o[k]) / d[k], t2 = (hi[k] - o[k]) / d[k];
            tMin = Math.max(tMin, Math.min(t1, t2));
            tMax = Math.min(tMax, Math.max(t1, t2));
        }
        return tMin <= tMax;
    }
}
