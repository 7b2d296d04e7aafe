package org.citytwin.pipeline.tessellate;

import java.util.Arrays;

/**
 * Growable indexed triangle list (double xyz vertices, 3 indices per triangle). One instance is reused
 * for all polygons of one city object, so the arrays grow geometrically and are never shrunk by
 * {@link #clear()}. Not thread-safe: each worker thread owns its buffers.
 */
public final class TriangleBuffer {

    private double[] coords = new double[3 * 64];
    private int[] indices = new int[3 * 64];
    private int vertexCount;
    private int triangleCount;

    public TriangleBuffer() {
    }

    public int vertexCount() {
        return vertexCount;
    }

    public int triangleCount() {
        return triangleCount;
    }

    /** Copy of the vertices, trimmed to size: x0,y0,z0, x1,y1,z1, ... */
    public double[] vertices() {
        return Arrays.copyOf(coords, 3 * vertexCount);
    }

    /** Copy of the triangle indices, trimmed to size: a0,b0,c0, a1,b1,c1, ... */
    public int[] triangles() {
        return Arrays.copyOf(indices, 3 * triangleCount);
    }

    /** Forgets the content but keeps the capacity for the next city object. */
    public void clear() {
        vertexCount = 0;
        triangleCount = 0;
    }

    /** Appends a vertex and returns its index. */
    public int addVertex(double x, double y, double z) {
        int at = 3 * vertexCount;
        if (at + 3 > coords.length) {
            coords = Arrays.copyOf(coords, Math.max(at + 3, 2 * coords.length));
        }
        coords[at] = x;
        coords[at + 1] = y;
        coords[at + 2] = z;
        return vertexCount++;
    }

    /** Appends a triangle of existing vertex indices; the order of a, b, c is its winding. */
    public void addTriangle(int a, int b, int c) {
        if (a < 0 || b < 0 || c < 0 || a >= vertexCount || b >= vertexCount || c >= vertexCount) {
            throw new IndexOutOfBoundsException(
                    "triangle " + a + "," + b + "," + c + " with " + vertexCount + " vertices");
        }
        int at = 3 * triangleCount;
        if (at + 3 > indices.length) {
            indices = Arrays.copyOf(indices, Math.max(at + 3, 2 * indices.length));
        }
        indices[at] = a;
        indices[at + 1] = b;
        indices[at + 2] = c;
        triangleCount++;
    }
}
