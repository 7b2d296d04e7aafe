package org.citytwin.pipeline.model;

import org.citytwin.model.MeshPart;

/**
 * A proposal model ready to place: its mesh in model metres with x east, y north, z up and the origin at the
 * centre of its footprint on the ground (the file's own origin is kept horizontally, its lowest point becomes z 0),
 * with each triangle's material colour.
 */
public record ImportedModel(String file, MeshPart mesh) {

    public double height() {
        double top = 0;
        double[] v = mesh.vertices();
        for (int i = 2; i < v.length; i += 3) top = Math.max(top, v[i]);
        return top;
    }

    /**
     * The mesh scaled, turned to {@code headingDegrees} (clockwise from north, as a compass) about its origin and
     * moved so that its origin sits at (x, y, z) in the local frame.
     */
    public MeshPart placed(double x, double y, double z, double headingDegrees, double scale) {
        double h = Math.toRadians(headingDegrees), cos = Math.cos(h), sin = Math.sin(h);
        double[] v = mesh.vertices().clone();
        for (int i = 0; i < v.length; i += 3) {
            double e = v[i] * scale, n = v[i + 1] * scale;
            v[i] = x + e * cos + n * sin;
            v[i + 1] = y - e * sin + n * cos;
            v[i + 2] = z + v[i + 2] * scale;
        }
        return new MeshPart(v, mesh.triangles(), null, mesh.triangleLooks(), mesh.looks());
    }
}
