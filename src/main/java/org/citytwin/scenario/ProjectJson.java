package org.citytwin.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The project file layout, written by hand rather than by reflection so that the format is this class's
 * decision: renaming a Java field never changes a user's file. Keys are only ever added.
 */
public final class ProjectJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.ALLOW_TRAILING_COMMA);

    private ProjectJson() {
    }

    public static String write(Project project) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "citytwin-project");
        root.put("schemaVersion", Project.SCHEMA_VERSION);
        ArrayNode sources = root.putArray("sources");
        project.sources().forEach(sources::add);
        ArrayNode scenarios = root.putArray("scenarios");
        for (Scenario s : project.scenarios()) {
            ObjectNode node = scenarios.addObject();
            node.put("name", s.name());
            ArrayNode edits = node.putArray("edits");
            s.edits().forEach(e -> edits.add(edit(e)));
        }
        PresentationJson.write(project.presentation(), root);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A project tree could not be written as JSON", e);
        }
    }

    private static ObjectNode edit(Edit edit) {
        ObjectNode n = JSON.createObjectNode();
        n.put("op", edit.op());
        n.put("id", edit.target());
        if (edit instanceof Edit.ChangeHeight h) {
            n.put("metres", h.metres());
        } else if (edit instanceof Edit.PlaceModel p) {
            n.put("model", p.model());
            n.put("lat", p.lat());
            n.put("lon", p.lon());
            if (!p.snapsToGround()) n.put("height", p.height());
            n.put("heading", p.heading());
            n.put("scale", p.scale());
        } else if (edit instanceof Edit.Sketch k) {
            n.put("name", k.name());
            n.put("shape", k.shape().key());
            ArrayNode footprint = n.putArray("footprint");
            k.footprint().forEach(p -> footprint.addObject().put("lat", p.lat()).put("lon", p.lon()));
            if (k.shape() == Edit.Sketch.Shape.CYLINDER) n.put("radius", k.radius());
            if (!k.standsOnGround()) n.put("baseHeight", k.baseHeight());
            n.put("height", k.height());
        } else if (edit instanceof Edit.SetAttribute a) {
            n.put("name", a.name());
            if (a.value() == null) n.putNull("value");
            else n.put("value", a.value());
        }
        return n;
    }

    /**
     * Reads a project file's text.
     *
     * @param where the file name, for messages
     * @throws ProjectFormatException naming the file, and the line or the scenario and edit that is wrong
     */
    public static Project read(String text, String where) throws ProjectFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ProjectFormatException(where + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
                    + ": not a readable project file: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw new ProjectFormatException(where + ": not a CityTwin project (no JSON object)");
        if (!"citytwin-project".equals(root.path("format").asText())) {
            throw new ProjectFormatException(where + ": not a CityTwin project (no \"format\": \"citytwin-project\")");
        }
        int version = root.path("schemaVersion").asInt(-1);
        if (version < 1) throw new ProjectFormatException(where + ": the project has no valid schemaVersion");
        if (version > Project.SCHEMA_VERSION) {
            throw new ProjectFormatException(where + ": the project was written by a newer CityTwin (schema version "
                    + version + "; this one reads up to " + Project.SCHEMA_VERSION + ")");
        }
        List<String> sources = new ArrayList<>();
        for (JsonNode s : root.path("sources")) sources.add(s.asText());
        List<Scenario> scenarios = new ArrayList<>();
        for (JsonNode s : root.path("scenarios")) {
            String name = s.path("name").asText("");
            List<Edit> edits = new ArrayList<>();
            int index = 0;
            for (JsonNode e : s.path("edits")) {
                index++;
                try {
                    edits.add(edit(e));
                } catch (IllegalArgumentException ex) {
                    throw new ProjectFormatException(where + ": scenario '" + name + "', edit " + index + ": " + ex.getMessage());
                }
            }
            try {
                scenarios.add(new Scenario(name, edits));
            } catch (IllegalArgumentException ex) {
                throw new ProjectFormatException(where + ": " + ex.getMessage());
            }
        }
        try {
            return new Project(sources, scenarios, PresentationJson.read(root));
        } catch (IllegalArgumentException ex) {
            throw new ProjectFormatException(where + ": " + ex.getMessage());
        }
    }

    private static Edit edit(JsonNode n) {
        String op = n.path("op").asText("");
        String id = required(n, "id");
        return switch (op) {
            case "demolish" -> new Edit.Demolish(id);
            case "height" -> new Edit.ChangeHeight(id, number(n, "metres"));
            case "place" -> new Edit.PlaceModel(id, required(n, "model"), number(n, "lat"), number(n, "lon"),
                    n.has("height") && !n.get("height").isNull() ? number(n, "height") : Double.NaN,
                    n.path("heading").asDouble(0), n.path("scale").asDouble(1));
            case "sketch" -> new Edit.Sketch(id, n.path("name").asText(id), Edit.Sketch.Shape.of(required(n, "shape")),
                    footprint(n), n.has("radius") ? number(n, "radius") : Double.NaN,
                    n.has("baseHeight") && !n.get("baseHeight").isNull() ? number(n, "baseHeight") : Double.NaN,
                    number(n, "height"));
            case "attribute" -> new Edit.SetAttribute(id, required(n, "name"),
                    n.path("value").isNull() || n.path("value").isMissingNode() ? null : n.get("value").asText());
            default -> throw new IllegalArgumentException("unknown operation '" + op
                    + "' (expected demolish, height, place, sketch or attribute)");
        };
    }

    private static List<Edit.LatLon> footprint(JsonNode n) {
        JsonNode points = n.get("footprint");
        if (points == null || !points.isArray()) throw new IllegalArgumentException("\"footprint\" must be a list of {\"lat\", \"lon\"} points");
        List<Edit.LatLon> out = new ArrayList<>();
        for (JsonNode p : points) out.add(new Edit.LatLon(number(p, "lat"), number(p, "lon")));
        return out;
    }

    private static String required(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull() || v.asText().isBlank()) throw new IllegalArgumentException("\"" + key + "\" is missing");
        return v.asText();
    }

    private static double number(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.isNumber()) throw new IllegalArgumentException("\"" + key + "\" must be a number");
        return v.asDouble();
    }
}
