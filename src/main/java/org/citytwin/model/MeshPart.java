package org.citytwin.model;

/**
 * Triangulated geometry of one city object at one LOD, in the local metric frame
 * (x east, y north, z up, metres, doubles). Triangles index into the vertex triples.
 */
public record MeshPart(double[] vertices, int[] triangles) {

    public static final MeshPart EMPTY = new MeshPart(new double[0], new int[0]);

    public int vertexCount() {
        return vertices.length / 3;
    }

    public int triangleCount() {
        return triangles.length / 3;
    }

    public boolean isEmpty() {
        return triangles.length == 0;
    }
}
