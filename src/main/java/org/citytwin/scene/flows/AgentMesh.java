package org.citytwin.scene.flows;

import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

/**
 * Every agent in ONE mesh: a small upright diamond per agent (6 points, 8 faces), coloured through texture
 * coordinates into {@link FlowPalette}. An update rewrites the points and texcoords arrays in place (no allocation
 * unless the agent count outgrows the capacity); slots beyond the count collapse to a point and draw nothing.
 * Coordinates are local-frame metres relative to {@link #setOrigin}, so floats stay small. FX thread only.
 */
public final class AgentMesh {
    static final int POINTS_PER_AGENT = 6;
    static final int FACES_PER_AGENT = 8;
    /** Octahedron faces over points 0 bottom, 1 top, 2..5 around the waist. */
    private static final int[] FACE_TEMPLATE = {0, 2, 3, 0, 3, 4, 0, 4, 5, 0, 5, 2, 1, 3, 2, 1, 4, 3, 1, 5, 4, 1, 2, 5};

    private final TriangleMesh mesh = new TriangleMesh();
    private final MeshView view = new MeshView(mesh);
    private float[] points = new float[0];
    private float[] texCoords = new float[0];
    private int capacity;
    private int shown;
    private final MeshOrigin origin = new MeshOrigin();
    private double width = 0.6, height = 1.7;

    public AgentMesh() {
        // black diffuse + palette self-illumination: exactly the palette colour whatever the light, so agents read
        PhongMaterial material = new PhongMaterial(Color.BLACK);
        material.setSelfIlluminationMap(FlowPalette.image());
        material.setSpecularColor(Color.BLACK);
        view.setMaterial(material);
        view.setCullFace(CullFace.NONE);
        view.setMouseTransparent(true);
        view.setId("flow-agents");
        grow(64);
    }

    public MeshView node() { return view; }

    /** Number of agents drawn by the last update. */
    public int count() { return shown; }

    /** Local-frame point that mesh coordinate 0 stands for; the node is translated there in JavaFX axes. */
    public void setOrigin(double x, double y, double z) {
        origin.moveTo(view, x, y, z);
    }

    /** Agent size in metres (width of the waist, full height); grows with camera distance so crowds read from afar. */
    public void setSize(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double width() { return width; }

    /**
     * Shows {@code n} agents standing at (x, y, z) (local frame, z = feet) with palette entries {@code colour}.
     * The arrays may be longer than n; they are read, never kept.
     */
    public void update(int n, double[] x, double[] y, double[] z, int[] colour) {
        if (n > capacity) grow(Math.max(n, capacity * 2));
        float hw = (float) (width / 2), h = (float) height;
        for (int i = 0; i < n; i++) {
            float ex = origin.east(x[i]), ey = origin.down(z[i]), ez = origin.north(y[i]);
            int p = i * POINTS_PER_AGENT * 3;
            put(p, ex, ey, ez);                       // feet
            put(p + 3, ex, ey - h, ez);               // head
            float waist = ey - h * 0.55f;
            put(p + 6, ex + hw, waist, ez);
            put(p + 9, ex, waist, ez + hw);
            put(p + 12, ex - hw, waist, ez);
            put(p + 15, ex, waist, ez - hw);
            texCoords[2 * i] = FlowPalette.u(colour[i]);
        }
        // slots freed since the last update collapse to one point: degenerate triangles draw nothing
        if (shown > n) java.util.Arrays.fill(points, n * POINTS_PER_AGENT * 3, shown * POINTS_PER_AGENT * 3, 0f);
        int dirty = Math.max(n, shown);
        shown = n;
        mesh.getPoints().set(0, points, 0, dirty * POINTS_PER_AGENT * 3);
        mesh.getTexCoords().set(0, texCoords, 0, dirty * 2);
    }

    private void put(int at, float a, float b, float c) {
        points[at] = a;
        points[at + 1] = b;
        points[at + 2] = c;
    }

    private void grow(int newCapacity) {
        float[] p = new float[newCapacity * POINTS_PER_AGENT * 3];
        System.arraycopy(points, 0, p, 0, points.length);
        float[] t = new float[newCapacity * 2];
        System.arraycopy(texCoords, 0, t, 0, texCoords.length);
        for (int i = capacity; i < newCapacity; i++) t[2 * i + 1] = 0.5f;
        int[] faces = new int[newCapacity * FACES_PER_AGENT * 6];
        for (int i = 0; i < newCapacity; i++) {
            int base = i * FACES_PER_AGENT * 6;
            for (int k = 0; k < FACE_TEMPLATE.length; k++) {
                faces[base + 2 * k] = i * POINTS_PER_AGENT + FACE_TEMPLATE[k];
                faces[base + 2 * k + 1] = i; // one texcoord per agent: its colour
            }
        }
        points = p;
        texCoords = t;
        capacity = newCapacity;
        mesh.getPoints().setAll(points);
        mesh.getTexCoords().setAll(texCoords);
        mesh.getFaces().setAll(faces);
        mesh.getFaceSmoothingGroups().setAll(new int[newCapacity * FACES_PER_AGENT]);
    }
}
