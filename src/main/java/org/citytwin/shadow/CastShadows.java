package org.citytwin.shadow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Shadows of {@link CasterSolid}s at one sun direction, on the ground (each caster's own base) and on lower roofs.
 * Instead of unioning every projected triangle ({@link ShadowCaster}), a standing object casts one convex piece per
 * roof triangle: the hull of the triangle and its projection, which is exactly the shadow of the vertical column
 * under it (a column with a planar top is convex, so its projection is the hull of its projected corners). The
 * pieces of a box are its two roof triangles' hulls, not twelve triangles.
 */
public final class CastShadows {

    /**
     * Below this elevation shadows are drawn as at this elevation: a 1° sun stretches a 100 m tower's shadow over
     * 6 km and the whole ground is shade anyway.
     */
    public static final double MIN_ELEVATION = 3;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    /** Pieces smaller than this (m²) are edges seen edge-on: lines, not shade. */
    private static final double SLIVER = 1e-6;

    /** The plan offset of a shadow per metre of height above the receiving plane: away from the sun. */
    public record Ray(double dx, double dy) {
        /** Null when the sun is at or below the horizon: then nothing casts. */
        public static Ray of(SunDirections.Direction sun) {
            if (sun == null || !(sun.elevation() > 0)) return null;
            double az = Math.toRadians(sun.azimuth());
            double reach = 1 / Math.tan(Math.toRadians(Math.max(MIN_ELEVATION, sun.elevation())));
            return new Ray(-Math.sin(az) * reach, -Math.cos(az) * reach);
        }
    }

    private CastShadows() {
    }

    /** The shadow of the casters on the ground, each cast onto the horizontal plane at its own ground height. */
    public static Geometry onGround(Collection<CasterSolid> casters, Ray ray) {
        List<Geometry> pieces = new ArrayList<>();
        for (CasterSolid c : casters) pieces(c, ray, c.ground(), pieces);
        return Unions.of(pieces);
    }

    /** The shadow of the casters' parts above {@code plane}, on that horizontal plane. */
    public static Geometry onPlane(Collection<CasterSolid> casters, Ray ray, double plane) {
        List<Geometry> pieces = new ArrayList<>();
        for (CasterSolid c : casters) pieces(c, ray, plane, pieces);
        return Unions.of(pieces);
    }

    /**
     * The shade on a receiver's roof: what the other casters' parts above the roof throw onto the plane at its height,
     * clipped to its plan. Casters not reaching above the roof are skipped; so is the receiver itself.
     */
    public static Geometry onRoof(CasterSolid roof, Collection<CasterSolid> others, Ray ray) {
        if (!roof.receives()) return GEOMETRY.createPolygon();
        double z = roof.roofZ();
        List<Geometry> pieces = new ArrayList<>();
        for (CasterSolid c : others) {
            if (c == roof || c.top() <= z + CasterSolid.FLAT / 3) continue;
            pieces(c, ray, z, pieces);
        }
        if (pieces.isEmpty()) return GEOMETRY.createPolygon();
        return Unions.intersection(Unions.of(pieces), roof.plan());
    }

    /** Adds the convex shadow pieces of one caster's parts above {@code plane} to {@code out}. */
    static void pieces(CasterSolid c, Ray ray, double plane, List<Geometry> out) {
        double[] t = c.triangles();
        boolean columns = c.mode() == CasterSolid.Mode.COLUMNS;
        double[] xs = new double[16], ys = new double[16];
        double[] clipped = new double[12];
        for (int i = 0; i < t.length; i += 9) {
            int n = clipAbove(t, i, plane, clipped);
            if (n < 3) continue;
            int m = 0;
            for (int k = 0; k < n; k++) {
                double x = clipped[3 * k], y = clipped[3 * k + 1], up = clipped[3 * k + 2] - plane;
                if (columns) {
                    xs[m] = x;
                    ys[m++] = y;
                }
                xs[m] = x + ray.dx() * up;
                ys[m++] = y + ray.dy() * up;
            }
            Coordinate[] hull = ConvexHulls.of(xs, ys, m);
            if (hull == null) continue;
            Geometry piece = GEOMETRY.createPolygon(hull);
            if (piece.getArea() > SLIVER) out.add(piece);
        }
    }

    /**
     * Sutherland–Hodgman of triangle {@code t[i..i+8]} against z ≥ plane into {@code out} (x, y, z triples); returns
     * the corner count (0, 3 or 4).
     */
    private static int clipAbove(double[] t, int i, double plane, double[] out) {
        int n = 0;
        for (int k = 0; k < 3; k++) {
            int a = i + 3 * k, b = i + 3 * ((k + 1) % 3);
            boolean aIn = t[a + 2] >= plane, bIn = t[b + 2] >= plane;
            if (aIn) {
                out[3 * n] = t[a];
                out[3 * n + 1] = t[a + 1];
                out[3 * n + 2] = t[a + 2];
                n++;
            }
            if (aIn != bIn) {
                double s = (plane - t[a + 2]) / (t[b + 2] - t[a + 2]);
                out[3 * n] = t[a] + s * (t[b] - t[a]);
                out[3 * n + 1] = t[a + 1] + s * (t[b + 1] - t[a + 1]);
                out[3 * n + 2] = plane;
                n++;
            }
        }
        return n;
    }
}
