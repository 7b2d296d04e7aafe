package org.citytwin.flow.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Upward-facing triangles people can stand on, in the local frame, with a uniform grid for "which surface is
 * under this point near this height". Agents move freely in x/y and follow the surface height, so T-junctions
 * and separate polygons of one floor are crossed without an edge adjacency. Immutable after {@link Builder#build()};
 * safe to share between threads.
 */
public final class WalkableMesh {
    /** Grid cell size, metres: a few triangles per cell on PLATEAU floors. */
    private static final double CELL = 2.0;

    private final double[] tri;          // 9 doubles per triangle
    private final String[] levels;       // level label per triangle ("underground", "bridge", "street")
    private final double[] cumulativeArea;
    private final double minX;
    private final double minY;
    private final int cols;
    private final int rows;
    private final int[][] cells;

    private WalkableMesh(double[] tri, String[] levels) {
        this.tri = tri;
        this.levels = levels;
        int n = levels.length;
        cumulativeArea = new double[n];
        double loX = Double.MAX_VALUE, loY = Double.MAX_VALUE, hiX = -Double.MAX_VALUE, hiY = -Double.MAX_VALUE;
        double sum = 0;
        for (int t = 0; t < n; t++) {
            sum += area2d(t);
            cumulativeArea[t] = sum;
            for (int k = 0; k < 3; k++) {
                loX = Math.min(loX, tri[9 * t + 3 * k]);
                hiX = Math.max(hiX, tri[9 * t + 3 * k]);
                loY = Math.min(loY, tri[9 * t + 3 * k + 1]);
                hiY = Math.max(hiY, tri[9 * t + 3 * k + 1]);
            }
        }
        minX = n == 0 ? 0 : loX;
        minY = n == 0 ? 0 : loY;
        cols = n == 0 ? 1 : (int) Math.floor((hiX - loX) / CELL) + 1;
        rows = n == 0 ? 1 : (int) Math.floor((hiY - loY) / CELL) + 1;
        cells = buildCells();
    }

    public int triangleCount() {
        return levels.length;
    }

    /** Walkable area (horizontal projection), square metres. */
    public double area() {
        return levels.length == 0 ? 0 : cumulativeArea[levels.length - 1];
    }

    public String level(int triangle) {
        return levels[triangle];
    }

    /**
     * The walkable triangle under (x, y) whose surface height is within {@code maxStep} of {@code z}, the nearest
     * in height; -1 when there is none. {@code z = NaN} accepts any height (the highest surface wins).
     */
    public int find(double x, double y, double z, double maxStep) {
        int c = (int) Math.floor((x - minX) / CELL);
        int r = (int) Math.floor((y - minY) / CELL);
        if (c < 0 || r < 0 || c >= cols || r >= rows) return -1;
        int best = -1;
        double bestScore = Double.MAX_VALUE;
        for (int t : cells[r * cols + c]) {
            double h = heightIn(t, x, y);
            if (Double.isNaN(h)) continue;
            double score = Double.isNaN(z) ? -h : Math.abs(h - z);
            if (!Double.isNaN(z) && score > maxStep) continue;
            if (score < bestScore) {
                bestScore = score;
                best = t;
            }
        }
        return best;
    }

    /** Height of the lowest triangle over (x, y) in (zLow, zHigh], or NaN when there is none. */
    double nearestAbove(double x, double y, double zLow, double zHigh) {
        int c = (int) Math.floor((x - minX) / CELL);
        int r = (int) Math.floor((y - minY) / CELL);
        if (c < 0 || r < 0 || c >= cols || r >= rows) return Double.NaN;
        double best = Double.NaN;
        for (int t : cells[r * cols + c]) {
            double h = heightIn(t, x, y);
            if (h > zLow && h <= zHigh && !(h >= best)) best = h;
        }
        return best;
    }

    /** The level labels present, in first-seen order. */
    public java.util.Set<String> levels() {
        return new java.util.LinkedHashSet<>(java.util.Arrays.asList(levels));
    }

    /** Walkable area of one level, square metres. */
    public double area(String level) {
        double sum = 0;
        for (int t = 0; t < levels.length; t++) if (levels[t].equals(level)) sum += area2d(t);
        return sum;
    }

    /** Height of triangle t's plane at (x, y), or NaN when (x, y) is outside the triangle. */
    public double heightIn(int t, double x, double y) {
        int o = 9 * t;
        double ax = tri[o], ay = tri[o + 1], bx = tri[o + 3], by = tri[o + 4], cx = tri[o + 6], cy = tri[o + 7];
        double d = (by - cy) * (ax - cx) + (cx - bx) * (ay - cy);
        if (d == 0) return Double.NaN;
        double u = ((by - cy) * (x - cx) + (cx - bx) * (y - cy)) / d;
        double v = ((cy - ay) * (x - cx) + (ax - cx) * (y - cy)) / d;
        double w = 1 - u - v;
        final double eps = -1e-9;
        if (u < eps || v < eps || w < eps) return Double.NaN;
        return u * tri[o + 2] + v * tri[o + 5] + w * tri[o + 8];
    }

    /** A point on the surface, uniform by area: {x, y, z, triangle}. */
    public double[] randomPoint(Random random) {
        double pick = random.nextDouble() * area();
        int t = java.util.Arrays.binarySearch(cumulativeArea, pick);
        t = t >= 0 ? t : Math.min(-t - 1, levels.length - 1);
        double r1 = random.nextDouble(), r2 = random.nextDouble();
        if (r1 + r2 > 1) {
            r1 = 1 - r1;
            r2 = 1 - r2;
        }
        int o = 9 * t;
        double[] p = new double[4];
        for (int k = 0; k < 3; k++) {
            p[k] = tri[o + k] + r1 * (tri[o + 3 + k] - tri[o + k]) + r2 * (tri[o + 6 + k] - tri[o + k]);
        }
        p[3] = t;
        return p;
    }

    private double area2d(int t) {
        int o = 9 * t;
        return Math.abs((tri[o + 3] - tri[o]) * (tri[o + 7] - tri[o + 1])
                - (tri[o + 6] - tri[o]) * (tri[o + 4] - tri[o + 1])) / 2;
    }

    private int[][] buildCells() {
        List<List<Integer>> lists = new ArrayList<>(cols * rows);
        for (int i = 0; i < cols * rows; i++) lists.add(new ArrayList<>());
        for (int t = 0; t < levels.length; t++) {
            int o = 9 * t;
            double lx = Math.min(tri[o], Math.min(tri[o + 3], tri[o + 6]));
            double hx = Math.max(tri[o], Math.max(tri[o + 3], tri[o + 6]));
            double ly = Math.min(tri[o + 1], Math.min(tri[o + 4], tri[o + 7]));
            double hy = Math.max(tri[o + 1], Math.max(tri[o + 4], tri[o + 7]));
            for (int r = (int) ((ly - minY) / CELL); r <= (int) ((hy - minY) / CELL); r++) {
                for (int c = (int) ((lx - minX) / CELL); c <= (int) ((hx - minX) / CELL); c++) {
                    lists.get(r * cols + c).add(t);
                }
            }
        }
        int[][] out = new int[lists.size()][];
        for (int i = 0; i < out.length; i++) out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        return out;
    }

    /** Collects triangles; degenerate ones (no horizontal area) are skipped. */
    public static final class Builder {
        private double[] tri = new double[9 * 256];
        private final List<String> levels = new ArrayList<>();

        public Builder add(double[] a, double[] b, double[] c, String level) {
            double area2 = (b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1]);
            if (Math.abs(area2) < 1e-6) return this;
            int n = levels.size();
            if (9 * (n + 1) > tri.length) tri = java.util.Arrays.copyOf(tri, tri.length * 2);
            System.arraycopy(a, 0, tri, 9 * n, 3);
            System.arraycopy(b, 0, tri, 9 * n + 3, 3);
            System.arraycopy(c, 0, tri, 9 * n + 6, 3);
            levels.add(level);
            return this;
        }

        public WalkableMesh build() {
            return new WalkableMesh(java.util.Arrays.copyOf(tri, 9 * levels.size()), levels.toArray(String[]::new));
        }
    }
}
