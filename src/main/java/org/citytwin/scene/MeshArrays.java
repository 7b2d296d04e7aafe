package org.citytwin.scene;

import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * The arrays of a tile's two-sided JavaFX mesh ({@link TileMeshViews#toTriangleMesh}) and its bounding sphere, made
 * from the tile alone: any thread may build them, so a progressive load builds them in the background and the FX
 * thread only hands finished arrays to a TriangleMesh. Immutable once built (nobody writes the arrays).
 */
record MeshArrays(float[] points, float[] texCoords, int[] faces, int[] smoothing, TileCulling.Sphere sphere) {
    /** Builds every array for the tile (no JavaFX objects: safe off the FX thread). */
    static MeshArrays of(TileMesh tile) {
        return new MeshArrays(TileMeshViews.fxPoints(tile), TileMeshViews.texCoords(tile), TileMeshViews.faces(tile),
                new int[2 * tile.triangleCount()], TileCulling.sphereOf(tile.points()));
    }

    /** The JavaFX mesh of these arrays. FX thread (the mesh joins the scene). */
    TriangleMesh toTriangleMesh() {
        TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_TEXCOORD);
        mesh.getPoints().setAll(points);
        mesh.getTexCoords().setAll(texCoords);
        mesh.getFaces().setAll(faces);
        // Smoothing group 0 for every face = flat shading (hard edges between walls and roofs).
        mesh.getFaceSmoothingGroups().setAll(smoothing);
        return mesh;
    }
}
