package org.citytwin.pipeline.quality;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.valid.IsSimpleOp;

/**
 * Whether a 2D ring (distinct points, closing point not repeated) is simple: no edge crosses or touches a
 * non-adjacent edge and no edge folds back on its neighbour. Short rings (nearly all of a city model) are
 * tested pair by pair without allocating; long ones (land-use parcels, terrain outlines) go to JTS.
 */
final class RingSimplicity {

    /** Above this many points the O(n²) pair test costs more than JTS's sweep. */
    static final int BRUTE_FORCE_LIMIT = 200;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private RingSimplicity() {
    }

    static boolean isSimple(double[] uv, int m) {
        return m > BRUTE_FORCE_LIMIT ? jtsSimple(uv, m) : pairwiseSimple(uv, m);
    }

    private static boolean pairwiseSimple(double[] p, int m) {
        for (int i = 0; i < m; i++) {
            int i1 = (i + 1) % m;
            if (foldsBack(p, i, i1, (i + 2) % m)) return false;
            for (int j = i + 2; j < m; j++) {
                if (i == 0 && j == m - 1) continue; // adjacent through the closing edge
                if (intersect(p, i, i1, j, (j + 1) % m)) return false;
            }
        }
        return true;
    }

    /** Edges a→b and b→c on one line pointing back (a spike): they overlap. */
    private static boolean foldsBack(double[] p, int a, int b, int c) {
        double ux = p[2 * a] - p[2 * b], uy = p[2 * a + 1] - p[2 * b + 1];
        double vx = p[2 * c] - p[2 * b], vy = p[2 * c + 1] - p[2 * b + 1];
        return ux * vy - uy * vx == 0 && ux * vx + uy * vy > 0;
    }

    /** Closed-segment intersection (touching counts) by orientation tests. */
    private static boolean intersect(double[] p, int a, int b, int c, int d) {
        double o1 = orient(p, a, b, c), o2 = orient(p, a, b, d), o3 = orient(p, c, d, a), o4 = orient(p, c, d, b);
        if (((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0))) return true;
        return o1 == 0 && onSegment(p, a, b, c) || o2 == 0 && onSegment(p, a, b, d)
                || o3 == 0 && onSegment(p, c, d, a) || o4 == 0 && onSegment(p, c, d, b);
    }

    private static double orient(double[] p, int a, int b, int c) {
        return (p[2 * b] - p[2 * a]) * (p[2 * c + 1] - p[2 * a + 1]) - (p[2 * b + 1] - p[2 * a + 1]) * (p[2 * c] - p[2 * a]);
    }

    /** c (collinear with a-b) lies within the segment's box. */
    private static boolean onSegment(double[] p, int a, int b, int c) {
        return Math.min(p[2 * a], p[2 * b]) <= p[2 * c] && p[2 * c] <= Math.max(p[2 * a], p[2 * b])
                && Math.min(p[2 * a + 1], p[2 * b + 1]) <= p[2 * c + 1] && p[2 * c + 1] <= Math.max(p[2 * a + 1], p[2 * b + 1]);
    }

    private static boolean jtsSimple(double[] p, int m) {
        Coordinate[] coords = new Coordinate[m + 1];
        for (int i = 0; i < m; i++) coords[i] = new Coordinate(p[2 * i], p[2 * i + 1]);
        coords[m] = coords[0];
        return IsSimpleOp.isSimple(GEOMETRY.createLinearRing(coords));
    }
}
