package org.citytwin.scene;

import java.util.List;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;

/** Synthetic tile meshes for scene tests: axis-aligned boxes in the local frame (x east, y north, z up). */
public final class TestMeshes {
    private TestMeshes() {
    }

    public static TileMesh box(FeatureKind kind, double x0, double y0, double z0, double x1, double y1, double z1) {
        float[] p = new float[24];
        for (int i = 0; i < 8; i++) {
            p[3 * i] = (float) ((i & 1) == 0 ? x0 : x1);
            p[3 * i + 1] = (float) ((i & 2) == 0 ? y0 : y1);
            p[3 * i + 2] = (float) ((i & 4) == 0 ? z0 : z1);
        }
        // 12 triangles; some deliberately wound inward like real PLATEAU rings
        int[] t = {0, 2, 1, 1, 2, 3, 4, 5, 6, 5, 7, 6, 0, 1, 4, 1, 5, 4, 2, 6, 3, 3, 6, 7, 0, 4, 2, 2, 4, 6, 1, 3, 5, 3, 7, 5};
        return new TileMesh(kind, 0, 0, p, t, new int[12], List.of(kind.name() + "-box"));
    }

    /** Centre (x, y) of a mesh's bounding box. */
    public static double[] centre(org.citytwin.model.MeshPart mesh) {
        org.citytwin.model.Envelope e = new org.citytwin.model.Envelope();
        e.includeAll(mesh.vertices(), mesh.vertices().length);
        return new double[] {e.centerX(), e.centerY()};
    }

    public static double highest(org.citytwin.model.MeshPart mesh) {
        double z = -Double.MAX_VALUE;
        for (int i = 2; i < mesh.vertices().length; i += 3) z = Math.max(z, mesh.vertices()[i]);
        return z;
    }

    public static double lowest(org.citytwin.model.MeshPart mesh) {
        double z = Double.MAX_VALUE;
        for (int i = 2; i < mesh.vertices().length; i += 3) z = Math.min(z, mesh.vertices()[i]);
        return z;
    }
}
