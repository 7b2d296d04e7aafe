package org.citytwin.underground;

import earcut4j.Earcut;
import java.util.List;
import org.citytwin.model.MeshPart;

/**
 * A user-drawn vertical prism in the local frame: a footprint polygon (x, y pairs, counter-clockwise or not)
 * between a bottom and a top elevation. Stands for a planned foundation or trench in the clearance check,
 * and for the pit of an excavation cut.
 */
public record PlannedSolid(double[] footprint, double bottom, double top) {

    public PlannedSolid {
        if (footprint.length < 6 || footprint.length % 2 != 0) {
            throw new IllegalArgumentException("A footprint needs at least 3 x,y corners, got " + footprint.length / 2.0);
        }
        if (!(top > bottom)) throw new IllegalArgumentException("Top " + top + " must be above bottom " + bottom);
        if (Math.abs(signedArea(footprint)) < 1e-9) throw new IllegalArgumentException("The footprint has no area");
        footprint = footprint.clone();
    }

    /** An axis-aligned box footprint from two opposite corners. */
    public static PlannedSolid box(double x1, double y1, double x2, double y2, double bottom, double top) {
        double minX = Math.min(x1, x2), maxX = Math.max(x1, x2), minY = Math.min(y1, y2), maxY = Math.max(y1, y2);
        return new PlannedSolid(new double[] {minX, minY, maxX, minY, maxX, maxY, minX, maxY}, bottom, top);
    }

    public int cornerCount() {
        return footprint.length / 2;
    }

    /** True when (x, y) lies inside the footprint (even-odd rule; points on the boundary count as inside). */
    public boolean footprintContains(double x, double y) {
        boolean inside = false;
        int n = cornerCount();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = footprint[2 * i], yi = footprint[2 * i + 1], xj = footprint[2 * j], yj = footprint[2 * j + 1];
            if (onSegment(x, y, xi, yi, xj, yj)) return true;
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
        }
        return inside;
    }

    public boolean contains(double x, double y, double z) {
        return z >= bottom && z <= top && footprintContains(x, y);
    }

    /** Closed surface: the two caps (ear-cut footprint) and one quad per footprint edge. */
    public MeshPart mesh() {
        int n = cornerCount();
        double[] v = new double[6 * n];
        for (int i = 0; i < n; i++) {
            v[3 * i] = footprint[2 * i];
            v[3 * i + 1] = footprint[2 * i + 1];
            v[3 * i + 2] = bottom;
            v[3 * (n + i)] = footprint[2 * i];
            v[3 * (n + i) + 1] = footprint[2 * i + 1];
            v[3 * (n + i) + 2] = top;
        }
        List<Integer> cap = capTriangles();
        int[] t = new int[2 * cap.size() + 6 * n];
        int k = 0;
        for (int i = 0; i < cap.size(); i += 3) { // bottom facing down, top facing up (for a CCW footprint)
            t[k++] = cap.get(i);
            t[k++] = cap.get(i + 2);
            t[k++] = cap.get(i + 1);
            t[k++] = n + cap.get(i);
            t[k++] = n + cap.get(i + 1);
            t[k++] = n + cap.get(i + 2);
        }
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            t[k++] = i;
            t[k++] = j;
            t[k++] = n + j;
            t[k++] = i;
            t[k++] = n + j;
            t[k++] = n + i;
        }
        return new MeshPart(v, t);
    }

    /** Triangles of the footprint as corner indices. */
    public List<Integer> capTriangles() {
        return Earcut.earcut(footprint, null, 2);
    }

    static double signedArea(double[] xy) {
        double a = 0;
        int n = xy.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) a += (xy[2 * j] - xy[2 * i]) * (xy[2 * j + 1] + xy[2 * i + 1]);
        return a / 2;
    }

    private static boolean onSegment(double x, double y, double x1, double y1, double x2, double y2) {
        double cross = (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1);
        if (Math.abs(cross) > 1e-9 * (Math.abs(x2 - x1) + Math.abs(y2 - y1) + 1)) return false;
        return x >= Math.min(x1, x2) - 1e-9 && x <= Math.max(x1, x2) + 1e-9
                && y >= Math.min(y1, y2) - 1e-9 && y <= Math.max(y1, y2) + 1e-9;
    }
}
