package org.citytwin.thematic;

import java.util.List;
import java.util.Map;

/**
 * The result of colouring objects by a rule: each classified object's class index into the legend, and the
 * legend. Objects without a value are not in the map (drawn in the "no data" colour, last legend entry).
 */
public record Classification(String title, Map<String, Integer> classOfObject, List<LegendEntry> legend) {

    /** Index of the "no data" legend entry. */
    public int noDataClass() {
        return legend.size() - 1;
    }
}
