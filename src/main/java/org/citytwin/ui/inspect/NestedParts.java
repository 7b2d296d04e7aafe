package org.citytwin.ui.inspect;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;

/**
 * The nested objects of a city object (building parts, boundary surfaces, installations, rooms...), which the
 * reader keeps as attribute groups named by type ("bldg:WallSurface") with the part's gml:id as value.
 */
final class NestedParts {

    private NestedParts() {
    }

    /** e.g. "3 bldg:RoofSurface, 12 bldg:WallSurface", or "—". */
    static String summary(CityObject object) {
        Map<String, Integer> counts = new TreeMap<>();
        count(object.attributes(), counts);
        if (counts.isEmpty()) return "—";
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    private static void count(List<Attribute> attributes, Map<String, Integer> counts) {
        for (Attribute a : attributes) {
            if (isPart(a)) counts.merge(a.name(), 1, Integer::sum);
            count(a.children(), counts);
        }
    }

    private static boolean isPart(Attribute a) {
        int colon = a.name().indexOf(':');
        String local = colon < 0 ? a.name() : a.name().substring(colon + 1);
        String prefix = colon < 0 ? "" : a.name().substring(0, colon);
        return !local.isEmpty() && Character.isUpperCase(local.charAt(0)) && a.value() != null && !a.children().isEmpty()
                && !prefix.startsWith("ur") && !prefix.equals("gen") && !prefix.equals("dyn") && !prefix.equals("xAL");
    }
}
