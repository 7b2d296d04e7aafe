package org.citytwin.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The project file's "viewpoints", "tours" and "annotations" arrays (written only when there are any). */
final class PresentationJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PresentationJson() {
    }

    static void write(Presentation p, ObjectNode root) {
        if (!p.viewpoints().isEmpty()) {
            ArrayNode list = root.putArray("viewpoints");
            p.viewpoints().forEach(v -> list.add(viewpoint(v)));
        }
        if (!p.tours().isEmpty()) {
            ArrayNode list = root.putArray("tours");
            for (Tour t : p.tours()) {
                ObjectNode n = list.addObject();
                n.put("name", t.name());
                ArrayNode stops = n.putArray("stops");
                t.stops().forEach(s -> stops.addObject().put("viewpoint", s.viewpoint()).put("flightSeconds", s.flightSeconds())
                        .put("dwellSeconds", s.dwellSeconds()));
            }
        }
        if (!p.annotations().isEmpty()) {
            ArrayNode list = root.putArray("annotations");
            p.annotations().forEach(a -> list.add(annotation(a)));
        }
    }

    private static ObjectNode viewpoint(Viewpoint v) {
        ObjectNode n = NODES.objectNode();
        n.put("name", v.name());
        n.put("scenario", v.scenario());
        ObjectNode camera = n.putObject("camera");
        camera.put("lat", v.lat()).put("lon", v.lon()).put("height", v.height()).put("distance", v.distance())
                .put("heading", v.heading()).put("tilt", v.tilt());
        if (v.captionJa() != null) n.put("captionJa", v.captionJa());
        if (v.captionEn() != null) n.put("captionEn", v.captionEn());
        if (v.notes() != null) n.put("notes", v.notes());
        if (!v.layers().isEmpty()) {
            ArrayNode layers = n.putArray("layers");
            v.layers().forEach(l -> layers.addObject().put("kind", l.kind()).put("visible", l.visible()).put("opacity", l.opacity()));
        }
        if (v.lod() != null) n.put("lod", v.lod());
        if (v.colourBy() != null) n.put("colourBy", v.colourBy());
        n.put("xray", v.xray());
        n.put("underground", v.underground());
        if (!Double.isNaN(v.flowTime())) n.put("flowTime", v.flowTime());
        n.put("playbackSpeed", v.playbackSpeed());
        if (v.annotations() != null) {
            ArrayNode ids = n.putArray("annotations");
            v.annotations().forEach(ids::add);
        }
        if (v.excavation() != null) {
            ObjectNode pit = n.putObject("excavation");
            ArrayNode corners = pit.putArray("footprint");
            v.excavation().footprint().forEach(c -> corners.addArray().add(c.lat()).add(c.lon()));
            pit.put("depth", v.excavation().depth());
        }
        return n;
    }

    private static ObjectNode annotation(Annotation a) {
        ObjectNode n = NODES.objectNode();
        n.put("id", a.id());
        n.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
        n.put("lat", a.lat()).put("lon", a.lon()).put("height", a.height());
        if (a.objectId() != null) n.put("objectId", a.objectId());
        if (a.textJa() != null) n.put("textJa", a.textJa());
        if (a.textEn() != null) n.put("textEn", a.textEn());
        if (a.author() != null) n.put("author", a.author());
        if (a.time() != null) n.put("time", a.time());
        n.put("colour", String.format("#%06X", a.colour() & 0xFFFFFF));
        return n;
    }

    /** @throws IllegalArgumentException naming the viewpoint, tour or annotation that is wrong */
    static Presentation read(JsonNode root) {
        List<Viewpoint> viewpoints = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.path("viewpoints")) {
            i++;
            try {
                viewpoints.add(viewpoint(n));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("viewpoint " + i + " (" + n.path("name").asText("no name") + "): " + e.getMessage());
            }
        }
        List<Tour> tours = new ArrayList<>();
        for (JsonNode n : root.path("tours")) {
            List<Tour.Stop> stops = new ArrayList<>();
            for (JsonNode s : n.path("stops")) {
                stops.add(new Tour.Stop(s.path("viewpoint").asText(), s.path("flightSeconds").asDouble(Tour.DEFAULT_FLIGHT),
                        s.path("dwellSeconds").asDouble(Tour.DEFAULT_DWELL)));
            }
            tours.add(new Tour(n.path("name").asText("tour"), stops));
        }
        List<Annotation> annotations = new ArrayList<>();
        i = 0;
        for (JsonNode n : root.path("annotations")) {
            i++;
            try {
                annotations.add(annotation(n));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("annotation " + i + ": " + e.getMessage());
            }
        }
        return new Presentation(viewpoints, tours, annotations);
    }

    private static Viewpoint viewpoint(JsonNode n) {
        JsonNode c = n.path("camera");
        List<Viewpoint.LayerState> layers = new ArrayList<>();
        for (JsonNode l : n.path("layers")) {
            layers.add(new Viewpoint.LayerState(l.path("kind").asText(), l.path("visible").asBoolean(true), l.path("opacity").asDouble(1)));
        }
        List<String> shown = null;
        if (n.has("annotations")) {
            shown = new ArrayList<>();
            for (JsonNode id : n.get("annotations")) shown.add(id.asText());
        }
        return new Viewpoint(text(n, "name"), n.path("scenario").asText(Scenario.BASE), number(c, "lat"), number(c, "lon"),
                c.path("height").asDouble(0), number(c, "distance"), c.path("heading").asDouble(0), c.path("tilt").asDouble(35),
                text(n, "captionJa"), text(n, "captionEn"), text(n, "notes"), layers,
                n.hasNonNull("lod") ? n.get("lod").asInt() : null, text(n, "colourBy"), n.path("xray").asDouble(1),
                n.path("underground").asBoolean(false), n.hasNonNull("flowTime") ? n.get("flowTime").asDouble() : Double.NaN,
                n.path("playbackSpeed").asDouble(1), shown, pit(n.get("excavation")));
    }

    /** "excavation": {"footprint": [[lat, lon], ...], "depth": metres}, or null when absent. */
    private static Viewpoint.Pit pit(JsonNode n) {
        if (n == null || n.isNull()) return null;
        List<Viewpoint.Corner> corners = new ArrayList<>();
        for (JsonNode c : n.path("footprint")) {
            if (c.size() != 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
                throw new IllegalArgumentException("each corner of \"excavation\" must be [latitude, longitude]");
            }
            corners.add(new Viewpoint.Corner(c.get(0).asDouble(), c.get(1).asDouble()));
        }
        return new Viewpoint.Pit(corners, number(n, "depth"));
    }

    private static Annotation annotation(JsonNode n) {
        String colour = n.path("colour").asText("#E63946").replace("#", "");
        return new Annotation(text(n, "id"), "callout".equals(n.path("kind").asText()) ? Annotation.Kind.CALLOUT : Annotation.Kind.PIN,
                number(n, "lat"), number(n, "lon"), n.path("height").asDouble(0), text(n, "objectId"), text(n, "textJa"),
                text(n, "textEn"), text(n, "author"), text(n, "time"), Integer.parseInt(colour, 16));
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static double number(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.isNumber()) throw new IllegalArgumentException("\"" + key + "\" must be a number");
        return v.asDouble();
    }
}
