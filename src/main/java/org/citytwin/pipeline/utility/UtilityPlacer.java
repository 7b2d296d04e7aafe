package org.citytwin.pipeline.utility;

import java.util.List;
import java.util.Map;
import org.citytwin.model.Attribute;
import org.citytwin.model.DepthSource;
import org.citytwin.model.IssueMessage;
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
 * <li><b>Centre line</b> z = ground − cover depth − outer radius. A UtilityNetwork ADE line whose
 *     {@code elevationQuality} says it was surveyed is the centre as given.</li>
 * <li><b>Diameter.</b> Stated outer (exterior) diameter, else the inner (interior) one; units honoured, and a value
 *     without uom is millimetres above 10, metres otherwise ({@link Lengths#size}). Else twice the largest horizontal
 *     distance of the LOD3 geometry from the LOD0 axis; else the class default, flagged {@code diameterDefaulted}.
 *     A stated profile width and height (RectangularPipe and other non-round sections) sweeps a rectangle instead.</li>
 * </ul>
 * Nodes (manholes, handholes, and UtilityNetwork ADE functional elements that are not devices such as valves) become
 * vertical shafts from the ground (their point's z: the street) to their bottom (stated depth, else the lowest point
 * of their geometry, else a class default); other nodes a small cylinder at their cover depth.
 */
public final class UtilityPlacer {

    /** Horizontal reach (m) around a centre-line vertex within which LOD geometry is read for its centre. */
    private static final double NEAR = 1.0;

    private final String elementClass;
    private final UtilityAttributes attributes;
    private final Map<Integer, MeshPart> meshes;
    private final String occupierLabel;
    private final List<IssueMessage> implausible = new java.util.ArrayList<>();
    private IssueMessage unitlessSize;

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
        checkYear();
        PlacedUtility placed = UtilityClasses.isNode(elementClass) || (line == null && point != null)
                ? placeNode(point) : placeLink(line);
        return new PlacedUtility(placed.info(), placed.lod0(), List.copyOf(implausible), unitlessSize);
    }

    /**
     * Largest plausible outer diameter (m): distribution, feeder and service pipes stay under 1 m (city feeder mains
     * are typically 0.3–0.6 m), trunk mains and tunnels under 3 m.
     */
    private double maxPlausibleDiameter() {
        String function = attributes.text("function");
        boolean distribution = function != null && (function.contains("distribution") || function.contains("service")
                || function.contains("feed"));
        return distribution ? 1.0 : 3.0;
    }

    /**
     * The stated outer diameter in metres (the inner one when no outer is given), or NaN when absent, zero or
     * implausible (then recorded as such).
     */
    private double statedDiameter() {
        Attribute a = attributes.find("outerDiamiter", "outerDiameter", "exteriorDiameter");
        if (a == null || Double.isNaN(Lengths.metres(a))) a = attributes.find("innerDiamiter", "innerDiameter", "interiorDiameter");
        double d = size(a);
        if (a == null || Double.isNaN(d)) return Double.NaN;
        String written = a.name() + " " + a.value() + (a.unit() == null ? "" : " " + a.unit());
        String fallback = String.valueOf(UtilityClasses.defaultDiameter(elementClass));
        if (d <= 0) {
            implausible.add(IssueMessage.of("issues.utility.no-diameter", written, fallback));
            return Double.NaN;
        }
        double max = maxPlausibleDiameter();
        if (d > max) {
            implausible.add(IssueMessage.of("issues.utility.implausible-diameter", written, String.valueOf(d), elementClass,
                    max < 3 ? 1 : 0, String.valueOf(max), "cm".equals(a.unit()) ? 1 : 0, fallback));
            return Double.NaN;
        }
        return d;
    }

    /** A size in metres by {@link Lengths#size}, remembering the first one read without a unit. */
    private double size(Attribute a) {
        double d = Lengths.size(a);
        if (unitlessSize == null && Lengths.unitless(a) && !Double.isNaN(d)) {
            unitlessSize = IssueMessage.of("issues.utility.read-as", a.name() + " " + a.value().strip(), String.valueOf(d));
        }
        return d;
    }

    /** Stated profile width and height in metres (both positive), else null: non-round pipes. */
    private double[] statedProfile() {
        Attribute w = attributes.find("exteriorWidth", "outerWidth", "width", "interiorWidth", "innerWidth");
        Attribute h = attributes.find("exteriorHeight", "outerHeight", "height", "interiorHeight", "innerHeight");
        if (w == null || h == null) return null;
        double width = size(w), height = size(h);
        return width > 0 && height > 0 && width <= maxPlausibleDiameter() * 2 && height <= maxPlausibleDiameter() * 2
                ? new double[] {width, height} : null;
    }

    private void checkYear() {
        String year = attributes.text("year", "yearOfConstruction", "constructionYear");
        if (year != null && UtilityAttributes.isPlaceholderDate(year)) {
            Attribute a = attributes.find("year", "yearOfConstruction", "constructionYear");
            implausible.add(IssueMessage.of("issues.utility.placeholder-year", a.name() + " " + year));
        }
    }

    // ---- links --------------------------------------------------------------------------------------

    private PlacedUtility placeLink(double[] line) {
        double lod1Ground = lod1Top();
        double[] profile = statedProfile();
        double stated = profile != null ? profile[0] : statedDiameter();
        boolean defaulted = false;
        double diameter = stated > 0 ? stated : Double.NaN;
        MeshPart truth = trueGeometry();
        if (Double.isNaN(lod1Ground)) lod1Ground = groundAboveTrueShape(line, truth);
        if (Double.isNaN(diameter) && line != null && truth != null) diameter = MeshExtent.widthAround(line, truth);
        if (!(diameter > 0)) {
            diameter = UtilityClasses.defaultDiameter(elementClass);
            defaulted = true;
        }
        double radius = profile != null ? profile[1] / 2 : diameter / 2; // half the height: centre below the top
        if (line == null || line.length < 6) return placeFootprint(lod1Ground, truth, diameter, defaulted);
        if (elevationIsMeasured()) {
            // a surveyed 3D axis is the centre itself; no ground is known to measure a cover depth from
            UtilityInfo info = info(line.clone(), diameter, defaulted, Double.NaN, DepthSource.MEASURED, lod1Ground);
            return new PlacedUtility(info, tube(line, radius, profile));
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
                double mid = MeshExtent.midHeightNear(truth, line[i * 3], line[i * 3 + 1], NEAR);
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
        return new PlacedUtility(info, tube(centre, radius, profile));
    }

    private static MeshPart tube(double[] centre, double radius, double[] profile) {
        return profile != null ? TubeSweep.sweep(centre, profile[0], profile[1]) : TubeSweep.sweep(centre, radius);
    }

    /**
     * A link without an axis. Its LOD0 map polygon (a duct's outline, at height 0) becomes a prism at depth: top at
     * ground − cover depth, as tall as the true geometry (else the diameter). Without a footprint the geometry
     * stays as given; its top still tells the cover depth when the ground is known.
     */
    private PlacedUtility placeFootprint(double lod1Ground, MeshPart truth, double diameter, boolean defaulted) {
        MeshPart footprint = meshes.get(0);
        double depth = attributes.depth();
        if (Double.isNaN(depth)) depth = attributes.minDepth();
        if (footprint == null || footprint.isEmpty() || !UtilityClasses.isKnown(elementClass)) {
            // an unknown class keeps its map geometry where it is: we cannot tell that it lies underground
            double cover = !Double.isNaN(depth) ? depth
                    : truth != null && !Double.isNaN(lod1Ground) ? lod1Ground - MeshExtent.maxZ(truth) : Double.NaN;
            DepthSource source = !Double.isNaN(depth) ? DepthSource.MEASURED
                    : Double.isNaN(cover) ? DepthSource.UNKNOWN : DepthSource.ESTIMATED;
            return new PlacedUtility(info(new double[0], diameter, defaulted, cover, source, lod1Ground), MeshPart.EMPTY);
        }
        double ground = !Double.isNaN(lod1Ground) ? lod1Ground : MeshExtent.maxZ(footprint);
        DepthSource source = DepthSource.MEASURED;
        double cover = depth;
        if (Double.isNaN(cover)) {
            source = DepthSource.ESTIMATED;
            cover = truth != null && !Double.isNaN(lod1Ground) ? ground - MeshExtent.maxZ(truth) : UtilityClasses.DEFAULT_COVER_DEPTH;
        }
        double height = truth != null ? MeshExtent.maxZ(truth) - MeshExtent.minZ(truth) : diameter;
        MeshPart prism = FootprintPrism.extrude(footprint, ground - cover - height, ground - cover);
        return new PlacedUtility(info(new double[0], diameter, defaulted, cover, source, ground), prism);
    }

    /**
     * UtilityNetwork ADE states how its z was obtained ({@code utility:elevationQuality}); a surveyed elevation
     * is the pipe's own. Otherwise (PLATEAU LOD0 at height 0, ADE lines draped on a DEM such as the Nanaimo
     * sample with "estimated") the line's z is the ground.
     */
    private boolean elevationIsMeasured() {
        String quality = attributes.text("elevationQuality");
        if (quality == null) return false;
        String q = quality.toLowerCase(java.util.Locale.ROOT);
        return q.contains("precise") || q.contains("measured") || q.contains("surveyed");
    }

    // ---- nodes --------------------------------------------------------------------------------------

    private PlacedUtility placeNode(double[] point) {
        MeshPart truth = trueGeometry();
        double[] at = point != null ? point : MeshExtent.centroid(truth != null ? truth : lod1());
        double lod1Ground = lod1Top();
        if (at == null) {
            return new PlacedUtility(info(new double[0], Double.NaN, true, Double.NaN, DepthSource.UNKNOWN, lod1Ground),
                    MeshPart.EMPTY);
        }
        double ground = !Double.isNaN(lod1Ground) ? lod1Ground : point != null ? point[2] : Double.NaN;
        if (Double.isNaN(ground) && truth != null) ground = MeshExtent.maxZ(truth); // a shaft reaches the surface
        if (Double.isNaN(ground)) ground = 0;
        double stated = statedDiameter();
        boolean shaft = isShaft();
        double size = stated > 0 ? stated : shaft && truth != null ? MeshExtent.horizontalSize(truth)
                : "Handhole".equals(elementClass) ? UtilityClasses.HANDHOLE_SIDE
                : shaft ? UtilityClasses.MANHOLE_DIAMETER : UtilityClasses.NODE_DIAMETER;
        boolean defaulted = !(stated > 0) && !(shaft && truth != null);
        double depth = attributes.depth();
        DepthSource source = Double.isNaN(depth) ? DepthSource.ESTIMATED : DepthSource.MEASURED;
        MeshPart mesh;
        double cover;
        if (shaft) {
            double bottomDepth = !Double.isNaN(depth) ? depth
                    : truth != null ? ground - MeshExtent.minZ(truth)
                    : "Handhole".equals(elementClass) ? UtilityClasses.HANDHOLE_DEPTH : UtilityClasses.MANHOLE_DEPTH;
            cover = 0;
            mesh = "Handhole".equals(elementClass)
                    ? ShaftMesh.box(at[0], at[1], ground - bottomDepth, ground, size)
                    : ShaftMesh.cylinder(at[0], at[1], ground - bottomDepth, ground, size);
        } else {
            double top = truth != null ? MeshExtent.maxZ(truth) : Double.NaN;
            double bottom = truth != null ? MeshExtent.minZ(truth) : Double.NaN;
            cover = !Double.isNaN(depth) ? depth : !Double.isNaN(top) ? ground - top : UtilityClasses.DEFAULT_COVER_DEPTH;
            double height = !Double.isNaN(top) ? top - bottom : UtilityClasses.NODE_HEIGHT;
            mesh = ShaftMesh.cylinder(at[0], at[1], ground - cover - height, ground - cover, size);
        }
        return new PlacedUtility(info(new double[0], size, defaulted, cover, source, ground), mesh);
    }

    /** Device words in a functional element's function, usage or class: such an element sits on its pipe, not in a shaft. */
    private static final java.util.regex.Pattern DEVICE = java.util.regex.Pattern.compile(
            "valve|hydrant|\\bmeter|pump|sensor|gauge|schieber|弁|消火栓|メーター", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Manholes and handholes; and the UtilityNetwork ADE's functional elements, which is how sewer cadastres export
     * their manholes and chambers (a point at street level), unless their function names a device (valve, hydrant...).
     */
    private boolean isShaft() {
        if ("Manhole".equals(elementClass) || "Handhole".equals(elementClass)) return true;
        if (!"SimpleFunctionalElement".equals(elementClass) && !"ComplexFunctionalElement".equals(elementClass)) return false;
        for (String name : new String[] {"function", "usage", "class"}) {
            String text = attributes.text(name);
            if (text != null && DEVICE.matcher(text).find()) return false;
        }
        return true;
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private UtilityInfo info(double[] centre, double diameter, boolean defaulted, double cover, DepthSource source,
                             double ground) {
        String code = attributes.text("occupierType");
        UtilityType type = OccupierTypes.typeOf(code);
        if (type == null) type = UtilityClasses.typeOfMedium(attributes.text("transportedMedium"));
        if (type == null) type = UtilityClasses.typeOf(elementClass);
        String occupier = attributes.text("administrator", "occupierName", "owner");
        if (occupier == null && code != null) occupier = occupierLabel == null ? code : code + " " + occupierLabel;
        String connected = attributes.text("connectedTo");
        return new UtilityInfo(type, elementClass, centre, diameter, defaulted, cover, source, ground,
                attributes.year(), occupier, attributes.text("network"), attributes.text("connectedPart"),
                connected == null ? List.of() : List.of(connected.split("\\s+")));
    }

    private MeshPart lod1() {
        MeshPart m = meshes.get(1);
        return m == null || m.isEmpty() ? null : m;
    }

    /** Top of the LOD1 "may be here" prism: the ground surface. NaN without LOD1. */
    private double lod1Top() {
        MeshPart m = lod1();
        return m == null ? Double.NaN : MeshExtent.maxZ(m);
    }

    /**
     * Without a LOD1 prism, a LOD0 line at height 0 (the PLATEAU convention) says nothing about the ground; when the
     * true shape (LOD2/3) lies at real elevations and a depth is stated, the ground is that depth above the shape's
     * top. Otherwise the tube at 0 − depth would lie metres below the drawn LOD3 pipe. NaN when not so.
     */
    private double groundAboveTrueShape(double[] line, MeshPart truth) {
        if (line == null || truth == null) return Double.NaN;
        for (int i = 2; i < line.length; i += 3) if (line[i] != 0) return Double.NaN;
        double cover = attributes.depth();
        if (Double.isNaN(cover)) {
            double min = attributes.minDepth(), max = attributes.maxDepth();
            cover = Double.isNaN(min) ? max : Double.isNaN(max) ? min : Math.min(min, max);
        }
        return Double.isNaN(cover) ? Double.NaN : MeshExtent.maxZ(truth) + cover;
    }

    /** The true shape: LOD3, else LOD2, else LOD4; null when none. */
    private MeshPart trueGeometry() {
        for (int lod : new int[] {3, 2, 4}) {
            MeshPart m = meshes.get(lod);
            if (m != null && !m.isEmpty()) return m;
        }
        return null;
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
