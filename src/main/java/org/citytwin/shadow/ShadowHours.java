package org.citytwin.shadow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.CancelToken;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * Hours of shadow (日影時間) on a horizontal plane over a time window: each step is sampled at its middle and
 * counts its full length when the point lies in the shadow; steps with the sun below the horizon count nothing.
 */
public final class ShadowHours {

    /** Japan Standard Time, the clock the 日影規制 windows are read in with --clock-time. */
    public static final ZoneOffset JST = ZoneOffset.ofHours(9);

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final List<MeshPart> casters;
    private final SunDirections sun;
    private final double latitude, longitude;
    private final List<Instant> steps;
    private final double stepHours;
    private final Map<Double, List<PreparedGeometry>> shadowsByPlane = new HashMap<>();

    public ShadowHours(List<MeshPart> casters, SunDirections sun, double latitude, double longitude,
            List<Instant> steps, Duration step) {
        this.casters = casters;
        this.sun = sun;
        this.latitude = latitude;
        this.longitude = longitude;
        this.steps = steps;
        this.stepHours = step.toSeconds() / 3600.0;
    }

    /**
     * The middles of the steps from {@code from} to {@code to} on {@code date}: true solar time at the longitude
     * (through the sun's equation of time at that day's solar noon there, held for the day: it drifts under 30 s a
     * day), or Japan Standard Time when {@code clockTime}.
     */
    public static List<Instant> steps(LocalDate date, LocalTime from, LocalTime to, Duration step, boolean clockTime,
            double longitude, SunDirections sun) {
        long window = Duration.between(from, to).toSeconds();
        if (window <= 0) throw new IllegalArgumentException("The time window must end after it starts (" + from + " to " + to + ").");
        Instant start;
        if (clockTime) {
            start = date.atTime(from).toInstant(JST);
        } else {
            Instant noon = date.atTime(12, 0).toInstant(ZoneOffset.UTC).minusSeconds(Math.round(240 * longitude));
            double offsetMinutes = 4 * longitude + sun.equationOfTimeMinutes(noon);
            start = date.atTime(from).toInstant(ZoneOffset.UTC).minusMillis(Math.round(offsetMinutes * 60_000));
        }
        List<Instant> out = new ArrayList<>();
        long s = step.toSeconds();
        for (long t = 0; t + s <= window; t += s) out.add(start.plusSeconds(t).plusMillis(s * 500));
        return out;
    }

    public List<Instant> steps() {
        return steps;
    }

    public SunDirections.Direction sunAt(Instant instant) {
        return sun.at(instant, latitude, longitude);
    }

    /** Hours in shadow at (x, y) on the plane at absolute height {@code planeZ}. */
    public double hoursAt(double x, double y, double planeZ) {
        Point p = GEOMETRY.createPoint(new Coordinate(x, y));
        int count = 0;
        for (PreparedGeometry shadow : shadows(planeZ)) if (shadow.contains(p)) count++;
        return count * stepHours;
    }

    /** Hours raster over everything any step shades: cell centres at x0 + (i + ½)·spacing, row j northwards. */
    public record Grid(double x0, double y0, double spacing, int nx, int ny, double[] hours) {
        public double at(int i, int j) {
            return hours[j * nx + i];
        }
    }

    public Grid grid(double planeZ, double spacing) {
        return grid(planeZ, spacing, new CancelToken(CancelToken.Work.STUDY));
    }

    /** As {@link #grid(double, double)}, cancelled between time steps (CancellationException): the raster is the long part. */
    public Grid grid(double planeZ, double spacing, CancelToken cancel) {
        List<PreparedGeometry> shadows = shadows(planeZ, cancel);
        Envelope all = new Envelope();
        shadows.forEach(s -> all.expandToInclude(s.getGeometry().getEnvelopeInternal()));
        if (all.isNull()) return new Grid(0, 0, spacing, 0, 0, new double[0]);
        double x0 = Math.floor(all.getMinX() / spacing) * spacing - spacing;
        double y0 = Math.floor(all.getMinY() / spacing) * spacing - spacing;
        int nx = (int) Math.ceil((all.getMaxX() - x0) / spacing) + 1;
        int ny = (int) Math.ceil((all.getMaxY() - y0) / spacing) + 1;
        double[] hours = new double[nx * ny];
        for (PreparedGeometry shadow : shadows) {
            cancel.throwIfCancelled();
            Envelope e = shadow.getGeometry().getEnvelopeInternal();
            int i0 = Math.max(0, (int) Math.floor((e.getMinX() - x0) / spacing));
            int i1 = Math.min(nx - 1, (int) Math.ceil((e.getMaxX() - x0) / spacing));
            int j0 = Math.max(0, (int) Math.floor((e.getMinY() - y0) / spacing));
            int j1 = Math.min(ny - 1, (int) Math.ceil((e.getMaxY() - y0) / spacing));
            for (int j = j0; j <= j1; j++) {
                for (int i = i0; i <= i1; i++) {
                    Point c = GEOMETRY.createPoint(new Coordinate(x0 + (i + 0.5) * spacing, y0 + (j + 0.5) * spacing));
                    if (shadow.contains(c)) hours[j * nx + i] += stepHours;
                }
            }
        }
        return new Grid(x0, y0, spacing, nx, ny, hours);
    }

    /** The area shaded at least {@code hours}: closed polygons. */
    public record Contour(double hours, Geometry area) {
    }

    /**
     * Equal-time lines as the union of the grid cells shaded at least h hours (not marching squares): the result is
     * closed polygons by construction, stepped at the grid spacing. Cells are merged into row runs before the union.
     */
    public static List<Contour> contours(Grid grid, double[] levels) {
        List<Contour> out = new ArrayList<>();
        double eps = 1e-9;
        for (double level : levels) {
            List<Geometry> runs = new ArrayList<>();
            for (int j = 0; j < grid.ny(); j++) {
                int i = 0;
                while (i < grid.nx()) {
                    if (grid.at(i, j) + eps < level) {
                        i++;
                        continue;
                    }
                    int start = i;
                    while (i < grid.nx() && grid.at(i, j) + eps >= level) i++;
                    double s = grid.spacing();
                    runs.add(GEOMETRY.toGeometry(new Envelope(grid.x0() + start * s, grid.x0() + i * s,
                            grid.y0() + j * s, grid.y0() + (j + 1) * s)));
                }
            }
            Geometry area = runs.isEmpty() ? GEOMETRY.createPolygon() : CascadedPolygonUnion.union(runs);
            out.add(new Contour(level, area));
        }
        return out;
    }

    private List<PreparedGeometry> shadows(double planeZ) {
        return shadows(planeZ, new CancelToken(CancelToken.Work.STUDY));
    }

    private List<PreparedGeometry> shadows(double planeZ, CancelToken cancel) {
        return shadowsByPlane.computeIfAbsent(planeZ, z -> {
            List<PreparedGeometry> list = new ArrayList<>();
            for (Instant t : steps) {
                cancel.throwIfCancelled(); // unchecked: leaves the cache without a half-filled entry
                Geometry g = ShadowCaster.shadow(casters, sunAt(t), z);
                if (!g.isEmpty()) list.add(PreparedGeometryFactory.prepare(g));
            }
            return list;
        });
    }
}
