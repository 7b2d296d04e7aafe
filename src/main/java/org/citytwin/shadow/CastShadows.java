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
        // most pieces fall beside the roof: drop them by their bounds before any overlay
        org.locationtech.jts.geom.Envelope plan = roof.plan().getEnvelopeInternal();
        pieces.removeIf(p -> !p.getEnvelopeInternal().intersects(plan));
        if (pieces.isEmpty()) return GEOMETRY.createPolygon();
        return Unions.intersection(Unions.of(pieces), roof.plan());
    }

    /** Adds the convex shadow pieces of one caster's parts above {@code plane} to {@code out}. */
    static void pieces(CasterSolid c, Ray ray, double plane, List<Geometry> out) {
        boolean columns = c.mode() == CasterSolid.Mode.COLUMNS;
        for (double[] part : c.parts()) {
            double[] clipped = clipAbove(part, plane);
            int n = clipped.length / 3;
            if (n < 3) continue;
            double[] xs = new double[2 * n], ys = new double[2 * n];
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

    /** Sutherland–Hodgman of a convex polygon (x, y, z triples) against z ≥ plane; the whole part when all above. */
    private static double[] clipAbove(double[] p, double plane) {
        int n = p.length / 3;
        boolean all = true;
        for (int k = 0; k < n && all; k++) all = p[3 * k + 2] >= plane;
        if (all) return p;
        double[] out = new double[3 * (n + 1)];
        int m = 0;
        for (int k = 0; k < n; k++) {
            int a = 3 * k, b = 3 * ((k + 1) % n);
            boolean aIn = p[a + 2] >= plane, bIn = p[b + 2] >= plane;
            if (aIn) {
                System.arraycopy(p, a, out, 3 * m++, 3);
            }
            if (aIn != bIn) {
                double s = (plane - p[a + 2]) / (p[b + 2] - p[a + 2]);
                out[3 * m] = p[a] + s * (p[b] - p[a]);
                out[3 * m + 1] = p[a + 1] + s * (p[b + 1] - p[a + 1]);
                out[3 * m + 2] = plane;
                m++;
            }
        }
        return java.util.Arrays.copyOf(out, 3 * m);
    }
}
