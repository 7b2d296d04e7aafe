package org.citytwin.shadow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.CancelToken;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * A 日影規制 shadow study of a casting set (a scenario's proposals, or chosen buildings) in local metres: the hours
 * raster on the measurement plane, equal-time contours (等時間日影図), whole-hour outlines (時刻日影図), the 5 m and
 * 10 m lines around the site boundary, and where the limits are exceeded beyond them. Only the casting set casts:
 * the regulation judges the new building's own shadow; the surrounding city is context for the picture. The measured
 * areas (contours, exceedances) leave out the casting solids' own footprints: the regulation measures neighbouring land.
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
        if (site != null && !site.isEmpty() && !site.isValid()) {
            throw new IllegalArgumentException("The site boundary crosses itself or is degenerate ("
                    + new IsValidOp(site).getValidationError() + "); draw it again without crossings.");
        }
        List<Instant> steps = ShadowHours.steps(s.date(), s.from(), s.to(), s.step(), s.clockTime(), longitude, sun);
        if (steps.isEmpty()) throw new IllegalArgumentException("The time step is longer than the study window.");
        ShadowHours hours = new ShadowHours(casters, sun, latitude, longitude, steps, s.step());
        double planeZ = groundZ + s.plane();
        List<HourlyOutline> hourly = new ArrayList<>();
        Instant windowStart = steps.get(0).minus(s.step().dividedBy(2));
        // 時刻日影図 are drawn at whole hours: a window from 8:30 has its first outline at 9:00.
        LocalTime first = s.from().truncatedTo(ChronoUnit.HOURS);
        if (first.isBefore(s.from())) first = first.plusHours(1);
        for (LocalTime t = first; !t.isAfter(s.to()) && !t.isBefore(first); t = t.plusHours(1)) {
            cancel.throwIfCancelled();
            Instant at = windowStart.plus(Duration.between(s.from(), t));
            SunDirections.Direction d = sun.at(at, latitude, longitude);
            hourly.add(new HourlyOutline(t, at, d, ShadowCaster.shadow(casters, d, planeZ)));
            if (t.getHour() == 23) break; // plusHours wraps at midnight
        }
        cancel.throwIfCancelled();
        ShadowHours.Grid grid = hours.grid(planeZ, s.gridSpacing(), cancel);
        cancel.throwIfCancelled();
        // the site itself is not measured (日影規制 judges the neighbours' land): the solids' own ground is left out
        Geometry footprint = ShadowCaster.footprint(casters);
        List<ShadowHours.Contour> contours = new ArrayList<>();
        for (ShadowHours.Contour c : ShadowHours.contours(grid, s.levels())) {
            contours.add(new ShadowHours.Contour(c.hours(), polygonal(difference(c.area(), footprint))));
        }
        Geometry line5 = GEOMETRY.createLineString(), line10 = GEOMETRY.createLineString();
        List<Exceedance> exceedances = new ArrayList<>();
        if (site != null && !site.isEmpty()) {
            Geometry within5 = offset(site, 5), within10 = offset(site, 10);
            line5 = within5.getBoundary();
            line10 = within10.getBoundary();
            exceedances.add(new Exceedance("5-10m", s.limitNear(), polygonal(difference(
                    difference(intersection(atLeast(grid, s.limitNear()), within10), within5), footprint))));
            exceedances.add(new Exceedance("10m+", s.limitFar(), polygonal(difference(
                    difference(atLeast(grid, s.limitFar()), within10), footprint))));
        }
        return new Result(s, planeZ, grid, contours, hourly, site, line5, line10, exceedances);
    }

    /** The cells shaded at least {@code limit} hours (the law's 以上: reaching the limit is exceeding it). */
    private static Geometry atLeast(ShadowHours.Grid grid, double limit) {
        return ShadowHours.contours(grid, new double[] {limit}).get(0).area();
    }

    // The stepped raster against round offset curves: the robust overlay never fails on near-coincident edges.
    private static Geometry intersection(Geometry a, Geometry b) {
        return OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
    }

    private static Geometry difference(Geometry a, Geometry b) {
        return OverlayNGRobust.overlay(a, b, OverlayNG.DIFFERENCE);
    }

    /** Only the areas of an overlay result: touching edges and corners would otherwise add lines and points. */
    static Geometry polygonal(Geometry g) {
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p && !p.isEmpty()) polygons.add(p);
            else if (part instanceof MultiPolygon m) for (int k = 0; k < m.getNumGeometries(); k++) polygons.add((Polygon) m.getGeometryN(k));
        }
        if (polygons.isEmpty()) return GEOMETRY.createPolygon();
        return polygons.size() == 1 ? polygons.get(0) : GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    /** The land within {@code metres} of the site (rounded corners, as the regulation's horizontal distance). */
    public static Geometry offset(Polygon site, double metres) {
        BufferParameters p = new BufferParameters(QUADRANT_SEGMENTS, BufferParameters.CAP_ROUND, BufferParameters.JOIN_ROUND, 5);
        // The default simplifies the input by 1 % of the distance (5 cm at 5 m): a drawn corner must not be cut.
        p.setSimplifyFactor(0);
        return org.locationtech.jts.operation.buffer.BufferOp.bufferOp(site, metres, p);
    }
}
