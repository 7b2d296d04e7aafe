package org.citytwin.shadow;

import java.util.ArrayList;
import java.util.List;
import org.citytwin.model.MeshPart;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * One object prepared for casting shadows, once per data change (local metres, x east, y north, z up). A standing
 * object ({@link Mode#COLUMNS}: buildings, proposals) is taken as filled from its base up to its roof: only its
 * non-vertical triangles above the base are kept, each standing for the vertical column under it, whose shadow is
 * the convex hull of the triangle and its projection. A hanging object ({@link Mode#SURFACES}: a bridge deck over a
 * street) keeps every triangle and casts exactly what it is, so the street under it stays lit where the sun reaches.
 * <p>
 * Coplanar triangles are merged into convex parts first ({@link ConvexParts}): a flat rectangular roof casts one
 * piece, not two. The plan (roof parts seen from above) and the roof height make the object a receiver of others' shadows.
 */
public final class CasterSolid {

    public enum Mode { COLUMNS, SURFACES }

    /** A triangle this steep or steeper (|n·z| below this) is a wall: its column has no area. */
    private static final double WALL = 0.05;
    /** Roof triangles within this of the base are floors: their columns have no height. */
    private static final double FLOOR = 0.05;
    /** A roof whose heights span less than this is drawn flat at its top. */
    public static final double FLAT = 0.3;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final String id;
    private final Mode mode;
    private final double base, top, ground;
    private final List<double[]> parts; // convex planar polygons, x y z triples
    private final Geometry plan;
    private final double roofZ;
    private final boolean flatRoof;

    private CasterSolid(String id, Mode mode, double base, double top, double ground, List<double[]> parts, Geometry plan,
            double roofZ, boolean flatRoof) {
        this.id = id;
        this.mode = mode;
        this.base = base;
        this.ground = ground;
        this.top = top;
        this.parts = parts;
        this.plan = plan;
        this.roofZ = roofZ;
        this.flatRoof = flatRoof;
    }

    /** Null when the mesh has nothing that can cast (empty, or all walls). */
    public static CasterSolid of(String id, MeshPart mesh, Mode mode) {
        double[] v = mesh.vertices();
        int[] t = mesh.triangles();
        if (t.length == 0) return null;
        double base = Double.POSITIVE_INFINITY, top = Double.NEGATIVE_INFINITY;
        for (int i = 2; i < v.length; i += 3) {
            base = Math.min(base, v[i]);
            top = Math.max(top, v[i]);
        }
        List<double[]> kept = new ArrayList<>();
        double roofMin = Double.POSITIVE_INFINITY, roofMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i + 2 < t.length; i += 3) {
            int a = 3 * t[i], b = 3 * t[i + 1], c = 3 * t[i + 2];
            double[] tri = {v[a], v[a + 1], v[a + 2], v[b], v[b + 1], v[b + 2], v[c], v[c + 1], v[c + 2]};
            double ux = tri[3] - tri[0], uy = tri[4] - tri[1], uz = tri[5] - tri[2];
            double wx = tri[6] - tri[0], wy = tri[7] - tri[1], wz = tri[8] - tri[2];
            double nx = uy * wz - uz * wy, ny = uz * wx - ux * wz, nz = ux * wy - uy * wx;
            double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
            if (len < 1e-9) continue;
            boolean wall = Math.abs(nz) / len < WALL;
            double high = Math.max(tri[2], Math.max(tri[5], tri[8]));
            if (mode == Mode.SURFACES) {
                kept.add(tri);
                continue;
            }
            if (wall || high <= base + FLOOR) continue;
            kept.add(tri);
            roofMin = Math.min(roofMin, Math.min(tri[2], Math.min(tri[5], tri[8])));
            roofMax = Math.max(roofMax, high);
        }
        if (kept.isEmpty()) return null;
        double[] flat = new double[9 * kept.size()];
        for (int k = 0; k < kept.size(); k++) System.arraycopy(kept.get(k), 0, flat, 9 * k, 9);
        List<double[]> parts = ConvexParts.of(flat, WALL);
        Geometry plan = GEOMETRY.createPolygon();
        if (mode == Mode.COLUMNS) {
            List<Geometry> planParts = new ArrayList<>();
            for (double[] part : parts) planParts.add(polygon2d(part));
            plan = Unions.of(planParts);
        }
        boolean flatRoof = mode == Mode.COLUMNS && roofMax - roofMin < FLAT;
        return new CasterSolid(id, mode, base, top, base, parts, plan, mode == Mode.COLUMNS ? roofMax : Double.NaN, flatRoof);
    }

    /**
     * The same object casting onto the ground at {@code z} instead of its base: a deck whose piers are not in the
     * data. Standing objects always stand on their base.
     */
    public CasterSolid onGroundAt(double z) {
        if (mode == Mode.COLUMNS || !(z < base)) return this;
        return new CasterSolid(id, mode, base, top, z, parts, plan, roofZ, flatRoof);
    }

    /** A part seen from above; valid (counter-clockwise, convex) unless it was left as a sliver. */
    static Geometry polygon2d(double[] part) {
        int n = part.length / 3;
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) ring[i] = new Coordinate(part[3 * i], part[3 * i + 1]);
        ring[n] = ring[0].copy();
        Polygon p = GEOMETRY.createPolygon(ring);
        return p.isValid() ? p : p.buffer(0);
    }

    public String id() { return id; }
    public Mode mode() { return mode; }
    /** Lowest point of the object. */
    public double base() { return base; }
    /** The height of the ground it casts onto: its base, or lower for a deck without piers. */
    public double ground() { return ground; }
    public double top() { return top; }
    /** Convex planar polygons (x, y, z triples) the object is made of for casting. */
    List<double[]> parts() { return parts; }
    public int partCount() { return parts.size(); }
    /** The roof seen from above (empty for hanging objects, which receive nothing). */
    public Geometry plan() { return plan; }
    /** The height a shadow on this roof is computed and drawn at (its top), NaN for hanging objects. */
    public double roofZ() { return roofZ; }
    public boolean flatRoof() { return flatRoof; }
    public boolean receives() { return mode == Mode.COLUMNS && !plan.isEmpty(); }

    /**
     * Where the object's shadow can fall on any plane from its base up, for a ray offsetting {@code (dx, dy)} per
     * metre of height: its plan bounds stretched by its full height along the ray.
     */
    public Envelope shadowBounds(double dx, double dy) {
        Envelope e = bounds();
        double h = top - ground;
        e.expandToInclude(e.getMinX() + dx * h, e.getMinY() + dy * h);
        e.expandToInclude(e.getMaxX() + dx * h, e.getMaxY() + dy * h);
        return e;
    }

    /** The plan bounds (x, y) of the triangles. */
    public Envelope bounds() {
        Envelope e = new Envelope();
        for (double[] part : parts) for (int i = 0; i < part.length; i += 3) e.expandToInclude(part[i], part[i + 1]);
        return e;
    }
}
