package org.citytwin.measure;

import java.util.List;

/**
 * The numbers behind the measure tools, on points in the local frame (x east, y north, z up, metres):
 * polyline lengths, ground-projected polygon area (shoelace) and perimeter. Plain Java, no state.
 */
public final class MeasureMath {
    private MeasureMath() {
    }

    /** Sum of the 3D segment lengths of the open polyline. */
    public static double length3d(List<double[]> points) {
        double sum = 0;
        for (int i = 1; i < points.size(); i++) sum += distance3d(points.get(i - 1), points.get(i));
        return sum;
    }

    /** Sum of the segment lengths projected on the ground plane (z ignored). */
    public static double horizontalLength(List<double[]> points) {
        double sum = 0;
        for (int i = 1; i < points.size(); i++) sum += distance2d(points.get(i - 1), points.get(i));
        return sum;
    }

    /** Height of the last point minus the height of the first (0 for fewer than two points). */
    public static double verticalDifference(List<double[]> points) {
        return points.size() < 2 ? 0 : points.get(points.size() - 1)[2] - points.get(0)[2];
    }

    /** Area of the polygon (implicitly closed) projected on the ground plane, by the shoelace formula; never negative. */
    public static double area(List<double[]> points) {
        int n = points.size();
        if (n < 3) return 0;
        // relative to the first point: local coordinates can be tens of km, products would lose digits
        double ox = points.get(0)[0], oy = points.get(0)[1], twice = 0;
        for (int i = 0; i < n; i++) {
            double[] a = points.get(i), b = points.get((i + 1) % n);
            twice += (a[0] - ox) * (b[1] - oy) - (b[0] - ox) * (a[1] - oy);
        }
        return Math.abs(twice) / 2;
    }

    /** Perimeter of the closed polygon projected on the ground plane. */
    public static double perimeter(List<double[]> points) {
        int n = points.size();
        if (n < 2) return 0;
        return horizontalLength(points) + (n > 2 ? distance2d(points.get(n - 1), points.get(0)) : 0);
    }

    public static double distance3d(double[] a, double[] b) {
        double dx = b[0] - a[0], dy = b[1] - a[1], dz = b[2] - a[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    public static double distance2d(double[] a, double[] b) {
        double dx = b[0] - a[0], dy = b[1] - a[1];
        return Math.sqrt(dx * dx + dy * dy);
    }
}
