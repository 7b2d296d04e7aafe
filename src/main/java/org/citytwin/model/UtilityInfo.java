package org.citytwin.model;

/**
 * Utility semantics of one city object (PLATEAU i-UR unf or UtilityNetwork ADE), in the local frame.
 *
 * @param type             what it carries (water, sewer, gas...)
 * @param elementClass     the element's class without prefix: "WaterPipe", "Manhole", "RoundPipe"...
 * @param centreLine       x,y,z triplets of the pipe/cable axis in the local frame (metres, z = elevation),
 *                         placed at depth where the source gives the line at height 0; empty for nodes
 * @param outerDiameterM   outer diameter in metres, NaN when unknown
 * @param diameterDefaulted true when {@code outerDiameterM} is a default because the stated value was
 *                         missing or implausible
 * @param coverDepthM      depth from the ground surface to the top of the element (metres), NaN when unknown
 * @param depthSource      whether the depth was measured (stated) or estimated
 * @param groundElevation  elevation of the ground surface above this element, NaN when unknown
 * @param year             year (or date) of construction as written, null when absent or a placeholder
 * @param occupier         occupier/administrator as written (code, with label when known), null when absent
 * @param network          gml:id of the UtilityNetwork ADE network it belongs to, null when the file names none
 * @param connectedPart    id of the connected part of the network's topology it lies in (the gml:id of that part's
 *                         first element), null when the file states no topology for it
 * @param connectedTo      gml:ids of the elements the topology joins it to directly (sorted; empty when none known)
 */
public record UtilityInfo(UtilityType type, String elementClass, double[] centreLine, double outerDiameterM,
                          boolean diameterDefaulted, double coverDepthM, DepthSource depthSource,
                          double groundElevation, String year, String occupier, String network, String connectedPart,
                          java.util.List<String> connectedTo) {

    public UtilityInfo {
        connectedTo = connectedTo == null ? java.util.List.of() : java.util.List.copyOf(connectedTo);
    }

    /** Without network or topology (PLATEAU i-UR utilities). */
    public UtilityInfo(UtilityType type, String elementClass, double[] centreLine, double outerDiameterM,
                       boolean diameterDefaulted, double coverDepthM, DepthSource depthSource,
                       double groundElevation, String year, String occupier) {
        this(type, elementClass, centreLine, outerDiameterM, diameterDefaulted, coverDepthM, depthSource, groundElevation,
                year, occupier, null, null, java.util.List.of());
    }

    /** True for line-like elements (pipes, cables, ducts) that have an axis. */
    public boolean hasCentreLine() {
        return centreLine != null && centreLine.length >= 6;
    }
}
