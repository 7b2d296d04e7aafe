package org.citytwin.underground;

import org.citytwin.model.MeshPart;

/**
 * The triangles of one mesh as flat corner coordinates (9 doubles each) under a bounding-volume hierarchy of
 * axis-aligned boxes: the broad phase of the clearance check. Built once, read-only afterwards.
 */
final class TriangleTree {
    private static final int LEAF_SIZE = 4;

    /** Corners of triangle i at [9i, 9i + 9), in tree order (leaves hold consecutive triangles). */
    final double[] corners;
    final int triangleCount;
    // node arrays: box (6 per node), children (-1 for leaves), triangle range of leaves
    double[] box;
    int[] left;
    int[] right;
    int[] start;
    int[] end;
    private int nodeCount;

    TriangleTree(MeshPart mesh) {
        this(cornersOf(mesh));
    }

    TriangleTree(double[] corners) {
        this.corners = corners;
        this.triangleCount = corners.length / 9;
        int capacity = Math.max(1, 2 * triangleCount);
        box = new double[6 * capacity];
        left = new int[capacity];
        right = new int[capacity];
        start = new int[capacity];
        end = new int[capacity];
        if (triangleCount > 0) build(0, triangleCount, new double[9]);
    }

    boolean isEmpty() {
        return triangleCount == 0;
    }

    /** Box of the whole mesh: minX, minY, minZ, maxX, maxY, maxZ. */
    double[] bounds() {
        double[] b = new double[6];
        System.arraycopy(box, 0, b, 0, 6);
        return b;
    }

    static double[] cornersOf(MeshPart mesh) {
        int[] t = mesh.triangles();
        double[] v = mesh.vertices();
        double[] c = new double[t.length * 3];
        for (int i = 0; i < t.length; i++) {
            System.arraycopy(v, 3 * t[i], c, 3 * i, 3);
        }
        return c;
    }

    private int build(int from, int to, double[] swap) {
        int node = nodeCount++;
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 9 * from; i < 9 * to; i += 3) {
            for (int k = 0; k < 3; k++) {
                b[k] = Math.min(b[k], corners[i + k]);
                b[k + 3] = Math.max(b[k + 3], corners[i + k]);
            }
        }
        System.arraycopy(b, 0, box, 6 * node, 6);
        if (to - from <= LEAF_SIZE) {
            left[node] = right[node] = -1;
            start[node] = from;
            end[node] = to;
            return node;
        }
        int axis = 0;
        for (int k = 1; k < 3; k++) if (b[k + 3] - b[k] > b[axis + 3] - b[axis]) axis = k;
        double split = (b[axis] + b[axis + 3]) / 2;
        int mid = partition(from, to, axis, split, swap);
        if (mid == from || mid == to) mid = (from + to) >>> 1; // all centroids on one side: split by count
        left[node] = build(from, mid, swap);
        right[node] = build(mid, to, swap);
        return node;
    }

    private int partition(int from, int to, int axis, double split, double[] swap) {
        int i = from, j = to - 1;
        while (i <= j) {
            double c = (corners[9 * i + axis] + corners[9 * i + 3 + axis] + corners[9 * i + 6 + axis]) / 3;
            if (c < split) {
                i++;
            } else {
                System.arraycopy(corners, 9 * i, swap, 0, 9);
                System.arraycopy(corners, 9 * j, corners, 9 * i, 9);
                System.arraycopy(swap, 0, corners, 9 * j, 9);
                j--;
            }
        }
        return i;
    }

    boolean isLeaf(int node) {
        return left[node] < 0;
    }

    /** Gap between the boxes of node n of this tree and node m of another (0 when they overlap). */
    double boxGap(int n, TriangleTree other, int m) {
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            double gap = Math.max(box[6 * n + k] - other.box[6 * m + k + 3], other.box[6 * m + k] - box[6 * n + k + 3]);
            if (gap > 0) sum += gap * gap;
        }
        return Math.sqrt(sum);
    }
}
