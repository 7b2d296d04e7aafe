package org.citytwin.ui.study;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.TriangleMesh;
import org.citytwin.shadow.ShadowHours;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.polygon.ConstrainedDelaunayTriangulator;

/**
 * Flat meshes on a horizontal plane for the study overlay, in the scene's node space (x east, −z up, y north):
 * grid cells of one hours band, polygons triangulated, and lines as thin ribbons (JavaFX 3D draws no lines).
 */
final class PlanMeshes {
    private final List<Float> points = new ArrayList<>();
    private final List<Integer> faces = new ArrayList<>();
    private final double z;

    private PlanMeshes(double z) {
        this.z = z;
    }

    /** The cells whose hours lie in [lo, hi): one quad per run of such cells along a row. */
    static TriangleMesh band(ShadowHours.Grid g, double lo, double hi, double z) {
        PlanMeshes m = new PlanMeshes(z);
        double eps = 1e-9, s = g.spacing();
        for (int j = 0; j < g.ny(); j++) {
            int i = 0;
            while (i < g.nx()) {
                if (!in(g.at(i, j), lo, hi, eps)) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < g.nx() && in(g.at(i, j), lo, hi, eps)) i++;
                m.quad(g.x0() + start * s, g.y0() + j * s, g.x0() + i * s, g.y0() + (j + 1) * s);
            }
        }
        return m.mesh();
    }

    private static boolean in(double h, double lo, double hi, double eps) {
        return h + eps >= lo && h + eps < hi; // the same tolerance as ShadowHours.contours
    }

    /** Polygons (holes kept) as triangles. */
    static TriangleMesh fill(Geometry polygons, double z) {
        PlanMeshes m = new PlanMeshes(z);
        for (int i = 0; i < polygons.getNumGeometries(); i++) {
            if (!(polygons.getGeometryN(i) instanceof Polygon p) || p.isEmpty()) continue;
            Geometry triangles = ConstrainedDelaunayTriangulator.triangulate(p);
            for (int k = 0; k < triangles.getNumGeometries(); k++) {
                Coordinate[] c = triangles.getGeometryN(k).getCoordinates();
                if (c.length >= 3) m.triangle(c[0].x, c[0].y, c[1].x, c[1].y, c[2].x, c[2].y);
            }
        }
        return m.mesh();
    }

    /** Every line of the geometry (a polygon's rings too) as a ribbon {@code width} wide, its joints covered. */
    static TriangleMesh ribbons(Geometry lines, double z, double width) {
        PlanMeshes m = new PlanMeshes(z);
        for (LineString l : lineStrings(lines)) {
            Coordinate[] c = l.getCoordinates();
            for (int i = 1; i < c.length; i++) m.segment(c[i - 1], c[i], width / 2);
        }
        return m.mesh();
    }

    static List<LineString> lineStrings(Geometry g) {
        List<LineString> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                out.add(p.getExteriorRing());
                for (int k = 0; k < p.getNumInteriorRing(); k++) out.add(p.getInteriorRingN(k));
            } else if (part instanceof LineString l && !l.isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }

    /** A quad from a to b, half-width h, reaching h past both ends so that consecutive segments meet. */
    private void segment(Coordinate a, Coordinate b, double h) {
        double dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy);
        if (len < 1e-9) return;
        double ux = dx / len * h, uy = dy / len * h, nx = -uy, ny = ux;
        double ax = a.x - ux, ay = a.y - uy, bx = b.x + ux, by = b.y + uy;
        int base = vertex(ax + nx, ay + ny);
        vertex(bx + nx, by + ny);
        vertex(bx - nx, by - ny);
        vertex(ax - nx, ay - ny);
        face(base, base + 1, base + 2);
        face(base, base + 2, base + 3);
    }

    private void quad(double x0, double y0, double x1, double y1) {
        int base = vertex(x0, y0);
        vertex(x1, y0);
        vertex(x1, y1);
        vertex(x0, y1);
        face(base, base + 1, base + 2);
        face(base, base + 2, base + 3);
    }

    private void triangle(double ax, double ay, double bx, double by, double cx, double cy) {
        int base = vertex(ax, ay);
        vertex(bx, by);
        vertex(cx, cy);
        face(base, base + 1, base + 2);
    }

    private int vertex(double x, double y) {
        points.add((float) x);
        points.add((float) -z);
        points.add((float) y);
        return points.size() / 3 - 1;
    }

    private void face(int a, int b, int c) {
        faces.add(a);
        faces.add(b);
        faces.add(c);
    }

    private TriangleMesh mesh() {
        TriangleMesh mesh = new TriangleMesh();
        float[] p = new float[points.size()];
        for (int i = 0; i < p.length; i++) p[i] = points.get(i);
        int[] f = new int[faces.size() * 2];
        for (int i = 0; i < faces.size(); i++) f[2 * i] = faces.get(i); // texture index 0: the one colour
        mesh.getPoints().setAll(p);
        mesh.getTexCoords().setAll(0.5f, 0.5f);
        mesh.getFaces().setAll(f);
        return mesh;
    }
}
