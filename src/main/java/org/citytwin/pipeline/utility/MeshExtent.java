package org.citytwin.pipeline.utility;

import org.citytwin.model.MeshPart;

/** Measurements of a mesh used to place utilities: vertical extent, centre, width around an axis. */
final class MeshExtent {

    private MeshExtent() {
    }

    static double maxZ(MeshPart m) {
        double z = Double.NEGATIVE_INFINITY;
        double[] v = m.vertices();
        for (int i = 2; i < v.length; i += 3) z = Math.max(z, v[i]);
        return z;
    }

    static double minZ(MeshPart m) {
        double z = Double.POSITIVE_INFINITY;
        double[] v = m.vertices();
        for (int i = 2; i < v.length; i += 3) z = Math.min(z, v[i]);
        return z;
    }

    static double[] centroid(MeshPart m) {
        if (m == null || m.vertexCount() == 0) return null;
        double[] v = m.vertices();
        double x = 0;
        double y = 0;
        for (int i = 0; i < v.length; i += 3) {
            x += v[i];
            y += v[i + 1];
        }
        return new double[] {x / m.vertexCount(), y / m.vertexCount(), Double.NaN};
    }

    /** Larger horizontal extent of a node's geometry (shaft diameter or box side). */
    static double horizontalSize(MeshPart m) {
        double[] v = m.vertices();
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v.length; i += 3) {
            minX = Math.min(minX, v[i]);
            maxX = Math.max(maxX, v[i]);
            minY = Math.min(minY, v[i + 1]);
            maxY = Math.max(maxY, v[i + 1]);
        }
        return Math.max(maxX - minX, maxY - minY);
    }

    /** Mid-height of the geometry's vertices within {@code near} m (horizontally) of (x, y); whole mesh if none. */
    static double midHeightNear(MeshPart m, double x, double y, double near) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double[] v = m.vertices();
        for (int i = 0; i < v.length; i += 3) {
            if (Math.hypot(v[i] - x, v[i + 1] - y) > near) continue;
            lo = Math.min(lo, v[i + 2]);
            hi = Math.max(hi, v[i + 2]);
        }
        return lo <= hi ? (lo + hi) / 2 : (minZ(m) + maxZ(m)) / 2;
    }

    /** Twice the largest horizontal distance of the geometry from the axis: the outer diameter of a round pipe. */
    static double widthAround(double[] line, MeshPart m) {
        double[] v = m.vertices();
        double far = 0;
        for (int i = 0; i < v.length; i += 3) far = Math.max(far, distanceToLine2d(line, v[i], v[i + 1]));
        double d = 2 * far;
        return d > 0.01 && d < 5 ? d : Double.NaN; // outside that the LOD0 axis and the geometry do not match
    }

    static double distanceToLine2d(double[] line, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 5 < line.length; i += 3) {
            double ax = line[i], ay = line[i + 1], bx = line[i + 3], by = line[i + 4];
            double dx = bx - ax, dy = by - ay;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
            best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
        }
        return best;
    }
}
