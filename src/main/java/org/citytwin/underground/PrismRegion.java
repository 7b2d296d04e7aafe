package org.citytwin.underground;

import java.util.ArrayList;
import java.util.List;

/**
 * The space a footprint encloses between two elevations, as a union of convex pieces, each the intersection of
 * half-spaces {@code a·x + b·y + c·z + d <= 0}. A convex footprint is one piece; a concave one is split into
 * its ear-cut triangles. Polygons are clipped against it in 3D, so vertical walls are cut as exactly as roofs.
 */
final class PrismRegion {
    /** Polygon vertex stride: x, y, z, u, v (texture coordinates carried along, unused ones are 0). */
    static final int STRIDE = 5;
    /** Parts smaller than 1 mm² are rounding slivers: float output would inflate them into visible spikes. */
    private static final double AREA_EPS = 1e-6;

    private final List<double[][]> pieces = new ArrayList<>(); // each: planes of 4 doubles

    PrismRegion(PlannedSolid solid, double bottom, double top) {
        double[] f = solid.footprint();
        if (isConvex(f)) {
            pieces.add(planes(f, bottom, top));
        } else {
            List<Integer> tri = solid.capTriangles();
            for (int i = 0; i < tri.size(); i += 3) {
                int a = tri.get(i), b = tri.get(i + 1), c = tri.get(i + 2);
                pieces.add(planes(new double[] {f[2 * a], f[2 * a + 1], f[2 * b], f[2 * b + 1], f[2 * c], f[2 * c + 1]}, bottom, top));
            }
        }
    }

    /** The parts of a convex polygon outside the region (convex polygons, possibly none). */
    List<double[]> outside(double[] polygon) {
        List<double[]> parts = new ArrayList<>();
        parts.add(polygon);
        for (double[][] piece : pieces) {
            List<double[]> next = new ArrayList<>();
            for (double[] p : parts) subtract(p, piece, next);
            parts = next;
            if (parts.isEmpty()) break;
        }
        return parts;
    }

    /** The parts of a convex polygon inside the region. */
    List<double[]> inside(double[] polygon) {
        List<double[]> parts = new ArrayList<>();
        for (double[][] piece : pieces) {
            double[] p = polygon;
            for (double[] plane : piece) {
                p = clip(p, plane, false);
                if (p == null) break;
            }
            if (p != null && area(p) > AREA_EPS) parts.add(p);
        }
        return parts;
    }

    private static void subtract(double[] polygon, double[][] piece, List<double[]> out) {
        double[] remaining = polygon;
        for (double[] plane : piece) {
            double[] outsidePart = clip(remaining, plane, true);
            if (outsidePart != null && area(outsidePart) > AREA_EPS) out.add(outsidePart);
            remaining = clip(remaining, plane, false);
            if (remaining == null) return;
        }
        // what remains is inside this piece: dropped
    }

    /** Sutherland–Hodgman against one plane: keeps the side where the plane function is <= 0 (or >= 0). */
    static double[] clip(double[] poly, double[] plane, boolean keepOutside) {
        int n = poly.length / STRIDE;
        double sign = keepOutside ? -1 : 1;
        double[] out = new double[(2 * n) * STRIDE];
        int m = 0;
        boolean allIn = true;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double di = sign * eval(plane, poly, i), dj = sign * eval(plane, poly, j);
            if (di > 0) allIn = false;
            if (di <= 0) {
                System.arraycopy(poly, i * STRIDE, out, m * STRIDE, STRIDE);
                m++;
            }
            if ((di < 0 && dj > 0) || (di > 0 && dj < 0)) {
                double t = di / (di - dj);
                for (int k = 0; k < STRIDE; k++) out[m * STRIDE + k] = poly[i * STRIDE + k] + t * (poly[j * STRIDE + k] - poly[i * STRIDE + k]);
                m++;
            }
        }
        if (allIn) return poly;
        return m < 3 ? null : java.util.Arrays.copyOf(out, m * STRIDE);
    }

    private static double eval(double[] plane, double[] poly, int i) {
        return plane[0] * poly[i * STRIDE] + plane[1] * poly[i * STRIDE + 1] + plane[2] * poly[i * STRIDE + 2] + plane[3];
    }

    /** Area of a planar polygon in 3D (half the norm of its vector area). */
    static double area(double[] p) {
        int n = p.length / STRIDE;
        double ax = 0, ay = 0, az = 0;
        for (int i = 1; i + 1 < n; i++) {
            double ux = p[i * STRIDE] - p[0], uy = p[i * STRIDE + 1] - p[1], uz = p[i * STRIDE + 2] - p[2];
            double vx = p[(i + 1) * STRIDE] - p[0], vy = p[(i + 1) * STRIDE + 1] - p[1], vz = p[(i + 1) * STRIDE + 2] - p[2];
            ax += uy * vz - uz * vy;
            ay += uz * vx - ux * vz;
            az += ux * vy - uy * vx;
        }
        return Math.sqrt(ax * ax + ay * ay + az * az) / 2;
    }

    /** Inward half-spaces of a convex footprint (either winding) plus bottom and top. */
    private static double[][] planes(double[] f, double bottom, double top) {
        int n = f.length / 2;
        double orientation = Math.signum(PlannedSolid.signedArea(f)); // > 0: counter-clockwise
        List<double[]> planes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double ex = f[2 * j] - f[2 * i], ey = f[2 * j + 1] - f[2 * i + 1];
            double len = Math.hypot(ex, ey);
            if (len < 1e-12) continue;
            // left of the edge is inside for CCW: cross(e, p - a) >= 0  <=>  -(cross)/len <= 0
            double a = ey / len * orientation, b = -ex / len * orientation;
            planes.add(new double[] {a, b, 0, -(a * f[2 * i] + b * f[2 * i + 1])});
        }
        planes.add(new double[] {0, 0, -1, bottom});
        if (Double.isFinite(top)) planes.add(new double[] {0, 0, 1, -top});
        return planes.toArray(new double[0][]);
    }

    private static boolean isConvex(double[] f) {
        int n = f.length / 2;
        double sign = 0;
        for (int i = 0; i < n; i++) {
            double ax = f[2 * ((i + 1) % n)] - f[2 * i], ay = f[2 * ((i + 1) % n) + 1] - f[2 * i + 1];
            double bx = f[2 * ((i + 2) % n)] - f[2 * ((i + 1) % n)], by = f[2 * ((i + 2) % n) + 1] - f[2 * ((i + 1) % n) + 1];
            double cross = ax * by - ay * bx;
            if (Math.abs(cross) < 1e-12) continue;
            if (sign == 0) sign = Math.signum(cross);
            else if (Math.signum(cross) != sign) return false;
        }
        return true;
    }
}
