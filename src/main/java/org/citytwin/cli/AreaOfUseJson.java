package org.citytwin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.citytwin.geo.AreaOfUse;
import org.citytwin.geo.CrsResolver;
import org.citytwin.geo.UnknownCrsException;
import org.citytwin.model.CityFile;
import org.citytwin.pipeline.LoadResult;

/**
 * Adds each file's CRS area of use (EPSG's bounding box, degrees) to `inspect --json` as "areaOfUse", so a script
 * can check that the data's latLon bounds lie inside it (scripts/corpus-check.py does).
 */
final class AreaOfUseJson {

    private AreaOfUseJson() {
    }

    static void addTo(ObjectNode root, LoadResult result, CrsResolver resolver) {
        JsonNode files = root.path("files");
        for (int i = 0; i < result.files().size() && i < files.size(); i++) {
            CityFile file = result.files().get(i);
            if (file.srsName() == null) continue;
            AreaOfUse area;
            try {
                area = resolver.resolve(file.srsName()).areaOfUse();
            } catch (UnknownCrsException | RuntimeException e) {
                continue; // the file's issues already say the CRS is unknown
            }
            if (area == null) continue;
            ObjectNode n = ((ObjectNode) files.get(i)).putObject("areaOfUse");
            n.put("south", area.south());
            n.put("west", area.west());
            n.put("north", area.north());
            n.put("east", area.east());
            if (area.description() != null) n.put("description", area.description());
        }
    }
}
