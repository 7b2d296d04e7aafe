package org.citytwin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.query.Expression;

/** Output of {@code inspect --where}: the ids of matching objects, one per line, or as JSON with file and type. */
final class WhereReport {

    private WhereReport() {
    }

    static void print(LoadResult result, String where, Expression filter, boolean json) throws Exception {
        if (!json) {
            for (CityFile file : result.files()) {
                for (CityObject o : file.objects()) {
                    if (filter.matches(o)) System.out.println(o.id());
                }
            }
            return;
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("where", where);
        ArrayNode matches = root.putArray("matches");
        for (CityFile file : result.files()) {
            for (CityObject o : file.objects()) {
                if (!filter.matches(o)) continue;
                matches.addObject().put("id", o.id()).put("type", o.type()).put("file", file.path());
            }
        }
        root.put("count", matches.size());
        System.out.println(mapper.writeValueAsString(root));
    }
}
