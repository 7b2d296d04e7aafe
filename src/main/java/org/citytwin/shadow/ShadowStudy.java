package org.citytwin.shadow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.CancelToken;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * A 日影規制 shadow study of a casting set (a scenario's proposals, or chosen buildings) in local metres: the hours
 * raster on the measurement plane, equal-time contours (等時間日影図), whole-hour outlines (時刻日影図), the 5 m and
 * 10 m lines around the site boundary, and where the limits are exceeded beyond them. Only the casting set casts:
 * the regulation judges the new building's own shadow; the surrounding city is context for the picture.
 */
public final class ShadowStudy {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    /** Segments per quarter circle of the offset lines' rounded corners: under 1 cm from the true arc at 10 m. */
    private static final int QUADRANT_SEGMENTS = 32;

    /** The shadow on the plane at one whole hour of the window (the label is in the window's time: solar or clock). */
    public record HourlyOutline(LocalTime time, Instant instant, SunDirections.Direction sun, Geometry shadow) {
    }

    /** Land beyond a line shaded longer than its limit: {@code zone} is "5-10m" or "10m+". */
    public record Exceedance(String zone, double limitHours, Geometry area) {
        public double areaM2() {
            return area.getArea();
        }
    }

    public record Result(StudySettings settings, double planeZ, ShadowHours.Grid grid, List<ShadowHours.Contour> contours,
            List<HourlyOutline> hourly, Polygon site, Geometry line5, Geometry line10, List<Exceedance> exceedances) {
        public boolean exceeds() {
            return exceedances.stream().anyMatch(e -> !e.area().isEmpty());
        }
    }

    private ShadowStudy() {
    }

    /**
     * Runs the study. {@code groundZ} is the ground height the plane is measured from; {@code site} is the site
     * boundary the user drew (local metres), or null for no lines and no exceedances. Cancelled between hours and
     * before the raster through {@code cancel} (CancellationException).
     */
    public static Result run(List<MeshPart> casters, double latitude, double longitude, double groundZ, Polygon site,
            StudySettings s, SunDirections sun, CancelToken cancel) {
        List<Instant> steps = ShadowHours.steps(s.date(), s.from(), s.to(), s.step(), s.clockTime(), longitude, sun);
        ShadowHours hours = new ShadowHours(casters, sun, latitude, longitude, steps, s.step());
        double planeZ = groundZ + s.plane();
        List<HourlyOutline> hourly = new ArrayList<>();
        if (steps.isEmpty()) throw new IllegalArgumentException("The time step is longer than the study window.");
        Instant windowStart = steps.get(0).minus(s.step().dividedBy(2));
        for (LocalTime t = s.from(); !t.isAfter(s.to()); t = t.plusHours(1)) {
            cancel.throwIfCancelled();
            Instant at = windowStart.plus(Duration.between(s.from(), t));
            SunDirections.Direction d = sun.at(at, latitude, longitude);
            hourly.add(new HourlyOutline(t, at, d, ShadowCaster.shadow(casters, d, planeZ)));
            if (t.getHour() == 23) break; // plusHours wraps at midnight
        }
        cancel.throwIfCancelled();
        ShadowHours.Grid grid = hours.grid(planeZ, s.gridSpacing());
        cancel.throwIfCancelled();
        List<ShadowHours.Contour> contours = ShadowHours.contours(grid, s.levels());
        Geometry line5 = GEOMETRY.createLineString(), line10 = GEOMETRY.createLineString();
        List<Exceedance> exceedances = new ArrayList<>();
        if (site != null && !site.isEmpty()) {
            Geometry within5 = offset(site, 5), within10 = offset(site, 10);
            line5 = within5.getBoundary();
            line10 = within10.getBoundary();
            Geometry near = ShadowHours.contours(grid, new double[] {s.limitNear()}).get(0).area();
            Geometry far = ShadowHours.contours(grid, new double[] {s.limitFar()}).get(0).area();
            exceedances.add(new Exceedance("5-10m", s.limitNear(), near.intersection(within10).difference(within5)));
            exceedances.add(new Exceedance("10m+", s.limitFar(), far.difference(within10)));
        }
        return new Result(s, planeZ, grid, contours, hourly, site, line5, line10, exceedances);
    }

    /** The land within {@code metres} of the site (rounded corners, as the regulation's horizontal distance). */
    public static Geometry offset(Polygon site, double metres) {
        BufferParameters p = new BufferParameters(QUADRANT_SEGMENTS, BufferParameters.CAP_ROUND, BufferParameters.JOIN_ROUND, 5);
        return org.locationtech.jts.operation.buffer.BufferOp.bufferOp(site, metres, p);
    }
}
