package org.citytwin.pipeline.tessellate;

import java.util.Arrays;

/**
 * Growable indexed triangle list (double xyz vertices, 3 indices per triangle), optionally with texture
 * coordinates per vertex and a look index per triangle; those arrays exist only once used, so untextured
 * data costs nothing extra. One instance is reused
 * for all polygons of one city object, so the arrays grow geometrically and are never shrunk by
 * {@link #clear()}. Not thread-safe: each worker thread owns its buffers.
 */
public final class TriangleBuffer {

    private double[] coords = new double[3 * 64];
    private int[] indices = new int[3 * 64];
    private int vertexCount;
    private int triangleCount;
    private float[] tex;          // s,t per vertex; null until a textured vertex arrives
    private int[] looks;          // look per triangle; null until a look other than -1 is set
    private int look = -1;

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

    /** Copy of the texture coordinates (s,t per vertex), or null when no vertex had any. */
    public float[] texCoords() {
        return tex == null ? null : Arrays.copyOf(tex, 2 * vertexCount);
    }

    /** Copy of the look index per triangle (-1 = none), or null when no triangle had a look. */
    public int[] triangleLooks() {
        return looks == null ? null : Arrays.copyOf(looks, triangleCount);
    }

    /** The look index given to the triangles added from now on (-1 = none). */
    public void setLook(int look) {
        this.look = look;
    }

    /** Forgets the content but keeps the capacity for the next city object. */
    public void clear() {
        vertexCount = 0;
        triangleCount = 0;
        look = -1;
        tex = null;
        looks = null;
    }

    /** Appends a vertex with texture coordinates and returns its index. */
    public int addVertex(double x, double y, double z, double s, double t) {
        int v = addVertex(x, y, z);
        if (tex == null) tex = new float[coords.length / 3 * 2];
        if (2 * v + 2 > tex.length) tex = Arrays.copyOf(tex, Math.max(2 * v + 2, coords.length / 3 * 2));
        tex[2 * v] = (float) s;
        tex[2 * v + 1] = (float) t;
        return v;
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
        if (look >= 0 && looks == null) {
            looks = new int[Math.max(16, indices.length / 3)];
            Arrays.fill(looks, -1);
        }
        if (looks != null) {
            if (triangleCount >= looks.length) {
                int old = looks.length;
                looks = Arrays.copyOf(looks, Math.max(triangleCount + 1, 2 * old));
                Arrays.fill(looks, old, looks.length, -1);
            }
            looks[triangleCount] = look;
        }
        triangleCount++;
    }
}
