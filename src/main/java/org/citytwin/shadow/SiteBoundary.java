package org.citytwin.shadow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** A site boundary drawn as lat/lon corners, taken to the local frame as a closed polygon (the last corner joins the first). */
public final class SiteBoundary {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private SiteBoundary() {
    }

    /** {@code corners} as {lat, lon}; a repeated closing corner is allowed. {@code toLocal(lat, lon)} gives {x, y}. */
    public static Polygon local(List<double[]> corners, BiFunction<Double, Double, double[]> toLocal) {
        List<Coordinate> ring = new ArrayList<>();
        for (double[] c : corners) {
            double[] xy = toLocal.apply(c[0], c[1]);
            if (xy == null) throw new IllegalArgumentException("Nothing georeferenced is loaded, so the site has no place.");
            Coordinate p = new Coordinate(xy[0], xy[1]);
            if (ring.isEmpty() || !ring.get(ring.size() - 1).equals2D(p)) ring.add(p);
        }
        if (ring.size() > 1 && ring.get(0).equals2D(ring.get(ring.size() - 1))) ring.remove(ring.size() - 1);
        if (ring.size() < 3) throw new IllegalArgumentException("A site boundary needs at least three different corners.");
        ring.add(ring.get(0).copy());
        return GEOMETRY.createPolygon(ring.toArray(Coordinate[]::new));
    }
}
