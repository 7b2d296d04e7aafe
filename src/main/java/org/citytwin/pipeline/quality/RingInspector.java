package org.citytwin.pipeline.quality;

import java.util.Locale;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.IssueMessage;

/**
 * Checks one ring (flat xyz in the local metric frame, x east, y north, z up) for the data-quality report:
 * too few positions, non-finite numbers, not closed, duplicate consecutive points, non-planar (Newell
 * plane), self-intersecting (projected to 2D). Findings go to a {@link QualityTally}. O(n) except the
 * simplicity test, which is cheap for the short rings that make up almost all city models.
 */
public final class RingInspector {

    /** Points farther than this (metres) from the ring's plane make it non-planar. */
    public static final double PLANARITY_TOLERANCE = 0.05;
    /** Consecutive points closer than this (metres) are duplicates; also the closing tolerance. */
    static final double SAME_POINT = 1e-6;

    private RingInspector() {
    }

    /** Checks the ring and reports to the tally's current polygon and ring. */
    public static void inspect(double[] ring, QualityTally tally) {
        if (ring == null || ring.length % 3 != 0 || ring.length / 3 < 4) {
            int n = ring == null ? 0 : ring.length / 3;
            tally.add(IssueCategory.INVALID_RING, IssueMessage.of("issues.quality.too-few", n), 0);
            return;
        }
        int n = ring.length / 3;
        for (int i = 0; i < ring.length; i++) {
            if (!Double.isFinite(ring[i])) {
                tally.add(IssueCategory.INVALID_RING, IssueMessage.of("issues.quality.nan", i / 3 + 1), 0);
                return;
            }
        }
        double gap = distance(ring, 0, n - 1);
        if (gap > SAME_POINT) {
            tally.add(IssueCategory.INVALID_RING, IssueMessage.of("issues.quality.not-closed",
                    // sub-millimetre gaps in micrometres, not as "0.000 m"
                    String.format(Locale.ROOT, gap >= 0.001 ? "%.3f" : "%.6f", gap)), 0);
        }
        // distinct points, the closing point excluded
        double[] pts = new double[ring.length];
        int m = 0;
        int duplicates = 0;
        for (int i = 0; i < n; i++) {
            if (m > 0 && distance(ring, i, pts, m - 1) <= SAME_POINT) {
                if (i != n - 1 || gap > SAME_POINT) duplicates++;
                continue;
            }
            System.arraycopy(ring, 3 * i, pts, 3 * m, 3);
            m++;
        }
        while (m > 1 && distance(pts, 0, pts, m - 1) <= SAME_POINT) m--; // the closing point
        if (duplicates > 0) {
            tally.add(IssueCategory.DUPLICATE_POINTS, IssueMessage.of("issues.quality.duplicates", duplicates), duplicates);
        }
        if (m < 3) {
            tally.add(IssueCategory.INVALID_RING, IssueMessage.of("issues.quality.distinct", m), 0);
            return;
        }
        double[] normal = newellNormal(pts, m);
        double length = Math.sqrt(normal[0] * normal[0] + normal[1] * normal[1] + normal[2] * normal[2]);
        if (length <= 1e-10 * extentSq(pts, m)) {
            // no net area: a line, or a figure eight whose lobes cancel out
            boolean crossing = !RingSimplicity.isSimple(project(pts, m, smallestExtentAxis(pts, m)), m);
            tally.add(crossing ? IssueCategory.SELF_INTERSECTING_RING : IssueCategory.INVALID_RING,
                    IssueMessage.of(crossing ? "issues.quality.lobes" : "issues.quality.zero-area"), 0);
            return;
        }
        double worst = maxPlaneDistance(pts, m, normal, length);
        if (worst > PLANARITY_TOLERANCE) {
            tally.add(IssueCategory.NON_PLANAR_RING, IssueMessage.of("issues.quality.non-planar",
                    String.format(Locale.ROOT, "%.3f", worst), String.format(Locale.ROOT, "%.2f", PLANARITY_TOLERANCE)), worst);
        }
        if (!RingSimplicity.isSimple(project(pts, m, normal), m)) {
            tally.add(IssueCategory.SELF_INTERSECTING_RING, IssueMessage.of("issues.quality.crosses"), 0);
        }
    }

    /** Newell's normal: robust for non-convex and slightly warped rings; its length is twice the area. */
    static double[] newellNormal(double[] p, int m) {
        double nx = 0, ny = 0, nz = 0;
        for (int i = 0; i < m; i++) {
            int j = (i + 1) % m;
            nx += (p[3 * i + 1] - p[3 * j + 1]) * (p[3 * i + 2] + p[3 * j + 2]);
            ny += (p[3 * i + 2] - p[3 * j + 2]) * (p[3 * i] + p[3 * j]);
            nz += (p[3 * i] - p[3 * j]) * (p[3 * i + 1] + p[3 * j + 1]);
        }
        return new double[] {nx, ny, nz};
    }

    private static double maxPlaneDistance(double[] p, int m, double[] n, double length) {
        double cx = 0, cy = 0, cz = 0;
        for (int i = 0; i < m; i++) {
            cx += p[3 * i];
            cy += p[3 * i + 1];
            cz += p[3 * i + 2];
        }
        cx /= m;
        cy /= m;
        cz /= m;
        double worst = 0;
        for (int i = 0; i < m; i++) {
            double d = Math.abs((p[3 * i] - cx) * n[0] + (p[3 * i + 1] - cy) * n[1] + (p[3 * i + 2] - cz) * n[2]) / length;
            worst = Math.max(worst, d);
        }
        return worst;
    }

    private static double extentSq(double[] p, int m) {
        double sum = 0;
        for (int axis = 0; axis < 3; axis++) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                lo = Math.min(lo, p[3 * i + axis]);
                hi = Math.max(hi, p[3 * i + axis]);
            }
            sum += (hi - lo) * (hi - lo);
        }
        return sum;
    }

    /** A unit "normal" along the axis of least extent, for projecting rings without a usable normal. */
    private static double[] smallestExtentAxis(double[] p, int m) {
        double[] extent = new double[3];
        for (int axis = 0; axis < 3; axis++) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                lo = Math.min(lo, p[3 * i + axis]);
                hi = Math.max(hi, p[3 * i + axis]);
            }
            extent[axis] = hi - lo;
        }
        int axis = extent[2] <= extent[0] && extent[2] <= extent[1] ? 2 : extent[1] <= extent[0] ? 1 : 0;
        double[] n = new double[3];
        n[axis] = 1;
        return n;
    }

    /** Drops the normal's dominant axis: a cheap projection that keeps the ring's topology. */
    private static double[] project(double[] p, int m, double[] n) {
        double ax = Math.abs(n[0]), ay = Math.abs(n[1]), az = Math.abs(n[2]);
        int drop = az >= ax && az >= ay ? 2 : ay >= ax ? 1 : 0;
        int u = (drop + 1) % 3, v = (drop + 2) % 3;
        double[] uv = new double[2 * m];
        for (int i = 0; i < m; i++) {
            uv[2 * i] = p[3 * i + u];
            uv[2 * i + 1] = p[3 * i + v];
        }
        return uv;
    }

    private static double distance(double[] a, int i, int j) {
        return distance(a, i, a, j);
    }

    private static double distance(double[] a, int i, double[] b, int j) {
        double dx = a[3 * i] - b[3 * j], dy = a[3 * i + 1] - b[3 * j + 1], dz = a[3 * i + 2] - b[3 * j + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
