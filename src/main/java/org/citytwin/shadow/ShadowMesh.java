package org.citytwin.shadow;

import earcut4j.Earcut;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.polygon.PolygonTriangulator;

/**
 * Triangles of shade polygons lying on a surface: each corner at the surface height there plus a lift, so the overlay
 * never z-fights with what it lies on. Earcut (with holes) first; JTS's triangulator when earcut leaves area out.
 */
public final class ShadowMesh {

    /** The height of the receiving surface at a plan point (local metres). */
    @FunctionalInterface
    public interface Heights {
        double at(double x, double y);
    }

    /** Local-frame corners (x, y, z triples) and triangles indexing them. */
    public record Mesh(float[] points, int[] triangles) {
        public int triangleCount() {
            return triangles.length / 3;
        }

        public boolean isEmpty() {
            return triangles.length == 0;
        }
    }

    private float[] points = new float[192];
    private int[] triangles = new int[192];
    private int pointCount, indexCount;

    /** Adds the polygons of {@code area} at {@code heights} + {@code lift}. */
    public ShadowMesh add(Geometry area, Heights heights, double lift) {
        for (int g = 0; g < area.getNumGeometries(); g++) {
            if (area.getGeometryN(g) instanceof Polygon p && !p.isEmpty() && p.getArea() > 0) addPolygon(p, heights, lift);
        }
        return this;
    }

    public Mesh build() {
        return new Mesh(java.util.Arrays.copyOf(points, 3 * pointCount), java.util.Arrays.copyOf(triangles, indexCount));
    }

    private void addPolygon(Polygon p, Heights heights, double lift) {
        int rings = 1 + p.getNumInteriorRing();
        int n = 0;
        for (int r = 0; r < rings; r++) n += ring(p, r).getNumPoints() - 1;
        double[] xy = new double[2 * n];
        int[] holes = new int[rings - 1];
        int k = 0;
        for (int r = 0; r < rings; r++) {
            if (r > 0) holes[r - 1] = k;
            Coordinate[] c = ring(p, r).getCoordinates();
            for (int i = 0; i < c.length - 1; i++) {
                xy[2 * k] = c[i].x;
                xy[2 * k + 1] = c[i].y;
                k++;
            }
        }
        List<Integer> tri = Earcut.earcut(xy, holes.length == 0 ? null : holes, 2);
        if (Math.abs(area(xy, tri) - p.getArea()) > 1e-3 * p.getArea() + 1e-6) {
            addTriangles(PolygonTriangulator.triangulate(p), heights, lift); // earcut gave up on a tricky ring
            return;
        }
        int first = pointCount;
        for (int i = 0; i < n; i++) point(xy[2 * i], xy[2 * i + 1], heights.at(xy[2 * i], xy[2 * i + 1]) + lift);
        for (int i : tri) index(first + i);
    }

    private void addTriangles(Geometry triangles, Heights heights, double lift) {
        for (int g = 0; g < triangles.getNumGeometries(); g++) {
            Coordinate[] c = triangles.getGeometryN(g).getCoordinates();
            if (c.length < 4) continue;
            for (int i = 0; i < 3; i++) {
                point(c[i].x, c[i].y, heights.at(c[i].x, c[i].y) + lift);
                index(pointCount - 1);
            }
        }
    }

    private static LineString ring(Polygon p, int r) {
        return r == 0 ? p.getExteriorRing() : p.getInteriorRingN(r - 1);
    }

    private static double area(double[] xy, List<Integer> tri) {
        double sum = 0;
        for (int i = 0; i + 2 < tri.size(); i += 3) {
            int a = 2 * tri.get(i), b = 2 * tri.get(i + 1), c = 2 * tri.get(i + 2);
            sum += Math.abs((xy[b] - xy[a]) * (xy[c + 1] - xy[a + 1]) - (xy[b + 1] - xy[a + 1]) * (xy[c] - xy[a])) / 2;
        }
        return sum;
    }

    private void point(double x, double y, double z) {
        if (3 * pointCount + 3 > points.length) points = java.util.Arrays.copyOf(points, 2 * points.length);
        points[3 * pointCount] = (float) x;
        points[3 * pointCount + 1] = (float) y;
        points[3 * pointCount + 2] = (float) z;
        pointCount++;
    }

    private void index(int i) {
        if (indexCount == triangles.length) triangles = java.util.Arrays.copyOf(triangles, 2 * triangles.length);
        triangles[indexCount++] = i;
    }
}
