package org.citytwin.model;

import java.util.List;

/**
 * Triangulated geometry of one city object at one LOD, in the local metric frame
 * (x east, y north, z up, metres, doubles). Triangles index into the vertex triples.
 * <p>
 * Appearance is optional and costs nothing for untextured data (null arrays, empty list):
 * {@code triangleLooks[t]} indexes {@code looks} (-1 = the kind's colour) and {@code texCoords} holds
 * s,t per vertex in CityGML's convention (origin bottom-left of the image), meaningful for vertices of
 * textured triangles only.
 */
public record MeshPart(double[] vertices, int[] triangles, float[] texCoords, int[] triangleLooks,
                       List<SurfaceLook> looks) {

    public static final MeshPart EMPTY = new MeshPart(new double[0], new int[0]);

    /** Geometry without appearance. */
    public MeshPart(double[] vertices, int[] triangles) {
        this(vertices, triangles, null, null, List.of());
    }

    public int vertexCount() {
        return vertices.length / 3;
    }

    public int triangleCount() {
        return triangles.length / 3;
    }

    public boolean isEmpty() {
        return triangles.length == 0;
    }

    /** True when some triangle has a texture or material colour of its own. */
    public boolean hasLooks() {
        return triangleLooks != null && !looks.isEmpty();
    }

    /** The look of triangle t, or null for the kind's colour. */
    public SurfaceLook lookOf(int t) {
        if (triangleLooks == null) return null;
        int i = triangleLooks[t];
        return i < 0 ? null : looks.get(i);
    }

    /** Number of triangles drawn with a texture image. */
    public int texturedTriangleCount() {
        if (!hasLooks()) return 0;
        int n = 0;
        for (int i : triangleLooks) if (i >= 0 && looks.get(i).isTextured()) n++;
        return n;
    }
}
