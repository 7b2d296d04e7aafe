package org.citytwin.pipeline.tile;

import java.util.List;
import org.citytwin.model.FeatureKind;

/**
 * Merged triangle mesh of many objects of one feature kind inside one spatial tile: one draw call.
 * Points are float xyz in the local frame (x east, y north, z up); the scene converts axes.
 * {@code faceObject[f]} is the index into {@code objectIds} of the object owning triangle f, so a
 * pick or highlight still resolves to one building.
 */
public record TileMesh(FeatureKind kind, int tileX, int tileY, float[] points, int[] triangles,
                       int[] faceObject, List<String> objectIds) {

    public int triangleCount() {
        return triangles.length / 3;
    }

    public int vertexCount() {
        return points.length / 3;
    }
}
