package org.citytwin.underground;

import org.citytwin.model.DepthSource;

/**
 * A utility that crosses an excavation, with what the excavator must know about it.
 *
 * @param id          gml:id
 * @param type        what it carries and its class, e.g. "Water · WaterPipe"
 * @param diameterM   outer diameter in metres, NaN when unknown
 * @param coverDepthM depth of its top below the ground, NaN when unknown
 * @param depthSource measured or estimated
 * @param occupier    occupier/administrator, null when not given
 * @param year        year laid, null when not given
 * @param anchor      a point of it inside the pit (local frame), where its label goes
 */
public record CrossingUtility(String id, String type, double diameterM, double coverDepthM, DepthSource depthSource,
                              String occupier, String year, double[] anchor) {

    /** One line for a 3D label: type, diameter and depth. */
    public String label() {
        StringBuilder s = new StringBuilder(type);
        if (!Double.isNaN(diameterM)) s.append(String.format(" ⌀%.0f mm", diameterM * 1000));
        if (!Double.isNaN(coverDepthM)) {
            s.append(String.format(" · %.2f m deep", coverDepthM));
            if (depthSource == DepthSource.ESTIMATED) s.append(" (est.)");
        }
        return s.toString();
    }
}
