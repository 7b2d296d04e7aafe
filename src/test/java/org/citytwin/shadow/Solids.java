package org.citytwin.shadow;

import org.citytwin.model.MeshPart;

/** Closed test meshes in local metres (x east, y north, z up), with mixed windings as real data has. */
final class Solids {

    private Solids() {
    }

    static MeshPart box(double x0, double y0, double x1, double y1, double z0, double z1) {
        double[] v = {x0, y0, z0, x1, y0, z0, x1, y1, z0, x0, y1, z0, x0, y0, z1, x1, y0, z1, x1, y1, z1, x0, y1, z1};
        int[] t = {0, 2, 1, 0, 3, 2, // floor
                4, 5, 6, 4, 6, 7, // roof
                0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7};
        return new MeshPart(v, t);
    }

    /** A house with walls to {@code eaves} and a gable roof whose ridge runs east–west at {@code ridge}. */
    static MeshPart gable(double x0, double y0, double x1, double y1, double z0, double eaves, double ridge) {
        double ym = (y0 + y1) / 2;
        double[] v = {x0, y0, z0, x1, y0, z0, x1, y1, z0, x0, y1, z0, x0, y0, eaves, x1, y0, eaves, x1, y1, eaves,
                x0, y1, eaves, x0, ym, ridge, x1, ym, ridge};
        int[] t = {0, 2, 1, 0, 3, 2, // floor
                0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7, // walls
                4, 5, 9, 4, 9, 8, 7, 9, 6, 7, 8, 9, // roof slopes (south, north)
                4, 8, 7, 5, 6, 9}; // gable ends
        return new MeshPart(v, t);
    }

    /** Two meshes as one object. */
    static MeshPart join(MeshPart a, MeshPart b) {
        double[] v = new double[a.vertices().length + b.vertices().length];
        System.arraycopy(a.vertices(), 0, v, 0, a.vertices().length);
        System.arraycopy(b.vertices(), 0, v, a.vertices().length, b.vertices().length);
        int[] t = new int[a.triangles().length + b.triangles().length];
        System.arraycopy(a.triangles(), 0, t, 0, a.triangles().length);
        for (int i = 0; i < b.triangles().length; i++) t[a.triangles().length + i] = b.triangles()[i] + a.vertexCount();
        return new MeshPart(v, t);
    }
}
