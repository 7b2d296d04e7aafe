package org.citytwin.scene.flows;

import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

/**
 * Every agent's recent path in ONE mesh: a flat ribbon just above the floor along each polyline, its colour the
 * agent's palette entry and its opacity fading with age (texture v runs from opaque, newest, to clear, oldest).
 * Arrays are rewritten in place; unused slots collapse to a point. FX thread only.
 */
public final class TrailMesh {
    private static final int FADE_ROWS = 8;
    private static final float LIFT = 0.08f;
    private static final WritableImage FADING = fadingPalette(false), FADING_GLOW = fadingPalette(true);

    private final TriangleMesh mesh = new TriangleMesh();
    private final MeshView view = new MeshView(mesh);
    private float[] points = new float[0];
    private float[] tex = new float[0];
    private int capacity; // vertices of polylines
    private int shown;
    private final MeshOrigin origin = new MeshOrigin();
    private double width = 0.3;

    public TrailMesh() {
        // black diffuse carries only the map's alpha; the colour comes unlit from self-illumination
        PhongMaterial m = new PhongMaterial(Color.BLACK);
        m.setDiffuseMap(FADING);
        m.setSelfIlluminationMap(FADING_GLOW); // premultiplied: Prism adds it as is
        m.setSpecularColor(Color.BLACK);
        view.setMaterial(m);
        view.setCullFace(CullFace.NONE);
        view.setMouseTransparent(true);
        view.setId("flow-trails");
        grow(256);
    }

    public MeshView node() { return view; }

    public void setOrigin(double x, double y, double z) {
        origin.moveTo(view, x, y, z);
    }

    public void setWidth(double metres) { width = metres; }

    /** Polyline vertices drawn by the last update. */
    public int vertexCount() { return shown; }

    /**
     * Draws {@code lines} polylines; polyline k has vertices {@code start[k] .. start[k]+length[k]-1} of the x/y/z/age
     * arrays (age 0 newest … 1 oldest), in palette colour {@code colour[k]}. Consecutive polylines must not overlap.
     */
    public void update(int lines, int[] start, int[] length, double[] x, double[] y, double[] z, float[] age, int[] colour) {
        int n = 0;
        for (int k = 0; k < lines; k++) n += length[k];
        if (n > capacity) grow(Math.max(n, capacity * 2));
        float hw = (float) (width / 2);
        int v = 0;
        for (int k = 0; k < lines; k++) {
            float u = FlowPalette.u(colour[k]);
            int first = v;
            for (int j = 0; j < length[k]; j++, v++) {
                int i = start[k] + j;
                // ribbon sideways = perpendicular to the local direction of travel, in the horizontal plane
                int a = Math.max(start[k], i - 1), b = Math.min(start[k] + length[k] - 1, i + 1);
                double dx = x[b] - x[a], dy = y[b] - y[a], len = Math.hypot(dx, dy);
                float sx = len > 1e-9 ? (float) (-dy / len) * hw : 0, sy = len > 1e-9 ? (float) (dx / len) * hw : 0;
                float ex = origin.east(x[i]), ey = origin.down(z[i]) - LIFT, ez = origin.north(y[i]);
                int p = v * 6;
                points[p] = ex + sx;
                points[p + 1] = ey;
                points[p + 2] = ez + sy;
                points[p + 3] = ex - sx;
                points[p + 4] = ey;
                points[p + 5] = ez - sy;
                float fade = (Math.max(0, Math.min(1, age[i])) * (FADE_ROWS - 1) + 0.5f) / FADE_ROWS;
                tex[v * 4] = u;
                tex[v * 4 + 1] = fade;
                tex[v * 4 + 2] = u;
                tex[v * 4 + 3] = fade;
            }
            // the ribbon's last vertex is not joined to the next polyline's first: see faces below
            if (v > first) lastOfLine[v - 1] = true;
        }
        if (shown > n) java.util.Arrays.fill(points, n * 6, shown * 6, 0f);
        int dirty = Math.max(n, shown);
        shown = n;
        if (layoutChanged(lines, length, n)) rebuildFaces(n); // same trail lengths as last time: faces stay
        mesh.getPoints().set(0, points, 0, dirty * 6);
        mesh.getTexCoords().set(0, tex, 0, dirty * 4);
        java.util.Arrays.fill(lastOfLine, 0, n, false);
    }

    private boolean[] lastOfLine = new boolean[0];
    private int[] lastLengths = new int[0];
    private int lastLines = -1, lastVertices = -1;

    private boolean layoutChanged(int lines, int[] length, int n) {
        boolean same = lines == lastLines && n == lastVertices && java.util.Arrays.equals(length, 0, lines, lastLengths, 0, Math.min(lines, lastLengths.length));
        if (same) return false;
        if (lastLengths.length < lines) lastLengths = new int[Math.max(lines, lastLengths.length * 2)];
        System.arraycopy(length, 0, lastLengths, 0, lines);
        lastLines = lines;
        lastVertices = n;
        return true;
    }
    private int[] faces = new int[0];

    /** Two triangles between consecutive vertices of the same polyline; joins across polylines are degenerate. */
    private void rebuildFaces(int n) {
        int f = 0;
        for (int v = 0; v + 1 < capacity; v++) {
            boolean join = v + 1 < n && !lastOfLine[v];
            int a = join ? 2 * v : 0, b = join ? 2 * v + 1 : 0, c = join ? 2 * v + 2 : 0, d = join ? 2 * v + 3 : 0;
            f = corner(f, a);
            f = corner(f, b);
            f = corner(f, c);
            f = corner(f, b);
            f = corner(f, d);
            f = corner(f, c);
        }
        mesh.getFaces().set(0, faces, 0, f);
    }

    /** One face corner: point index and the texcoord of the same index. */
    private int corner(int at, int point) {
        faces[at] = point;
        faces[at + 1] = point;
        return at + 2;
    }

    private void grow(int newCapacity) {
        float[] p = new float[newCapacity * 6];
        System.arraycopy(points, 0, p, 0, points.length);
        float[] t = new float[newCapacity * 4];
        System.arraycopy(tex, 0, t, 0, tex.length);
        points = p;
        tex = t;
        capacity = newCapacity;
        lastOfLine = new boolean[newCapacity];
        lastLines = -1; // faces must be rebuilt for the new capacity
        faces = new int[(newCapacity - 1) * 12];
        mesh.getPoints().setAll(points);
        mesh.getTexCoords().setAll(tex);
        mesh.getFaces().setAll(faces);
        mesh.getFaceSmoothingGroups().setAll(new int[(newCapacity - 1) * 2]);
    }

    /** The agent palette repeated in rows of falling opacity: row 0 opaque-ish, the last row clear. */
    private static WritableImage fadingPalette(boolean premultiplied) {
        WritableImage src = FlowPalette.image();
        int w = (int) src.getWidth();
        WritableImage img = new WritableImage(w, FADE_ROWS);
        for (int r = 0; r < FADE_ROWS; r++) {
            double alpha = 0.7 * (1 - r / (FADE_ROWS - 1.0));
            for (int c = 0; c < w; c++) {
                Color col = src.getPixelReader().getColor(c, 0);
                double k = premultiplied ? alpha : 1;
                img.getPixelWriter().setColor(c, r, Color.color(col.getRed() * k, col.getGreen() * k, col.getBlue() * k,
                        premultiplied ? 1 : alpha));
            }
        }
        return img;
    }
}
