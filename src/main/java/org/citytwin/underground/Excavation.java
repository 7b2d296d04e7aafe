package org.citytwin.underground;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.model.DepthSource;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LodChoice;
import org.citytwin.model.MeshPart;
import org.citytwin.model.UtilityInfo;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * An excavation pit: a footprint dug from the ground surface down to a floor. Cuts the surface layers away
 * inside it (everything of those kinds above the floor, roofs included), draws its walls and floor, and lists
 * the utilities that cross it. Plain Java: the scene only swaps meshes.
 */
public final class Excavation {

    /** Kinds cut away inside the pit; utilities stay, abstract zones are not physical. */
    public static final Set<FeatureKind> CUT_KINDS = EnumSet.complementOf(EnumSet.of(FeatureKind.UTILITY,
            FeatureKind.URBAN_PLANNING));

    private final PlannedSolid pit;
    private final PrismRegion above; // footprint from the floor up, unbounded: what is cut away
    private final PrismRegion inside; // footprint between floor and ground: what is listed
    private final MeshCutter cutter;

    /**
     * @param footprint x,y corners in the local frame
     * @param groundZ   elevation of the ground surface at the pit
     * @param depth     metres dug below it
     */
    public Excavation(double[] footprint, double groundZ, double depth) {
        if (!(depth > 0)) throw new IllegalArgumentException("Excavation depth must be more than 0 m, was " + depth);
        this.pit = new PlannedSolid(footprint, groundZ - depth, groundZ);
        this.above = new PrismRegion(pit, pit.bottom(), Double.POSITIVE_INFINITY);
        this.inside = new PrismRegion(pit, pit.bottom(), pit.top());
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < footprint.length; i += 2) {
            minX = Math.min(minX, footprint[i]);
            maxX = Math.max(maxX, footprint[i]);
            minY = Math.min(minY, footprint[i + 1]);
            maxY = Math.max(maxY, footprint[i + 1]);
        }
        this.cutter = new MeshCutter(above, minX, minY, pit.bottom(), maxX, maxY);
    }

    /**
     * A pit whose top is the ground model's highest point at the footprint's corners (the drawn ground there), so the
     * pit, the drawn ground and the cover-depth read-out agree.
     */
    public static Excavation onGround(double[] footprint, GroundModel ground, double depth) {
        return new Excavation(footprint, groundTop(footprint, ground), depth);
    }

    /** Highest ground elevation at the corners of a footprint (x,y pairs). */
    public static double groundTop(double[] footprint, GroundModel ground) {
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i + 1 < footprint.length; i += 2) top = Math.max(top, ground.at(footprint[i], footprint[i + 1]).z());
        return top;
    }

    /** A box pit from two opposite ground corners. */
    public static Excavation box(double x1, double y1, double x2, double y2, double groundZ, double depth) {
        return new Excavation(PlannedSolid.box(x1, y1, x2, y2, 0, 1).footprint(), groundZ, depth);
    }

    public PlannedSolid pit() {
        return pit;
    }

    public double floorZ() {
        return pit.bottom();
    }

    /** True when this kind's meshes are cut. */
    public static boolean cuts(FeatureKind kind) {
        return CUT_KINDS.contains(kind);
    }

    /** The mesh with the pit cut out, or the same mesh when the pit does not touch it (or its kind stays). */
    public TileMesh cut(TileMesh tile) {
        if (!cuts(tile.kind())) return tile;
        return cutter.cut(tile).mesh();
    }

    /** Triangles wholly inside the pit volume (floor up) that {@link #cut} drops; for tests and read-outs. */
    public int removedTriangles(TileMesh tile) {
        return cutter.cut(tile).removed();
    }

    /** Pit walls (one quad per footprint edge, ground to floor) and its floor, facing into the pit. */
    public MeshPart wallsAndFloor() {
        MeshPart closed = pit.mesh();
        int caps = pit.capTriangles().size() / 3;
        int[] t = closed.triangles();
        // the closed prism lists bottom and top cap triangles interleaved, then the walls: drop the top caps
        int[] kept = new int[t.length - 3 * caps];
        int k = 0;
        for (int i = 0; i < caps; i++) System.arraycopy(t, 6 * i, kept, 3 * k++, 3);
        System.arraycopy(t, 6 * caps, kept, 3 * k, t.length - 6 * caps);
        return new MeshPart(closed.vertices(), kept);
    }

    /** Utilities whose shown mesh (at {@code lod}) reaches into the pit, nearest to the surface first. */
    public List<CrossingUtility> crossingUtilities(List<CityObject> objects, LodChoice lod) {
        List<CrossingUtility> found = new ArrayList<>();
        for (CityObject o : objects) {
            if (!ClearanceCheck.isUtility(o)) continue;
            double[] anchor = anchorInside(lod.meshOf(o));
            if (anchor != null) found.add(describe(o, anchor));
        }
        found.sort(Comparator.comparingDouble((CrossingUtility c) -> -c.anchor()[2]).thenComparing(CrossingUtility::id));
        return found;
    }

    /** Centroid of the first part of the mesh inside the pit, or null when none is. */
    private double[] anchorInside(MeshPart mesh) {
        double[] v = mesh.vertices();
        int[] t = mesh.triangles();
        double[] poly = new double[3 * PrismRegion.STRIDE];
        double sx = 0, sy = 0, sz = 0;
        int n = 0;
        for (int i = 0; i < t.length; i += 3) {
            for (int c = 0; c < 3; c++) {
                poly[c * PrismRegion.STRIDE] = v[3 * t[i + c]];
                poly[c * PrismRegion.STRIDE + 1] = v[3 * t[i + c] + 1];
                poly[c * PrismRegion.STRIDE + 2] = v[3 * t[i + c] + 2];
            }
            for (double[] part : inside.inside(poly.clone())) {
                for (int p = 0; p < part.length; p += PrismRegion.STRIDE) {
                    sx += part[p];
                    sy += part[p + 1];
                    sz += part[p + 2];
                    n++;
                }
            }
        }
        return n == 0 ? null : new double[] {sx / n, sy / n, sz / n};
    }

    private static CrossingUtility describe(CityObject o, double[] anchor) {
        UtilityInfo info = o.utility();
        String cls = o.type().contains(":") ? o.type().substring(o.type().indexOf(':') + 1) : o.type();
        if (info == null) {
            return new CrossingUtility(o.id(), cls, Double.NaN, Double.NaN, DepthSource.UNKNOWN,
                    text(o, "uro:occupierType"), text(o, "uro:year"), anchor);
        }
        return new CrossingUtility(o.id(), info.type().label() + " · " + info.elementClass(), info.outerDiameterM(),
                info.coverDepthM(), info.depthSource(), info.occupier(), info.year(), anchor);
    }

    private static String text(CityObject o, String name) {
        Attribute a = o.attribute(name);
        if (a == null || a.value() == null) return null;
        return a.label() != null ? a.value() + " " + a.label() : a.value();
    }
}
