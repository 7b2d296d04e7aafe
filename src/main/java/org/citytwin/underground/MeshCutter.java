package org.citytwin.underground;

import java.util.List;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * Removes from a merged tile mesh everything inside a region: triangles wholly inside are dropped, triangles
 * crossing its boundary are clipped and the outside parts re-triangulated (fan of each convex part), keeping
 * their object index and interpolated texture coordinates. Triangles clear of the region keep their vertices.
 * JavaFX has no clip planes, so this is how a cut is shown.
 */
final class MeshCutter {

    /** The cut mesh and what happened to its triangles. */
    record Result(TileMesh mesh, int removed, int clipped) {
        boolean changed() {
            return removed > 0 || clipped > 0;
        }
    }

    private final PrismRegion region;
    private final double[] box; // minX, minY, minZ, maxX, maxY of the region (open above)

    MeshCutter(PrismRegion region, double minX, double minY, double minZ, double maxX, double maxY) {
        this.region = region;
        this.box = new double[] {minX, minY, minZ, maxX, maxY};
    }

    Result cut(TileMesh tile) {
        float[] pts = tile.points();
        int[] tri = tile.triangles();
        float[] uv = tile.texCoords();
        int triangles = tri.length / 3;
        FloatList points = new FloatList(pts.length + 64);
        points.addAll(pts);
        FloatList tex = uv == null ? null : new FloatList(uv.length + 64);
        if (tex != null) tex.addAll(uv);
        IntList outTri = new IntList(tri.length);
        IntList outFace = new IntList(triangles);
        int removed = 0, clipped = 0;
        double[] poly = new double[3 * PrismRegion.STRIDE];
        for (int t = 0; t < triangles; t++) {
            int a = tri[3 * t], b = tri[3 * t + 1], c = tri[3 * t + 2];
            if (clear(pts, a, b, c)) {
                outTri.add(a, b, c);
                outFace.add(tile.faceObject()[t]);
                continue;
            }
            fill(poly, 0, pts, uv, a);
            fill(poly, 1, pts, uv, b);
            fill(poly, 2, pts, uv, c);
            List<double[]> parts = region.outside(poly.clone());
            if (parts.size() == 1 && parts.get(0).length == poly.length && same(parts.get(0), poly)) {
                outTri.add(a, b, c); // touched the box but not the region
                outFace.add(tile.faceObject()[t]);
                continue;
            }
            if (parts.isEmpty()) removed++;
            else clipped++;
            for (double[] part : parts) {
                int first = points.size() / 3;
                int n = part.length / PrismRegion.STRIDE;
                for (int i = 0; i < n; i++) {
                    int o = i * PrismRegion.STRIDE;
                    points.add((float) part[o], (float) part[o + 1], (float) part[o + 2]);
                    if (tex != null) {
                        tex.add((float) part[o + 3]);
                        tex.add((float) part[o + 4]);
                    }
                }
                for (int i = 1; i + 1 < n; i++) {
                    outTri.add(first, first + i, first + i + 1);
                    outFace.add(tile.faceObject()[t]);
                }
            }
        }
        if (removed == 0 && clipped == 0) return new Result(tile, 0, 0);
        TileMesh cut = new TileMesh(tile.kind(), tile.tileX(), tile.tileY(), points.toArray(), outTri.toArray(),
                outFace.toArray(), tile.objectIds(), tex == null ? null : tex.toArray(), tile.atlas(), tile.sourceFile());
        return new Result(cut, removed, clipped);
    }

    /** True when the triangle's box misses the region's box (below its floor or beside it). */
    private boolean clear(float[] p, int a, int b, int c) {
        float maxX = Math.max(p[3 * a], Math.max(p[3 * b], p[3 * c])), minX = Math.min(p[3 * a], Math.min(p[3 * b], p[3 * c]));
        float maxY = Math.max(p[3 * a + 1], Math.max(p[3 * b + 1], p[3 * c + 1])), minY = Math.min(p[3 * a + 1], Math.min(p[3 * b + 1], p[3 * c + 1]));
        float maxZ = Math.max(p[3 * a + 2], Math.max(p[3 * b + 2], p[3 * c + 2]));
        return maxX < box[0] || minX > box[3] || maxY < box[1] || minY > box[4] || maxZ < box[2];
    }

    private static void fill(double[] poly, int i, float[] pts, float[] uv, int v) {
        int o = i * PrismRegion.STRIDE;
        poly[o] = pts[3 * v];
        poly[o + 1] = pts[3 * v + 1];
        poly[o + 2] = pts[3 * v + 2];
        poly[o + 3] = uv == null ? 0 : uv[2 * v];
        poly[o + 4] = uv == null ? 0 : uv[2 * v + 1];
    }

    private static boolean same(double[] a, double[] b) {
        return java.util.Arrays.equals(a, b);
    }

    private static final class FloatList {
        private float[] data;
        private int size;

        FloatList(int capacity) {
            data = new float[Math.max(16, capacity)];
        }

        void add(float... values) {
            if (size + values.length > data.length) data = java.util.Arrays.copyOf(data, Math.max(2 * data.length, size + values.length));
            System.arraycopy(values, 0, data, size, values.length);
            size += values.length;
        }

        void addAll(float[] values) {
            add(values);
        }

        int size() {
            return size;
        }

        float[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }

    private static final class IntList {
        private int[] data;
        private int size;

        IntList(int capacity) {
            data = new int[Math.max(16, capacity)];
        }

        void add(int... values) {
            if (size + values.length > data.length) data = java.util.Arrays.copyOf(data, Math.max(2 * data.length, size + values.length));
            System.arraycopy(values, 0, data, size, values.length);
            size += values.length;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
