package org.citytwin.pipeline.tessellate;

import java.util.Arrays;
import org.citytwin.model.IssueMessage;

/**
 * The cleaned rings of the polygon being tessellated, stored flat (xyz and the projected uv share vertex
 * indices) so that the hot path allocates nothing per point. Ring r spans vertices
 * [start[r], start[r + 1]). Vertices the JTS fallback invents are appended after the last ring.
 * One instance per thread, reused across polygons.
 */
final class RingSet {

    /** Consecutive points closer than this (metres) are the same point. */
    static final double DUPLICATE_TOLERANCE = 1e-9;
    private static final double DUPLICATE_TOLERANCE_SQ = DUPLICATE_TOLERANCE * DUPLICATE_TOLERANCE;

    double[] xyz = new double[3 * 64];
    double[] uv = new double[2 * 64];
    /** Texture coordinates (s,t) per vertex, valid while {@link #textured}; follows xyz through the clean-up. */
    double[] tex = new double[2 * 64];
    boolean textured;
    int[] start = new int[9];
    int ringCount;
    int size;                    // all vertices, including fallback-invented ones

    void reset(boolean withTexture) {
        textured = withTexture;
        ringCount = 0;
        size = 0;
        start[0] = 0;
    }

    /** First vertex after the rings (where invented vertices begin). */
    int ringEnd() {
        return start[ringCount];
    }

    /**
     * Cleans {@code ring} and appends it: drops duplicate consecutive points and the repeated closing
     * point. Returns null when appended, otherwise the reason it was not (nothing is appended then).
     */
    IssueMessage add(double[] ring) {
        return add(ring, null);
    }

    /** As {@link #add(double[])}, keeping the s,t pair of every kept point ({@code st} parallel to the ring's points). */
    IssueMessage add(double[] ring, double[] st) {
        if (ring == null) {
            return IssueMessage.of("issues.tessellate.no-coordinates");
        }
        int points = ring.length / 3;
        if (ring.length % 3 != 0) {
            return IssueMessage.of("issues.tessellate.not-triples", ring.length);
        }
        int first = size;
        ensureVertices(first + points);
        int n = first;
        for (int p = 0; p < points; p++) {
            double x = ring[3 * p], y = ring[3 * p + 1], z = ring[3 * p + 2];
            if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
                return IssueMessage.of("issues.tessellate.non-finite", p);
            }
            if (n > first && near(n - 1, x, y, z)) {
                continue;
            }
            xyz[3 * n] = x;
            xyz[3 * n + 1] = y;
            xyz[3 * n + 2] = z;
            if (textured) {
                boolean known = st != null && 2 * p + 1 < st.length;
                tex[2 * n] = known ? st[2 * p] : 0;
                tex[2 * n + 1] = known ? st[2 * p + 1] : 0;
            }
            n++;
        }
        // The closing point (and any duplicates of it before it) repeats the first point.
        while (n - first > 1 && near(n - 1, xyz[3 * first], xyz[3 * first + 1], xyz[3 * first + 2])) {
            n--;
        }
        if (n - first < 3) {
            return IssueMessage.of("issues.tessellate.too-few", n - first);
        }
        if (ringCount + 2 > start.length) {
            start = Arrays.copyOf(start, 2 * start.length);
        }
        size = n;
        ringCount++;
        start[ringCount] = n;
        return null;
    }

    /** Drops the most recently added ring (a hole found degenerate after projection). */
    void removeLastRing() {
        ringCount--;
        size = start[ringCount];
    }

    /** Appends a vertex with the given uv; its xyz is left for the caller to fill. */
    int addVertex(double u, double v) {
        ensureVertices(size + 1);
        uv[2 * size] = u;
        uv[2 * size + 1] = v;
        if (textured) copyNearestTexture(size, u, v);
        return size++;
    }

    /** An invented vertex (rare: JTS repair) takes the texture coordinate of the nearest ring vertex. */
    private void copyNearestTexture(int to, double u, double v) {
        int best = 0;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < ringEnd(); i++) {
            double du = uv[2 * i] - u, dv = uv[2 * i + 1] - v, d = du * du + dv * dv;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        tex[2 * to] = tex[2 * best];
        tex[2 * to + 1] = tex[2 * best + 1];
    }

    private boolean near(int i, double x, double y, double z) {
        double dx = xyz[3 * i] - x, dy = xyz[3 * i + 1] - y, dz = xyz[3 * i + 2] - z;
        return dx * dx + dy * dy + dz * dz <= DUPLICATE_TOLERANCE_SQ;
    }

    private void ensureVertices(int n) {
        if (3 * n > xyz.length) {
            int cap = Math.max(n, xyz.length / 3 * 2);
            xyz = Arrays.copyOf(xyz, 3 * cap);
            uv = Arrays.copyOf(uv, 2 * cap);
            tex = Arrays.copyOf(tex, 2 * cap);
        }
    }
}
