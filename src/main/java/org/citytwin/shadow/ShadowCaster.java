package org.citytwin.shadow;

import java.util.ArrayList;
import java.util.List;
import org.citytwin.model.MeshPart;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * The shadow of meshes (local metres, x east, y north, z up) on a horizontal plane at height {@code plane}:
 * each triangle's part above the plane is projected along the sun ray, unioned per object, then over all.
 */
public final class ShadowCaster {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private ShadowCaster() {
    }

    /** Empty when the sun is at or below the horizon: then nothing counts as shadow (night is not 日影). */
    public static Geometry shadow(List<MeshPart> casters, SunDirections.Direction sun, double plane) {
        if (sun.elevation() <= 0) return GEOMETRY.createPolygon();
        double az = Math.toRadians(sun.azimuth());
        double reach = 1 / Math.tan(Math.toRadians(sun.elevation()));
        // Offset per metre above the plane: away from the sun.
        double dx = -Math.sin(az) * reach, dy = -Math.cos(az) * reach;
        List<Geometry> perObject = new ArrayList<>();
        for (MeshPart mesh : casters) {
            Geometry g = objectShadow(mesh, dx, dy, plane);
            if (!g.isEmpty()) perObject.add(g);
        }
        return union(perObject);
    }

    /** The plan of the casting solids seen from above: the ground they stand on, which no study measures. */
    public static Geometry footprint(List<MeshPart> casters) {
        List<Geometry> plans = new ArrayList<>();
        for (MeshPart mesh : casters) {
            Geometry g = objectShadow(mesh, 0, 0, -Double.MAX_VALUE); // straight down, every triangle (finite: 0 x inf is NaN)
            if (!g.isEmpty()) plans.add(g);
        }
        return union(plans);
    }

    static Geometry objectShadow(MeshPart mesh, double dx, double dy, double plane) {
        double[] v = mesh.vertices();
        int[] t = mesh.triangles();
        List<Geometry> pieces = new ArrayList<>();
        for (int i = 0; i + 2 < t.length; i += 3) {
            List<double[]> above = clipAbove(new double[][] {vertex(v, t[i]), vertex(v, t[i + 1]), vertex(v, t[i + 2])}, plane);
            if (above.size() < 3) continue;
            Coordinate[] ring = new Coordinate[above.size() + 1];
            for (int k = 0; k < above.size(); k++) {
                double[] p = above.get(k);
                double up = p[2] - plane;
                ring[k] = new Coordinate(p[0] + dx * up, p[1] + dy * up);
            }
            ring[above.size()] = ring[0].copy();
            Polygon piece = GEOMETRY.createPolygon(ring);
            if (piece.getArea() < 1e-6) continue; // edge-on to the sun: casts a line, not an area
            pieces.add(piece.isValid() ? piece : piece.buffer(0));
        }
        return union(pieces);
    }

    private static Geometry union(List<Geometry> parts) {
        if (parts.isEmpty()) return GEOMETRY.createPolygon();
        try {
            Geometry u = CascadedPolygonUnion.union(parts);
            return u == null ? GEOMETRY.createPolygon() : u;
        } catch (RuntimeException topologyTrouble) {
            // Near-coincident edges can defeat the fast union; the robust overlay snaps and still succeeds.
            Geometry u = GEOMETRY.createPolygon();
            for (Geometry g : parts) u = OverlayNGRobust.overlay(u, g, org.locationtech.jts.operation.overlayng.OverlayNG.UNION);
            return u;
        }
    }

    private static double[] vertex(double[] v, int index) {
        return new double[] {v[3 * index], v[3 * index + 1], v[3 * index + 2]};
    }

    /** Sutherland–Hodgman against z ≥ plane: the part of the triangle that can cast onto the plane. */
    private static List<double[]> clipAbove(double[][] polygon, double plane) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < polygon.length; i++) {
            double[] a = polygon[i], b = polygon[(i + 1) % polygon.length];
            boolean aIn = a[2] >= plane, bIn = b[2] >= plane;
            if (aIn) out.add(a);
            if (aIn != bIn) {
                double s = (plane - a[2]) / (b[2] - a[2]);
                out.add(new double[] {a[0] + s * (b[0] - a[0]), a[1] + s * (b[1] - a[1]), plane});
            }
        }
        return out;
    }
}
