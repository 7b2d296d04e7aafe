package org.citytwin.shadow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.CancelToken;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Exceedance by hand: a 10 × 10 m box 24 m tall under a sun fixed due south at 45° shades a 10 m wide strip reaching
 * 20 m north of it on the 4 m plane (24 − 4 = 20) all 8 hours. With the box's footprint as the site, the 5–10 m band
 * is shaded over 10 × 5 = 50 m² and the land beyond 10 m over 10 × (30 − 20) = 100 m².
 */
class StudyExceedanceTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** A sun that never moves: every step casts the same shadow. */
    private static final SunDirections SOUTH_45 = new SunDirections() {
        public Direction at(Instant instant, double latitude, double longitude) {
            return new Direction(180, 45);
        }

        public double equationOfTimeMinutes(Instant instant) {
            return 0;
        }
    };

    private static StudySettings settings(double near, double far) {
        return new StudySettings(LocalDate.of(2026, 12, 22), LocalTime.of(8, 0), LocalTime.of(16, 0), false, 4, 1,
                new double[] {2, 8}, Duration.ofMinutes(30), near, far);
    }

    @Test
    void strip50AndStrip100SquareMetres() {
        ShadowStudy.Result r = ShadowStudy.run(List.of(box(10, 10, 24)), 35.68, 139.76, 0, footprint(), settings(4, 2.5),
                SOUTH_45, new CancelToken());
        // 8 h: the whole shadow on neighbouring land, the box's own 10 m x 10 m footprint left out
        assertThat(r.contours().get(1).area().getArea()).isCloseTo(10 * 20, within(1e-6));
        ShadowStudy.Exceedance near = r.exceedances().get(0), far = r.exceedances().get(1);
        assertThat(near.zone()).isEqualTo("5-10m");
        assertThat(near.limitHours()).isEqualTo(4);
        assertThat(near.areaM2()).isCloseTo(50, within(1e-6));
        assertThat(near.area().getEnvelopeInternal()).isEqualTo(new Envelope(0, 10, 15, 20));
        assertThat(far.zone()).isEqualTo("10m+");
        assertThat(far.limitHours()).isEqualTo(2.5);
        assertThat(far.areaM2()).isCloseTo(100, within(1e-6));
        assertThat(far.area().getEnvelopeInternal()).isEqualTo(new Envelope(0, 10, 20, 30));
        assertThat(r.exceeds()).isTrue();
        // 時刻日影図: the one shadow at each whole hour 8 … 16.
        assertThat(r.hourly()).hasSize(9);
        assertThat(r.hourly().get(4).shadow().getArea()).isCloseTo(10 * 30, within(1e-6));
    }

    @Test
    void limitsAboveTheShadedHoursAreNotExceededAndReachingOneIs() {
        ShadowStudy.Result r = ShadowStudy.run(List.of(box(10, 10, 24)), 35.68, 139.76, 0, footprint(), settings(8.5, 8.5),
                SOUTH_45, new CancelToken());
        assertThat(r.exceedances()).allSatisfy(e -> assertThat(e.area().isEmpty()).isTrue());
        assertThat(r.exceeds()).isFalse();
        // 8 h of shadow against an 8 h limit: reaching the limit exceeds it (以上).
        ShadowStudy.Result exactly = ShadowStudy.run(List.of(box(10, 10, 24)), 35.68, 139.76, 0, footprint(),
                settings(8, 8), SOUTH_45, new CancelToken());
        assertThat(exactly.exceedances().get(1).areaM2()).isCloseTo(100, within(1e-6));
    }

    @Test
    void noSiteMeansNoLinesAndNoExceedances() {
        ShadowStudy.Result r = ShadowStudy.run(List.of(box(10, 10, 24)), 35.68, 139.76, 0, null, settings(4, 2.5),
                SOUTH_45, new CancelToken());
        assertThat(r.exceedances()).isEmpty();
        assertThat(r.line5().isEmpty()).isTrue();
    }

    @Test
    void aCrossedSiteIsRefusedWithASentence() {
        Polygon bowTie = GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(10, 10),
            new Coordinate(10, 0), new Coordinate(0, 10), new Coordinate(0, 0)});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ShadowStudy.run(List.of(box(10, 10, 24)), 35.68, 139.76, 0,
                bowTie, settings(4, 2.5), SOUTH_45, new CancelToken()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("site boundary");
    }

    @Test
    void aCancelledStudyStops() {
        CancelToken cancel = new CancelToken();
        cancel.cancel();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ShadowStudy.run(List.of(box(10, 10, 24)), 35.68, 139.76, 0,
                footprint(), settings(4, 2.5), SOUTH_45, cancel)).isInstanceOf(java.util.concurrent.CancellationException.class);
    }

    @Test
    void hourlyOutlinesStartAtTheFirstWholeHour() {
        StudySettings s = new StudySettings(LocalDate.of(2026, 12, 22), LocalTime.of(8, 30), LocalTime.of(15, 45), false, 4, 1,
                new double[] {2}, Duration.ofMinutes(15), 4, 2.5);
        ShadowStudy.Result r = ShadowStudy.run(List.of(box(10, 10, 24)), 35.68, 139.76, 0, footprint(), s, SOUTH_45, new CancelToken());
        assertThat(r.hourly()).extracting(h -> h.time().toString())
                .containsExactly("09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00");
    }

    private static Polygon footprint() {
        return GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(10, 0), new Coordinate(10, 10),
            new Coordinate(0, 10), new Coordinate(0, 0)});
    }

    /** A closed box from (0, 0, 0) to (ex, ny, h), outward triangles. */
    static MeshPart box(double ex, double ny, double h) {
        double[] v = {0, 0, 0, ex, 0, 0, ex, ny, 0, 0, ny, 0, 0, 0, h, ex, 0, h, ex, ny, h, 0, ny, h};
        int[] t = {0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7};
        return new MeshPart(v, t);
    }
}
