package org.citytwin.underground;

import java.util.Objects;
import org.citytwin.model.CityObject;
import org.citytwin.model.UtilityInfo;
import org.citytwin.model.UtilityType;
import org.citytwin.pipeline.utility.UtilityClasses;

/**
 * Tells the close pairs that are how one network is built (a pipe entering its manhole, consecutive segments, a
 * valve on its main, a cable in its duct) from conflicts. A close pair is <b>connected</b> when
 * <ol>
 * <li>the file's topology joins them directly (UtilityNetwork ADE: a link or a shared node between their feature
 *     graphs), or</li>
 * <li>they belong to one network and touch (gap at most {@link #TOUCH_M}) at a joint: one of them is a node
 *     (manhole, handhole, valve, terminal...), or the contact lies at an end of one of the two centre lines (within
 *     that line's diameter plus {@link #END_REACH_M}, horizontally). Two pipes of one network touching mid-span are
 *     listed: nothing joins them there.</li>
 * <li>they belong to one network and both are connected (by 1 or 2) to a third part of it: two pipes entering one
 *     manhole, consecutive segments through a handhole, two service pipes branching off one main.</li>
 * </ol>
 * A close pair is <b>nested</b> when both belong to one network and one's bounding box lies inside the other's,
 * grown by {@link #NESTED_TOLERANCE_M} (an appurtenance inside its handhole, a cable inside its duct).
 * <p>
 * One network: the same connected part of a stated topology; else the same UtilityNetwork ADE network; else (PLATEAU,
 * no topology) the same utility type and occupier. Anything of two networks is always a conflict, even at 0 m.
 */
public final class NetworkJoints {

    /** Gap (m) up to which two parts touch: survey and tessellation noise, far below any real clearance. */
    public static final double TOUCH_M = 0.01;
    /** How far (m) beyond its diameter from a centre-line end a contact still counts as at that end. */
    public static final double END_REACH_M = 0.2;
    /** Slack (m) of the bounding-box test for a part nested in another. */
    public static final double NESTED_TOLERANCE_M = 0.02;

    private NetworkJoints() {
    }

    /** True when a and b belong to one network (see the class comment). */
    public static boolean sameNetwork(UtilityInfo a, UtilityInfo b) {
        if (a == null || b == null) return false;
        if (a.connectedPart() != null && b.connectedPart() != null) return a.connectedPart().equals(b.connectedPart());
        if (a.network() != null || b.network() != null) return Objects.equals(a.network(), b.network());
        return a.type() != UtilityType.OTHER && a.type() == b.type() && Objects.equals(a.occupier(), b.occupier());
    }

    /** Rule 1: the stated topology joins them directly. */
    public static boolean linked(CityObject a, CityObject b) {
        UtilityInfo ua = a.utility(), ub = b.utility();
        return ua != null && ub != null && (ua.connectedTo().contains(b.id()) || ub.connectedTo().contains(a.id()));
    }

    /** Rule 3 as far as the stated topology tells: both are joined directly to one same element. */
    public static boolean shareNeighbour(CityObject a, CityObject b) {
        UtilityInfo ua = a.utility(), ub = b.utility();
        if (ua == null || ub == null) return false;
        for (String id : ua.connectedTo()) if (ub.connectedTo().contains(id)) return true;
        return false;
    }

    /** Rules 1 and 2, for a pair {@code distance} apart with closest points pa on a and pb on b. */
    public static boolean connected(CityObject a, CityObject b, double distance, double[] pa, double[] pb) {
        if (linked(a, b)) return true;
        UtilityInfo ua = a.utility(), ub = b.utility();
        if (distance > TOUCH_M || !sameNetwork(ua, ub)) return false;
        return isNode(ua) || isNode(ub) || atEnd(ua, pa) || atEnd(ub, pb);
    }

    /** Nested: one network, and one box (minX, minY, minZ, maxX, maxY, maxZ) inside the other. */
    public static boolean nested(CityObject a, double[] boxA, CityObject b, double[] boxB) {
        return sameNetwork(a.utility(), b.utility()) && (inside(boxA, boxB) || inside(boxB, boxA));
    }

    private static boolean inside(double[] inner, double[] outer) {
        for (int k = 0; k < 3; k++) {
            if (inner[k] < outer[k] - NESTED_TOLERANCE_M || inner[k + 3] > outer[k + 3] + NESTED_TOLERANCE_M) return false;
        }
        return true;
    }

    private static boolean isNode(UtilityInfo u) {
        return UtilityClasses.isNode(u.elementClass());
    }

    private static boolean atEnd(UtilityInfo u, double[] p) {
        if (!u.hasCentreLine()) return false;
        double[] c = u.centreLine();
        double reach = (Double.isFinite(u.outerDiameterM()) ? u.outerDiameterM() : 0) + END_REACH_M;
        int last = c.length - 3;
        return Math.hypot(p[0] - c[0], p[1] - c[1]) <= reach || Math.hypot(p[0] - c[last], p[1] - c[last + 1]) <= reach;
    }
}
