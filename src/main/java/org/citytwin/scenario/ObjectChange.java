package org.citytwin.scenario;

import java.util.List;

/**
 * One object that differs between two models.
 *
 * @param idA        id in model A (null when added)
 * @param idB        id in model B (null when removed)
 * @param matchedBy  how A and B were paired: "gml:id", "buildingID", "footprint" (null when added or removed)
 * @param attributes attribute values that differ (only for changed objects)
 * @param moved      largest displacement of the geometry in metres (0 when it did not move)
 * @param a          sizes in A (null when added)
 * @param b          sizes in B (null when removed)
 */
public record ObjectChange(Kind kind, String idA, String idB, String type, String matchedBy,
                           List<AttributeDelta> attributes, double moved, ObjectSizes a, ObjectSizes b) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public ObjectChange {
        attributes = List.copyOf(attributes);
    }

    /** The id to show: B's for added and changed objects, A's for removed ones. */
    public String id() {
        return idB != null ? idB : idA;
    }

    /** B minus A of one size, NaN when either side lacks it. */
    public double delta(java.util.function.ToDoubleFunction<ObjectSizes> size) {
        double from = a == null ? 0 : size.applyAsDouble(a);
        double to = b == null ? 0 : size.applyAsDouble(b);
        return to - from;
    }

    /** One attribute whose value differs: null for "not there". */
    public record AttributeDelta(String name, String a, String b) {
    }
}
