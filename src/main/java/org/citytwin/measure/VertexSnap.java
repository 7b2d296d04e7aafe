package org.citytwin.measure;

/**
 * Snaps a picked surface point to the nearest corner of the triangle it lies on, so that measuring between two
 * vertices of a building is exact: a corner is taken when it lies within {@code worldTolerance} metres of the
 * picked point, or within {@code rayTolerance} metres of the pick ray (its distance across the line of sight,
 * what the eye sees as "next to the cursor"). Plain Java.
 */
public final class VertexSnap {
    public static final double WORLD_TOLERANCE = 0.3;
    public static final double RAY_TOLERANCE = 0.5;

    private VertexSnap() {
    }

    /**
     * @param hit     the picked point {x, y, z}
     * @param corners the triangle's corners, each {x, y, z}
     * @param eye     where the pick ray starts (camera position), or null to use the world tolerance only
     * @return the index of the corner to snap to, or -1 to keep the picked point
     */
    public static int nearest(double[] hit, double[][] corners, double[] eye) {
        return nearest(hit, corners, eye, WORLD_TOLERANCE, RAY_TOLERANCE);
    }

    public static int nearest(double[] hit, double[][] corners, double[] eye, double worldTolerance, double rayTolerance) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < corners.length; i++) {
            double d = MeasureMath.distance3d(hit, corners[i]);
            boolean close = d <= worldTolerance || eye != null && distanceToRay(eye, hit, corners[i]) <= rayTolerance;
            if (close && d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Distance of point p from the line through a and b (a != b). */
    static double distanceToRay(double[] a, double[] b, double[] p) {
        double dx = b[0] - a[0], dy = b[1] - a[1], dz = b[2] - a[2];
        double len = Math.sqrt(dx * dx + dy * dy + dz * dz);
        if (len == 0) return MeasureMath.distance3d(a, p);
        double px = p[0] - a[0], py = p[1] - a[1], pz = p[2] - a[2];
        double cx = py * dz - pz * dy, cy = pz * dx - px * dz, cz = px * dy - py * dx;
        return Math.sqrt(cx * cx + cy * cy + cz * cz) / len;
    }
}
