package org.citytwin.shadow;

import org.locationtech.jts.geom.Coordinate;

/** Andrew's monotone chain for a handful of points: no geometry objects until the ring itself. */
final class ConvexHulls {

    private ConvexHulls() {
    }

    /** The closed counter-clockwise hull ring of the first {@code n} points, or null when they span no area. */
    static Coordinate[] of(double[] xs, double[] ys, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> xs[a] != xs[b] ? Double.compare(xs[a], xs[b]) : Double.compare(ys[a], ys[b]));
        int[] hull = new int[2 * n + 1];
        int k = 0;
        for (int idx = 0; idx < n; idx++) { // lower chain
            int p = order[idx];
            while (k >= 2 && cross(xs, ys, hull[k - 2], hull[k - 1], p) <= 0) k--;
            hull[k++] = p;
        }
        for (int idx = n - 2, lower = k + 1; idx >= 0; idx--) { // upper chain
            int p = order[idx];
            while (k >= lower && cross(xs, ys, hull[k - 2], hull[k - 1], p) <= 0) k--;
            hull[k++] = p;
        }
        // k counts the first point twice (start and end)
        if (k < 4) return null;
        Coordinate[] ring = new Coordinate[k];
        for (int i = 0; i < k; i++) ring[i] = new Coordinate(xs[hull[i]], ys[hull[i]]);
        return ring;
    }

    private static double cross(double[] xs, double[] ys, int o, int a, int b) {
        return (xs[a] - xs[o]) * (ys[b] - ys[o]) - (ys[a] - ys[o]) * (xs[b] - xs[o]);
    }
}
