package org.citytwin.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.UtilityInfo;

/** The utility part of `inspect --json`: per-file summary and, with --attributes, each object's placement. */
final class UtilityJson {

    private UtilityJson() {
    }

    /** Counts per utility type, depth source and defaulted diameters; null when the file holds no utility. */
    static ObjectNode summary(CityFile file) {
        Map<String, Integer> types = new TreeMap<>();
        Map<String, Integer> sources = new TreeMap<>();
        int defaulted = 0;
        int n = 0;
        java.util.Set<String> parts = new java.util.HashSet<>();
        for (CityObject o : file.objects()) {
            UtilityInfo u = o.utility();
            if (u == null) continue;
            n++;
            types.merge(u.type().name(), 1, Integer::sum);
            sources.merge(u.depthSource().name(), 1, Integer::sum);
            if (u.diameterDefaulted()) defaulted++;
            if (u.connectedPart() != null) parts.add(u.connectedPart());
        }
        if (n == 0) return null;
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("objects", n);
        types.forEach(node.putObject("byType")::put);
        sources.forEach(node.putObject("depthSource")::put);
        node.put("defaultedDiameters", defaulted);
        if (!parts.isEmpty()) node.put("connectedParts", parts.size()); // only where the file states a topology
        return node;
    }

    /** One object's utility semantics (metres, local frame), null for non-utilities. */
    static ObjectNode of(CityObject object) {
        UtilityInfo u = object.utility();
        if (u == null) return null;
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("type", u.type().name());
        n.put("class", u.elementClass());
        putNumber(n, "outerDiameterM", u.outerDiameterM());
        n.put("diameterDefaulted", u.diameterDefaulted());
        putNumber(n, "coverDepthM", u.coverDepthM());
        n.put("depthSource", u.depthSource().name());
        putNumber(n, "groundElevation", u.groundElevation());
        if (u.hasCentreLine()) {
            var line = n.putArray("centreLine");
            for (double v : u.centreLine()) line.add(Math.round(v * 1000) / 1000.0);
        }
        if (u.year() != null) n.put("year", u.year());
        if (u.occupier() != null) n.put("occupier", u.occupier());
        if (u.network() != null) n.put("network", u.network());
        if (u.connectedPart() != null) n.put("connectedPart", u.connectedPart());
        if (!u.connectedTo().isEmpty()) u.connectedTo().forEach(n.putArray("connectedTo")::add);
        return n;
    }

    private static void putNumber(ObjectNode n, String name, double value) {
        if (Double.isFinite(value)) n.put(name, Math.round(value * 10000) / 10000.0);
    }
}
