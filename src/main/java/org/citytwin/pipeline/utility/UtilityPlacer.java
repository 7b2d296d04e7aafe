package org.citytwin.pipeline.utility;

import java.util.List;
import java.util.Map;
import org.citytwin.model.Attribute;
import org.citytwin.model.DepthSource;
import org.citytwin.model.MeshPart;
import org.citytwin.model.UtilityInfo;
import org.citytwin.model.UtilityType;

/**
 * Places one utility element at depth, following the PLATEAU depth semantics (i-UR 3.x, 地下埋設物):
 * <ul>
 * <li><b>Ground.</b> The top of the LOD1 "may be here" prism is the ground surface (in the Chiba sample the
 *     LOD1 top 2.57 m = LOD3 pipe top 1.27 m + {@code uro:depth} 1.3 m). Without LOD1, the ground is the z of
 *     the LOD0 geometry itself: 0 for PLATEAU (the standard's "height 0"), the DEM height for UtilityNetwork
 *     ADE lines that were draped on terrain.</li>
 * <li><b>Depth</b> is cover depth, ground to the top of the element. A stated {@code uro:depth} (or offset
 *     depth) holds along the whole line: MEASURED. {@code uro:minDepth}/{@code maxDepth}: MEASURED, varying
 *     linearly with length from minDepth at the first vertex to maxDepth at the last (lines are digitised in
 *     flow direction, and gravity sewers deepen downstream; the Chiba sewer LOD3 tubes descend that way too).
 *     Without a depth attribute, the true geometry (LOD3, else LOD2/LOD4) near each vertex gives the centre:
 *     ESTIMATED. With nothing at all, {@link UtilityClasses#DEFAULT_COVER_DEPTH}: ESTIMATED.</li>
 * <li><b>Centre line</b> z = ground − cover depth − outer radius.</li>
 * <li><b>Diameter.</b> Stated outer diameter (units honoured); else twice the largest horizontal distance of
 *     the LOD3 geometry from the LOD0 axis; else the class default, flagged {@code diameterDefaulted}.</li>
 * </ul>
 * Nodes (manholes, handholes) become vertical shafts from the ground to their bottom (stated depth, else the
 * lowest point of their geometry, else a class default); other nodes a small cylinder at their cover depth.
 */
public final class UtilityPlacer {

    /** Horizontal reach (m) around a centre-line vertex within which LOD geometry is read for its centre. */
    private static final double NEAR = 1.0;

    private final String elementClass;
    private final UtilityAttributes attributes;
    private final Map<Integer, MeshPart> meshes;
    private final String occupierLabel;

    /**
     * @param elementClass  class without prefix ("WaterPipe")
     * @param attributes    the object's attributes
     * @param meshes        its LOD meshes in the local frame (LOD1 prism gives the ground)
     * @param occupierLabel label of the occupier code when known (may be null)
     */
    public UtilityPlacer(String elementClass, List<Attribute> attributes, Map<Integer, MeshPart> meshes,
                         String occupierLabel) {
        this.elementClass = elementClass;
        this.attributes = new UtilityAttributes(attributes);
        this.meshes = meshes;
        this.occupierLabel = occupierLabel;
    }

    /**
     * @param line  LOD0 centre line in the local frame (z as written, 0 in PLATEAU), or null
     * @param point LOD0 position of a node in the local frame, or null
     */
    public PlacedUtility place(double[] line, double[] point) {
        if (UtilityClasses.isNode(elementClass) || (line == null && point != null)) return placeNode(point);
        return placeLink(line);
    }

    // ---- links --------------------------------------------------------------------------------------

    private PlacedUtility placeLink(double[] line) {
        double lod1Ground = lod1Top();
        double stated = attributes.outerDiameter();
        boolean defaulted = false;
        double diameter = stated > 0 ? stated : Double.NaN;
        MeshPart truth = trueGeometry();
        if (Double.isNaN(diameter) && line != null && truth != null) diameter = widthAround(line, truth);
        if (!(diameter > 0)) {
            diameter = UtilityClasses.defaultDiameter(elementClass);
            defaulted = true;
        }
        double radius = diameter / 2;
        if (line == null || line.length < 6) {
            // no axis: the geometry stays as given; its top still tells the cover depth when the ground is known
            double cover = truth != null && !Double.isNaN(lod1Ground) ? lod1Ground - maxZ(truth) : Double.NaN;
            return new PlacedUtility(info(new double[0], diameter, defaulted, cover,
                    Double.isNaN(cover) ? DepthSource.UNKNOWN : DepthSource.ESTIMATED, lod1Ground), MeshPart.EMPTY);
        }
        int n = line.length / 3;
        double[] centre = line.clone();
        double[] along = cumulativeLength(line);
        double depth = attributes.depth();
        double min = attributes.minDepth();
        double max = attributes.maxDepth();
        DepthSource source = DepthSource.MEASURED;
        double coverMin = Double.POSITIVE_INFINITY;
        double groundSum = 0;
        for (int i = 0; i < n; i++) {
            double ground = Double.isNaN(lod1Ground) ? line[i * 3 + 2] : lod1Ground;
            groundSum += ground;
            double cover;
            if (!Double.isNaN(depth)) {
                cover = depth;
            } else if (!Double.isNaN(min) || !Double.isNaN(max)) {
                double a = Double.isNaN(min) ? max : min;
                double b = Double.isNaN(max) ? min : max;
                double f = along[n - 1] > 0 ? along[i] / along[n - 1] : 0;
                cover = a + (b - a) * f;
            } else if (truth != null && !Double.isNaN(lod1Ground)) {
                double mid = midHeightNear(truth, line[i * 3], line[i * 3 + 1]);
                cover = ground - mid - radius;
                source = DepthSource.ESTIMATED;
            } else {
                cover = UtilityClasses.DEFAULT_COVER_DEPTH;
                source = DepthSource.ESTIMATED;
            }
            centre[i * 3 + 2] = ground - cover - radius;
            coverMin = Math.min(coverMin, cover);
        }
        double ground = Double.isNaN(lod1Ground) ? groundSum / n : lod1Ground;
        UtilityInfo info = info(centre, diameter, defaulted, coverMin, source, ground);
        return new PlacedUtility(info, TubeSweep.sweep(centre, radius));
    }

    // ---- nodes --------------------------------------------------------------------------------------

    private PlacedUtility placeNode(double[] point) {
        MeshPart truth = trueGeometry();
        double[] at = point != null ? point : centroid(truth != null ? truth : lod1());
        double lod1Ground = lod1Top();
        if (at == null) {
            return new PlacedUtility(info(new double[0], Double.NaN, true, Double.NaN, DepthSource.UNKNOWN, lod1Ground),
                    MeshPart.EMPTY);
        }
        double ground = !Double.isNaN(lod1Ground) ? lod1Ground : point != null ? point[2] : Double.NaN;
        if (Double.isNaN(ground) && truth != null) ground = maxZ(truth); // a shaft reaches the surface
        if (Double.isNaN(ground)) ground = 0;
        double stated = attributes.outerDiameter();
        boolean shaft = "Manhole".equals(elementClass) || "Handhole".equals(elementClass);
        double size = stated > 0 ? stated : shaft && truth != null ? horizontalSize(truth)
                : "Handhole".equals(elementClass) ? UtilityClasses.HANDHOLE_SIDE
                : "Manhole".equals(elementClass) ? UtilityClasses.MANHOLE_DIAMETER : UtilityClasses.NODE_DIAMETER;
        boolean defaulted = !(stated > 0) && !(shaft && truth != null);
        double depth = attributes.depth();
        DepthSource source = Double.isNaN(depth) ? DepthSource.ESTIMATED : DepthSource.MEASURED;
        MeshPart mesh;
        double cover;
        if (shaft) {
            double bottomDepth = !Double.isNaN(depth) ? depth
                    : truth != null ? ground - minZ(truth)
                    : "Manhole".equals(elementClass) ? UtilityClasses.MANHOLE_DEPTH : UtilityClasses.HANDHOLE_DEPTH;
            cover = 0;
            mesh = "Handhole".equals(elementClass)
                    ? ShaftMesh.box(at[0], at[1], ground - bottomDepth, ground, size)
                    : ShaftMesh.cylinder(at[0], at[1], ground - bottomDepth, ground, size);
        } else {
            double top = truth != null ? maxZ(truth) : Double.NaN;
            double bottom = truth != null ? minZ(truth) : Double.NaN;
            cover = !Double.isNaN(depth) ? depth : !Double.isNaN(top) ? ground - top : UtilityClasses.DEFAULT_COVER_DEPTH;
            double height = !Double.isNaN(top) ? top - bottom : UtilityClasses.NODE_HEIGHT;
            mesh = ShaftMesh.cylinder(at[0], at[1], ground - cover - height, ground - cover, size);
        }
        return new PlacedUtility(info(new double[0], size, defaulted, cover, source, ground), mesh);
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private UtilityInfo info(double[] centre, double diameter, boolean defaulted, double cover, DepthSource source,
                             double ground) {
        String code = attributes.text("occupierType");
        UtilityType type = OccupierTypes.typeOf(code);
        if (type == null) type = UtilityClasses.typeOf(elementClass);
        String occupier = attributes.text("administrator", "occupierName", "owner");
        if (occupier == null && code != null) occupier = occupierLabel == null ? code : code + " " + occupierLabel;
        return new UtilityInfo(type, elementClass, centre, diameter, defaulted, cover, source, ground,
                attributes.year(), occupier);
    }

    private MeshPart lod1() {
        MeshPart m = meshes.get(1);
        return m == null || m.isEmpty() ? null : m;
    }

    /** Top of the LOD1 "may be here" prism: the ground surface. NaN without LOD1. */
    private double lod1Top() {
        MeshPart m = lod1();
        return m == null ? Double.NaN : maxZ(m);
    }

    /** The true shape: LOD3, else LOD2, else LOD4; null when none. */
    private MeshPart trueGeometry() {
        for (int lod : new int[] {3, 2, 4}) {
            MeshPart m = meshes.get(lod);
            if (m != null && !m.isEmpty()) return m;
        }
        return null;
    }

    static double maxZ(MeshPart m) {
        double z = Double.NEGATIVE_INFINITY;
        double[] v = m.vertices();
        for (int i = 2; i < v.length; i += 3) z = Math.max(z, v[i]);
        return z;
    }

    static double minZ(MeshPart m) {
        double z = Double.POSITIVE_INFINITY;
        double[] v = m.vertices();
        for (int i = 2; i < v.length; i += 3) z = Math.min(z, v[i]);
        return z;
    }

    private static double[] centroid(MeshPart m) {
        if (m == null || m.vertexCount() == 0) return null;
        double[] v = m.vertices();
        double x = 0;
        double y = 0;
        for (int i = 0; i < v.length; i += 3) {
            x += v[i];
            y += v[i + 1];
        }
        return new double[] {x / m.vertexCount(), y / m.vertexCount(), Double.NaN};
    }

    /** Larger horizontal extent of a node's geometry (shaft diameter or box side). */
    private static double horizontalSize(MeshPart m) {
        double[] v = m.vertices();
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v.length; i += 3) {
            minX = Math.min(minX, v[i]);
            maxX = Math.max(maxX, v[i]);
            minY = Math.min(minY, v[i + 1]);
            maxY = Math.max(maxY, v[i + 1]);
        }
        return Math.max(maxX - minX, maxY - minY);
    }

    /** Mid-height of the geometry's vertices within {@link #NEAR} m (horizontally) of (x, y); whole mesh if none. */
    private static double midHeightNear(MeshPart m, double x, double y) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double[] v = m.vertices();
        for (int i = 0; i < v.length; i += 3) {
            if (Math.hypot(v[i] - x, v[i + 1] - y) > NEAR) continue;
            lo = Math.min(lo, v[i + 2]);
            hi = Math.max(hi, v[i + 2]);
        }
        return lo <= hi ? (lo + hi) / 2 : (minZ(m) + maxZ(m)) / 2;
    }

    /** Twice the largest horizontal distance of the geometry from the axis: the outer diameter of a round pipe. */
    private static double widthAround(double[] line, MeshPart m) {
        double[] v = m.vertices();
        double far = 0;
        for (int i = 0; i < v.length; i += 3) far = Math.max(far, distanceToLine2d(line, v[i], v[i + 1]));
        double d = 2 * far;
        return d > 0.01 && d < 5 ? d : Double.NaN; // outside that the LOD0 axis and the geometry do not match
    }

    static double distanceToLine2d(double[] line, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 5 < line.length; i += 3) {
            double ax = line[i], ay = line[i + 1], bx = line[i + 3], by = line[i + 4];
            double dx = bx - ax, dy = by - ay;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
            best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
        }
        return best;
    }

    private static double[] cumulativeLength(double[] line) {
        int n = line.length / 3;
        double[] along = new double[n];
        for (int i = 1; i < n; i++) {
            along[i] = along[i - 1] + Math.hypot(line[i * 3] - line[i * 3 - 3], line[i * 3 + 1] - line[i * 3 - 2]);
        }
        return along;
    }
}
