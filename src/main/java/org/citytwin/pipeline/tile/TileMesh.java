package org.citytwin.pipeline.tile;

import java.util.List;
import org.citytwin.model.FeatureKind;

/**
 * Merged triangle mesh of many objects of one feature kind inside one spatial tile: one draw call.
 * Points are float xyz in the local frame (x east, y north, z up); the scene converts axes.
 * {@code faceObject[f]} is the index into {@code objectIds} of the object owning triangle f, so a
 * pick or highlight still resolves to one building.
 * <p>
 * A textured tile mesh also has {@code texCoords} (u,v per vertex into the atlas, origin top-left as JavaFX
 * expects) and its {@code atlas}; both are null for untextured meshes, which keep one flat colour per kind.
 * {@code sourceFile} is the file all its objects were read from (meshes never mix files, so the layers panel can
 * style one file's kind alone); null for meshes made outside a load.
 */
public record TileMesh(FeatureKind kind, int tileX, int tileY, float[] points, int[] triangles,
                       int[] faceObject, List<String> objectIds, float[] texCoords, TextureAtlas atlas, String sourceFile) {

    /** A mesh of no particular file. */
    public TileMesh(FeatureKind kind, int tileX, int tileY, float[] points, int[] triangles, int[] faceObject,
                    List<String> objectIds, float[] texCoords, TextureAtlas atlas) {
        this(kind, tileX, tileY, points, triangles, faceObject, objectIds, texCoords, atlas, null);
    }

    /** An untextured mesh. */
    public TileMesh(FeatureKind kind, int tileX, int tileY, float[] points, int[] triangles, int[] faceObject,
                    List<String> objectIds) {
        this(kind, tileX, tileY, points, triangles, faceObject, objectIds, null, null, null);
    }

    public boolean isTextured() {
        return atlas != null && texCoords != null;
    }

    public int triangleCount() {
        return triangles.length / 3;
    }

    public int vertexCount() {
        return points.length / 3;
    }
}
