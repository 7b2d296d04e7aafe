package org.citytwin.model;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * Everything read from one file: its objects, what was found about its encoding and CRS, and its issues.
 *
 * @param path           file as given by the user
 * @param citygmlVersion "1.0", "2.0", "3.0" or null when not CityGML
 * @param srsName        srsName as written in the file, or null
 * @param crs            resolved CRS code such as "EPSG:6697", or null when unknown/local
 * @param counts         top-level object count by prefixed type, in first-seen order
 * @param lods           LODs present in the file
 * @param bounds         local-frame bounds of all geometry
 */
public record CityFile(String path, String citygmlVersion, String srsName, String crs,
                       List<CityObject> objects, Map<String, Integer> counts, SortedSet<Integer> lods,
                       Envelope bounds, List<LoadIssue> issues) {

    public long triangleCount() {
        long n = 0;
        for (CityObject o : objects) n += o.displayMesh().triangleCount();
        return n;
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
    }
}
