package org.citytwin.underground;

/**
 * Two objects closer than the clearance threshold.
 *
 * @param idA      gml:id of the first object (the drawn solid is {@link ClearanceCheck#DRAWN_SOLID_ID})
 * @param typeA    its prefixed type, e.g. "uro:WaterPipe"
 * @param idB      gml:id of the second object
 * @param typeB    its type
 * @param distance minimal distance between their meshes in metres, 0 when they touch, overlap or one is inside
 * @param pointA   the closest point on A (x, y, z in the local frame)
 * @param pointB   the closest point on B
 */
public record Clearance(String idA, String typeA, String idB, String typeB, double distance,
                        double[] pointA, double[] pointB) {

    /** Midpoint of the two closest points: where to look. */
    public double[] midpoint() {
        return new double[] {(pointA[0] + pointB[0]) / 2, (pointA[1] + pointB[1]) / 2, (pointA[2] + pointB[2]) / 2};
    }
}
