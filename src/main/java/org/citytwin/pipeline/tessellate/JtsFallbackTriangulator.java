package org.citytwin.pipeline.tessellate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.triangulate.polygon.ConstrainedDelaunayTriangulator;
import org.locationtech.jts.triangulate.polygon.PolygonTriangulator;

/**
 * Slow but robust triangulation of the projected rings with JTS, for the polygons earcut gets wrong
 * (self-touching rings, holes touching the exterior, overlapping holes). Invalid input is repaired
 * with {@link GeometryFixer} first, which may node self-intersections into new vertices; those are
 * added to the {@link RingSet} with a 3D position on the fitted plane. Input vertices keep their
 * original 3D coordinates (matched by exact 2D position), so the result still shares vertices with
 * neighbouring polygons' outlines. Allocates freely: it runs for a tiny fraction of real polygons.
 */
final class JtsFallbackTriangulator {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final RingSet rings;
    private final PlaneFrame frame;
    private int[] result = new int[0];

    /**
     * Triangulates and returns flat triangle indices into {@code rings} (winding not yet normalised).
     * Throws a RuntimeException when JTS cannot cope even with the repaired geometry.
     */
    static int[] triangulate(RingSet rings, PlaneFrame frame) {
        JtsFallbackTriangulator t = new JtsFallbackTriangulator(rings, frame);
        t.compute();
        return t.getResult();
    }

    JtsFallbackTriangulator(RingSet rings, PlaneFrame frame) {
        this.rings = rings;
        this.frame = frame;
    }

    int[] getResult() {
        return result;
    }

    void compute() {
        Polygon polygon = toPolygon();
        Geometry area = polygon.isValid() ? polygon : GeometryFixer.fix(polygon);
        if (area.isEmpty()) {
            result = new int[0];
            return;
        }
        Geometry triangles;
        try {
            triangles = ConstrainedDelaunayTriangulator.triangulate(area);
        } catch (RuntimeException cdtFailed) {
            // The ear-clipper behind PolygonTriangulator copes with some hole layouts CDT rejects.
            triangles = PolygonTriangulator.triangulate(area);
        }
        collect(triangles);
    }

    private Polygon toPolygon() {
        LinearRing shell = ring(0);
        LinearRing[] holes = new LinearRing[rings.ringCount - 1];
        for (int r = 1; r < rings.ringCount; r++) {
            holes[r - 1] = ring(r);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private LinearRing ring(int r) {
        int from = rings.start[r], to = rings.start[r + 1];
        Coordinate[] cs = new Coordinate[to - from + 1];
        for (int i = from; i < to; i++) {
            cs[i - from] = new Coordinate(rings.uv[2 * i], rings.uv[2 * i + 1]);
        }
        cs[cs.length - 1] = cs[0].copy();
        return FACTORY.createLinearRing(cs);
    }

    private void collect(Geometry triangles) {
        Map<Coordinate, Integer> index = new HashMap<>();
        for (int i = rings.ringEnd() - 1; i >= 0; i--) {   // descending: the first occurrence wins
            index.put(new Coordinate(rings.uv[2 * i], rings.uv[2 * i + 1]), i);
        }
        int[] out = new int[3 * triangles.getNumGeometries()];
        int n = 0;
        for (int g = 0; g < triangles.getNumGeometries(); g++) {
            Geometry tri = triangles.getGeometryN(g);
            Coordinate[] cs = tri.getCoordinates();
            if (!(tri instanceof Polygon) || cs.length < 4) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                out[n++] = vertexOf(cs[k], index);
            }
        }
        result = Arrays.copyOf(out, n);
    }

    private int vertexOf(Coordinate c, Map<Coordinate, Integer> index) {
        Integer known = index.get(c);
        if (known != null) {
            return known;
        }
        int v = rings.addVertex(c.x, c.y);
        frame.lift(c.x, c.y, rings.xyz, v);
        index.put(new Coordinate(c.x, c.y), v);
        return v;
    }
}
