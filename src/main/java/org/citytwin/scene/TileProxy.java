package org.citytwin.scene;

import java.util.Arrays;
import javafx.scene.shape.MeshView;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * The coarse stand-in drawn for a tile too far away to show its detail: one box per object (its bounding box: footprint
 * extent and height, like an LOD1 block), top and four walls, one-sided and untextured, all in one mesh. A proxy view
 * carries this record as user data, so code that looks for {@link TileMesh} user data (picking, painters' full-mesh
 * paths, excavation) leaves it alone; {@code mesh.faceObject()} still maps each box face to its object, so a thematic
 * colour can be painted on the boxes too.
 */
record TileProxy(MeshView full, TileMesh mesh) {

    /** Kinds a bounding box stands in for well: standing objects. Areal layers and buried utilities keep their mesh. */
    static boolean suits(FeatureKind kind) {
        return !kind.isAreal() && kind != FeatureKind.UTILITY && kind != FeatureKind.UNDERGROUND_BUILDING
                && kind != FeatureKind.TUNNEL;
    }

    static final int TRIANGLES_PER_BOX = 10;

    /** One box per object of the tile (objects without triangles get none); faces keep the tile's object indices. */
    static TileMesh boxes(TileMesh tile) {
        int objects = tile.objectIds().size();
        double[] box = new double[objects * 6];
        for (int o = 0; o < objects; o++) {
            box[6 * o] = box[6 * o + 1] = box[6 * o + 2] = Double.MAX_VALUE;
            box[6 * o + 3] = box[6 * o + 4] = box[6 * o + 5] = -Double.MAX_VALUE;
        }
        float[] p = tile.points();
        int[] tri = tile.triangles();
        int[] faceObject = tile.faceObject();
        for (int f = 0; f < faceObject.length; f++) {
            int b = 6 * faceObject[f];
            for (int k = 0; k < 3; k++) {
                int v = 3 * tri[3 * f + k];
                for (int a = 0; a < 3; a++) {
                    box[b + a] = Math.min(box[b + a], p[v + a]);
                    box[b + 3 + a] = Math.max(box[b + 3 + a], p[v + a]);
                }
            }
        }
        int used = 0;
        for (int o = 0; o < objects; o++) if (box[6 * o] <= box[6 * o + 3]) used++;
        float[] points = new float[used * 8 * 3];
        int[] triangles = new int[used * TRIANGLES_PER_BOX * 3];
        int[] owner = new int[used * TRIANGLES_PER_BOX];
        int n = 0;
        for (int o = 0; o < objects; o++) {
            int b = 6 * o;
            if (box[b] > box[b + 3]) continue;
            addBox(points, triangles, n, box[b], box[b + 1], box[b + 2], box[b + 3], box[b + 4], box[b + 5]);
            Arrays.fill(owner, n * TRIANGLES_PER_BOX, (n + 1) * TRIANGLES_PER_BOX, o);
            n++;
        }
        return new TileMesh(tile.kind(), tile.tileX(), tile.tileY(), points, triangles, owner, tile.objectIds(), null, null,
                tile.sourceFile());
    }

    /** The box's triangles as corner numbers: top, S, E, N, W, two triangles each (see {@link #addBox}). */
    private static final int[] BOX_TRIANGLES = boxTriangles();

    private static int[] boxTriangles() {
        int[][] quads = {{4, 5, 6, 7}, {0, 1, 5, 4}, {1, 2, 6, 5}, {2, 3, 7, 6}, {3, 0, 4, 7}};
        int[] tri = new int[3 * TRIANGLES_PER_BOX];
        int t = 0;
        for (int[] q : quads) for (int k : new int[] {0, 1, 2, 0, 2, 3}) tri[t++] = q[k];
        return tri;
    }

    /**
     * Corners 0..3 at the bottom (SW, SE, NE, NW), 4..7 above them. Every face winds counter-clockwise seen from
     * outside (local frame, z up), as CityGML's exterior rings do; the bottom is never seen from above and is left out.
     * Writes straight into the arrays: a ward's far tiles make tens of thousands of boxes on the FX thread.
     */
    private static void addBox(float[] pts, int[] tri, int n, double x0, double y0, double z0, double x1, double y1, double z1) {
        float ax = (float) x0, ay = (float) y0, az = (float) z0, bx = (float) x1, by = (float) y1, bz = (float) z1;
        int p = 24 * n;
        for (int level = 0; level < 2; level++) {
            float z = level == 0 ? az : bz;
            pts[p++] = ax; pts[p++] = ay; pts[p++] = z;
            pts[p++] = bx; pts[p++] = ay; pts[p++] = z;
            pts[p++] = bx; pts[p++] = by; pts[p++] = z;
            pts[p++] = ax; pts[p++] = by; pts[p++] = z;
        }
        int base = 8 * n, t = 3 * TRIANGLES_PER_BOX * n;
        for (int corner : BOX_TRIANGLES) tri[t++] = base + corner;
    }
}
