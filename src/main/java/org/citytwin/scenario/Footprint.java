package org.citytwin.scenario;

import java.util.ArrayList;
import java.util.List;
import org.citytwin.model.MeshPart;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * The ground plan of a mesh: the union of its triangles seen from above. Used to match objects that have no
 * common id (footprint overlap) and to report footprint areas that do not depend on how a solid was closed.
 */
public final class Footprint {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    /** Triangles smaller than this (m², seen from above) are walls: they add nothing to the plan. */
    private static final double SLIVER = 1e-6;

    private Footprint() {
    }

    public static Geometry of(MeshPart mesh) {
        double[] v = mesh.vertices();
        int[] t = mesh.triangles();
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < t.length; i += 3) {
            int a = t[i] * 3, b = t[i + 1] * 3, c = t[i + 2] * 3;
            double area = ((v[b] - v[a]) * (v[c + 1] - v[a + 1]) - (v[b + 1] - v[a + 1]) * (v[c] - v[a])) / 2;
            if (Math.abs(area) < SLIVER) continue;
            Coordinate[] ring = {new Coordinate(v[a], v[a + 1]), new Coordinate(v[b], v[b + 1]),
                    new Coordinate(v[c], v[c + 1]), new Coordinate(v[a], v[a + 1])};
            Polygon p = GEOMETRY.createPolygon(ring);
            parts.add(area < 0 ? p.reverse() : p);
        }
        if (parts.isEmpty()) return GEOMETRY.createPolygon();
        try {
            Geometry union = CascadedPolygonUnion.union(parts);
            return union == null ? GEOMETRY.createPolygon() : union;
        } catch (RuntimeException e) {
            // JTS can fail on nearly collinear slivers; the hull is a fair plan for matching and areas then.
            return GEOMETRY.buildGeometry(parts).convexHull();
        }
    }

    /**
     * How much two plans cover each other: the shared area over the larger plan, so 0.5 means the overlap is at
     * least half of each footprint.
     */
    public static double overlap(Geometry a, Geometry b) {
        if (a.isEmpty() || b.isEmpty() || !a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) return 0;
        double shared = a.intersection(b).getArea();
        return shared / Math.max(a.getArea(), b.getArea());
    }
}
