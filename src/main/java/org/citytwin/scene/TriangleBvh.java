package org.citytwin.scene;

/**
 * A bounding-volume hierarchy over the triangles of one mesh (float xyz points, int triangle indices),
 * for ray casts: {@link #intersect} returns the nearest triangle a ray hits (Möller–Trumbore), testing only
 * triangles whose node boxes the ray crosses. Built once per mesh, in O(n log n); plain Java, no JavaFX.
 */
public final class TriangleBvh {
    private static final int LEAF = 6;
    private final float[] p;
    private final int[] tri;
    private final int[] order;          // triangle numbers, grouped by leaf
    private float[] box = new float[64 * 6];  // per node: min xyz, max xyz
    private int[] node = new int[64 * 3];     // per node: left child (-1 for a leaf), start, end (into order)
    private int nodes;

    /** Nearest hit: triangle number and ray parameter t (distance in units of the direction's length). */
    public record Hit(int triangle, double t) {
    }

    public TriangleBvh(float[] points, int[] triangles) {
        this.p = points;
        this.tri = triangles;
        int n = triangles.length / 3;
        order = new int[n];
        float[] centre = new float[n * 3];
        for (int f = 0; f < n; f++) {
            order[f] = f;
            for (int k = 0; k < 3; k++) {
                int a = tri[3 * f], b = tri[3 * f + 1], c = tri[3 * f + 2];
                centre[3 * f + k] = (p[3 * a + k] + p[3 * b + k] + p[3 * c + k]) / 3f;
            }
        }
        if (n > 0) build(0, n, centre);
    }

    public int nodeCount() { return nodes; }

    private int build(int start, int end, float[] centre) {
        int id = nodes++;
        if (3 * nodes > node.length) {
            node = java.util.Arrays.copyOf(node, node.length * 2);
            box = java.util.Arrays.copyOf(box, box.length * 2);
        }
        float[] b = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (int i = start; i < end; i++) {
            for (int v = 0; v < 3; v++) {
                int q = tri[3 * order[i] + v];
                for (int k = 0; k < 3; k++) {
                    b[k] = Math.min(b[k], p[3 * q + k]);
                    b[3 + k] = Math.max(b[3 + k], p[3 * q + k]);
                }
            }
        }
        System.arraycopy(b, 0, box, 6 * id, 6);
        node[3 * id] = -1;
        node[3 * id + 1] = start;
        node[3 * id + 2] = end;
        if (end - start <= LEAF) return id;
        int axis = 0;
        for (int k = 1; k < 3; k++) if (b[3 + k] - b[k] > b[3 + axis] - b[axis]) axis = k;
        int mid = (start + end) >>> 1;
        select(start, end - 1, mid, axis, centre);
        build(start, mid, centre);
        int right = build(mid, end, centre);
        node[3 * id] = right; // left child is id + 1
        return id;
    }

    /** Quickselect on centre[axis] so order[mid] is the median of [lo, hi]. */
    private void select(int lo, int hi, int k, int axis, float[] centre) {
        while (lo < hi) {
            float pivot = centre[3 * order[(lo + hi) >>> 1] + axis];
            int i = lo, j = hi;
            while (i <= j) {
                while (centre[3 * order[i] + axis] < pivot) i++;
                while (centre[3 * order[j] + axis] > pivot) j--;
                if (i <= j) {
                    int t = order[i];
                    order[i++] = order[j];
                    order[j--] = t;
                }
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return;
        }
    }

    /** Nearest triangle hit by origin + t * dir with 0 &lt; t &lt; maxT, or null. */
    public Hit intersect(double ox, double oy, double oz, double dx, double dy, double dz, double maxT) {
        if (nodes == 0) return null;
        double ix = 1 / dx, iy = 1 / dy, iz = 1 / dz;
        int[] stack = new int[64];
        int top = 0;
        stack[top++] = 0;
        double best = maxT;
        int bestTri = -1;
        while (top > 0) {
            int id = stack[--top];
            if (!crosses(id, ox, oy, oz, ix, iy, iz, best)) continue;
            int right = node[3 * id];
            if (right < 0) {
                for (int i = node[3 * id + 1]; i < node[3 * id + 2]; i++) {
                    double t = triangle(order[i], ox, oy, oz, dx, dy, dz);
                    if (t > 0 && t < best) {
                        best = t;
                        bestTri = order[i];
                    }
                }
            } else {
                if (top + 2 > stack.length) stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                stack[top++] = right;
                stack[top++] = id + 1;
            }
        }
        return bestTri < 0 ? null : new Hit(bestTri, best);
    }

    private boolean crosses(int id, double ox, double oy, double oz, double ix, double iy, double iz, double maxT) {
        int b = 6 * id;
        double t0 = 0, t1 = maxT;
        double[] o = {ox, oy, oz}, inv = {ix, iy, iz};
        for (int k = 0; k < 3; k++) {
            double a = (box[b + k] - o[k]) * inv[k], c = (box[b + 3 + k] - o[k]) * inv[k];
            if (Double.isNaN(a) || Double.isNaN(c)) continue; // ray parallel and on the slab boundary
            t0 = Math.max(t0, Math.min(a, c));
            t1 = Math.min(t1, Math.max(a, c));
            if (t0 > t1) return false;
        }
        return true;
    }

    /** Möller–Trumbore, both sides: ray parameter of the hit, or -1. */
    private double triangle(int f, double ox, double oy, double oz, double dx, double dy, double dz) {
        int a = 3 * tri[3 * f], b = 3 * tri[3 * f + 1], c = 3 * tri[3 * f + 2];
        double e1x = p[b] - p[a], e1y = p[b + 1] - p[a + 1], e1z = p[b + 2] - p[a + 2];
        double e2x = p[c] - p[a], e2y = p[c + 1] - p[a + 1], e2z = p[c + 2] - p[a + 2];
        double hx = dy * e2z - dz * e2y, hy = dz * e2x - dx * e2z, hz = dx * e2y - dy * e2x;
        double det = e1x * hx + e1y * hy + e1z * hz;
        if (Math.abs(det) < 1e-12) return -1;
        double inv = 1 / det;
        double sx = ox - p[a], sy = oy - p[a + 1], sz = oz - p[a + 2];
        double u = (sx * hx + sy * hy + sz * hz) * inv;
        if (u < 0 || u > 1) return -1;
        double qx = sy * e1z - sz * e1y, qy = sz * e1x - sx * e1z, qz = sx * e1y - sy * e1x;
        double v = (dx * qx + dy * qy + dz * qz) * inv;
        if (v < 0 || u + v > 1) return -1;
        return (e2x * qx + e2y * qy + e2z * qz) * inv;
    }
}
