package org.citytwin.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The attribution lines the loaded data needs (images and reports carry them): PLATEAU deliveries, the Nanaimo
 * UtilityNetwork ADE sample, and data derived from OpenStreetMap. Told apart by the source paths, the way the data
 * arrives (PLATEAU keeps its {@code udx/} layout and dataset names).
 */
final class DataAttribution {

    static final String PLATEAU = "出典：国土交通省 Project PLATEAU";
    static final String NANAIMO = "Contains information licenced under the Open Government Licence – Nanaimo.";
    static final String OSM = "© OpenStreetMap contributors";

    private DataAttribution() {
    }

    static List<String> lines(List<Path> sources) {
        boolean plateau = false, nanaimo = false, osm = false;
        for (Path p : sources) {
            String s = p.toAbsolutePath().normalize().toString().replace('\\', '/').toLowerCase(Locale.ROOT);
            if (s.contains("/udx/") || s.endsWith("/udx") || s.contains("plateau") || s.matches(".*/\\d{5}_[^/]*citygml.*")) {
                plateau = true;
            }
            if (s.contains("nanaimo")) nanaimo = true;
            if (s.contains("openstreetmap") || s.matches(".*(^|[^a-z])osm([^a-z]|$).*")) osm = true;
        }
        List<String> lines = new ArrayList<>();
        if (plateau) lines.add(PLATEAU);
        if (nanaimo) lines.add(NANAIMO);
        if (osm) lines.add(OSM);
        return lines;
    }
}
