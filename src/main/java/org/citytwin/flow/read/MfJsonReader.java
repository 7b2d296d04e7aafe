package org.citytwin.flow.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citytwin.flow.FlowSample;
import org.citytwin.flow.FlowSink;
import org.citytwin.flow.FlowStore;
import org.citytwin.geo.SourceCrs;
import org.citytwin.geo.UnknownCrsException;
import org.citytwin.model.IssueMessage;

/**
 * OGC MF-JSON: a Feature or FeatureCollection whose features carry a {@code temporalGeometry} MovingPoint, a bare
 * MovingPoint, or a TemporalGeometrySequence of them. Lenient where real files are sloppy (trailing commas, the
 * older {@code interpolations} member, mixed date-time precision, epoch-ms numbers); strict about what the
 * document is: anything else (collection metadata, temporal properties) is refused with a message saying what
 * it is. Features are parsed one at a time so a skipped one can be reported with its line.
 */
final class MfJsonReader {
    static final String CRS84 = "urn:ogc:def:crs:OGC:1.3:CRS84";
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            // Python's json module writes NaN and Infinity: such positions are skipped one by one, not the file
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build());

    private MfJsonReader() {
    }

    /** A JSON value and the line it starts on. */
    private record Located(JsonNode node, int line) {
    }

    static FlowReadReport read(Path file, FlowReadOptions options, FrameAnchor anchor, FlowSink target)
            throws FlowReadException {
        ReportingSink sink = new ReportingSink(file, FlowFormat.MF_JSON, target);
        Map<String, Located> root = new LinkedHashMap<>();
        List<Located> features = new ArrayList<>();
        parse(file, root, features);
        String type = text(root, "type");
        String defaultCrs = crsName(root.containsKey("crs") ? root.get("crs").node() : null,
                options.crs() != null ? options.crs() : CRS84);
        MfJsonReader reader = new MfJsonReader();
        switch (type == null ? "" : type) {
            case "Feature" -> {
                JsonNode feature = object(root);
                if (!feature.has("temporalGeometry")) {
                    throw refuse(file, geometryNote(feature));
                }
                reader.feature(feature, 1, 0, defaultCrs, anchor, sink);
            }
            case "FeatureCollection" -> {
                long moving = features.stream().filter(f -> f.node().has("temporalGeometry")).count();
                if (moving == 0) {
                    throw refuse(file, IssueMessage.of("flowread.json.found.collection", features.size()));
                }
                for (int i = 0; i < features.size(); i++) {
                    Located f = features.get(i);
                    if (!f.node().has("temporalGeometry")) {
                        sink.skip(f.line(), f.node().has("id")
                                ? IssueMessage.of("flowread.json.noGeometry", f.node().get("id").asText())
                                : IssueMessage.of("flowread.json.noGeometryNoId"));
                        continue;
                    }
                    reader.feature(f.node(), f.line(), i, defaultCrs, anchor, sink);
                }
            }
            case "MovingPoint" -> reader.movingPoint(object(root), 1, idOr(object(root), stem(file)),
                    defaultCrs, Map.of(), anchor, sink);
            case "TemporalGeometrySequence" -> {
                JsonNode seq = root.containsKey("geometrySequence") ? root.get("geometrySequence").node() : null;
                if (seq == null || !seq.isArray()) {
                    throw refuse(file, IssueMessage.of("flowread.json.found.sequence"));
                }
                int line = root.get("geometrySequence").line();
                for (int i = 0; i < seq.size(); i++) {
                    JsonNode g = seq.get(i);
                    reader.movingPoint(g, line, idOr(g, stem(file) + "-" + i), defaultCrs, Map.of(), anchor, sink);
                }
            }
            default -> throw refuse(file, describe(root));
        }
        return sink.report();
    }

    private final Map<String, SourceCrs> crsCache = new HashMap<>();
    private final Map<String, PositionPlacer> placers = new HashMap<>();

    private void feature(JsonNode feature, int line, int index, String defaultCrs, FrameAnchor anchor,
                         ReportingSink sink) throws FlowReadException {
        String id = idOr(feature, "feature-" + index);
        String crs = crsName(feature.get("crs"), defaultCrs);
        Map<String, String> properties = new HashMap<>();
        JsonNode props = feature.get("properties");
        if (props != null && props.isObject()) {
            props.fields().forEachRemaining(e -> {
                if (e.getValue().isValueNode()) properties.put(e.getKey(), e.getValue().asText());
            });
        }
        movingPoint(feature.get("temporalGeometry"), line, id, crs, properties, anchor, sink);
    }

    private void movingPoint(JsonNode tg, int line, String id, String defaultCrs, Map<String, String> properties,
                             FrameAnchor anchor, ReportingSink sink) throws FlowReadException {
        String type = tg.path("type").asText("");
        if (!"MovingPoint".equals(type)) {
            sink.skip(line, IssueMessage.of("flowread.json.type", id, type));
            return;
        }
        JsonNode times = tg.get("datetimes");
        JsonNode coords = tg.get("coordinates");
        if (times == null || !times.isArray() || coords == null || !coords.isArray()) {
            sink.skip(line, IssueMessage.of("flowread.json.arrays", id));
            return;
        }
        if (times.size() != coords.size()) {
            sink.skip(line, IssueMessage.of("flowread.json.counts", id, times.size(), coords.size()));
            return;
        }
        String crsName = crsName(tg.get("crs"), defaultCrs);
        SourceCrs crs = resolve(crsName, line, sink.file(), anchor);
        sink.crs(crsName);
        int n = coords.size();
        long[] t = new long[n];
        int[] index = new int[n];
        double[] xyz = new double[3 * n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            JsonNode c = coords.get(i);
            JsonNode d = times.get(i);
            if (!c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
                sink.skip(line, IssueMessage.of("flowread.json.position", id, i, brief(c)));
                continue;
            }
            try {
                t[kept] = d.isNumber() ? Times.millis(d.asDouble()) : Times.parse(d.asText(), ZoneOffset.UTC);
            } catch (DateTimeParseException | NumberFormatException e) {
                sink.skip(line, IssueMessage.of("flowread.json.time", id, i, brief(d)));
                continue;
            }
            xyz[3 * kept] = c.get(0).asDouble();
            xyz[3 * kept + 1] = c.get(1).asDouble();
            xyz[3 * kept + 2] = c.size() > 2 && c.get(2).isNumber() ? c.get(2).asDouble() : 0;
            index[kept] = i;
            kept++;
        }
        if (kept == 0) return;
        IssueMessage[] why;
        try {
            why = placers.computeIfAbsent(crsName, k -> new PositionPlacer(crs, crsName, anchor)).place(xyz, kept);
        } catch (UnknownCrsException e) {
            throw FlowReadException.unknownCrs(sink.file(), line, e);
        }
        Map<String, String> attributes = new HashMap<>(properties);
        // a simulated recording must never pass for observed people: its layer name says so
        String group = sink.file().getFileName().toString();
        attributes.put(FlowStore.GROUP_ATTRIBUTE, "true".equals(properties.get("simulated")) ? group + " (simulated)" : group);
        attributes.put(FlowStore.INTERPOLATION_ATTRIBUTE, interpolation(tg));
        attributes = Map.copyOf(attributes);
        for (int i = 0; i < kept; i++) {
            if (why[i] != null) {
                sink.invalidPosition(line, IssueMessage.of("flowread.json.invalid", id, index[i], why[i]));
                continue;
            }
            sink.accept(new FlowSample(id, t[i], xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2], Double.NaN, Double.NaN,
                    attributes), line);
        }
    }

    /** A JSON value for a message, cut short: a hostile file may put megabytes in one value. */
    private static String brief(JsonNode node) {
        String s = node.isValueNode() ? node.asText() : node.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    private SourceCrs resolve(String name, int line, Path file, FrameAnchor anchor) throws FlowReadException {
        SourceCrs crs = crsCache.get(name);
        if (crs == null) {
            try {
                crs = anchor.resolve(name);
            } catch (UnknownCrsException e) {
                throw FlowReadException.unknownCrs(file, line, e);
            }
            crsCache.put(name, crs);
        }
        return crs;
    }

    /** "interpolation" (MF-JSON 1.0) or the older "interpolations"; Linear when absent. */
    private static String interpolation(JsonNode tg) {
        JsonNode i = tg.has("interpolation") ? tg.get("interpolation") : tg.get("interpolations");
        if (i == null) return "Linear";
        if (i.isArray()) return i.size() > 0 ? i.get(0).asText("Linear") : "Linear";
        return i.asText("Linear");
    }

    /** The CRS name of a GeoJSON-2008-style crs member: Name with properties.name (or a bare string), or Link href. */
    static String crsName(JsonNode crs, String fallback) {
        if (crs == null || crs.isNull()) return fallback;
        if (crs.isTextual()) return crs.asText();
        JsonNode props = crs.get("properties");
        if (props == null) return fallback;
        if (props.isTextual()) return props.asText();
        if (props.has("name")) return props.get("name").asText();
        if (props.has("href")) return props.get("href").asText();
        return fallback;
    }

    private static void parse(Path file, Map<String, Located> root, List<Located> features) throws FlowReadException {
        try (JsonParser p = JSON.createParser(file.toFile())) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                JsonNode array = p.readValueAsTree();
                throw refuse(file, describeArray(array));
            }
            if (first != JsonToken.START_OBJECT) {
                throw new FlowReadException(file, 1, IssueMessage.of("flowread.json.notObject"));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                int line = p.currentTokenLocation().getLineNr();
                if ("features".equals(name) && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        int featureLine = p.currentTokenLocation().getLineNr();
                        features.add(new Located(p.readValueAsTree(), featureLine));
                    }
                    root.put(name, new Located(null, line));
                } else {
                    root.put(name, new Located(p.readValueAsTree(), line));
                }
            }
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String why = org.citytwin.flow.JsonProblem.describe(e);
            throw new FlowReadException(file, loc == null ? 0 : loc.getLineNr(), loc == null
                    ? IssueMessage.of("flowread.json.syntax", why)
                    : IssueMessage.of("flowread.json.syntaxAt", loc.getColumnNr(), why), e);
        } catch (IOException e) {
            throw FlowReadException.unreadable(file, e);
        }
    }

    /** The root object rebuilt from its members (features aside). */
    private static JsonNode object(Map<String, Located> root) {
        var node = JSON.createObjectNode();
        root.forEach((k, v) -> {
            if (v.node() != null) node.set(k, v.node());
        });
        return node;
    }

    private static String text(Map<String, Located> root, String name) {
        Located l = root.get(name);
        return l == null || l.node() == null || !l.node().isTextual() ? null : l.node().asText();
    }

    private static FlowReadException refuse(Path file, IssueMessage found) {
        return new FlowReadException(file, 0, IssueMessage.of("flowread.json.refused", found));
    }

    /** What a JSON object that is not a moving-feature document is, in words. */
    private static IssueMessage describe(Map<String, Located> root) {
        if (root.containsKey("collections")) return IssueMessage.of("flowread.json.found.collections");
        if (root.containsKey("itemType") || root.containsKey("extent")) {
            return root.containsKey("id")
                    ? IssueMessage.of("flowread.json.found.collectionId", root.get("id").node().asText())
                    : IssueMessage.of("flowread.json.found.collectionInfo");
        }
        if (root.containsKey("valueSequence")) {
            String name = text(root, "name");
            return name != null ? IssueMessage.of("flowread.json.found.propertyNamed", name)
                    : IssueMessage.of("flowread.json.found.property");
        }
        if (root.containsKey("temporalProperties")) return IssueMessage.of("flowread.json.found.properties");
        if (root.containsKey("datetimes") && root.containsKey("values")) {
            return IssueMessage.of("flowread.json.found.primitive");
        }
        String type = text(root, "type");
        if (type != null) return IssueMessage.of("flowread.json.found.type", type);
        return IssueMessage.of("flowread.json.found.members", root.keySet().toString());
    }

    private static IssueMessage describeArray(JsonNode array) {
        boolean properties = array.size() > 0;
        for (JsonNode e : array) properties &= e.has("datetimes") && !e.has("temporalGeometry");
        return properties ? IssueMessage.of("flowread.json.found.propertyArray", array.size())
                : IssueMessage.of("flowread.json.found.array", array.size());
    }

    /** "a GeoJSON Feature 'id' without a temporalGeometry (its geometry is a static Point)". */
    private static IssueMessage geometryNote(JsonNode feature) {
        JsonNode g = feature.get("geometry");
        String id = feature.has("id") ? feature.get("id").asText() : null;
        if (g != null && g.has("type")) {
            String type = g.get("type").asText();
            return id != null ? IssueMessage.of("flowread.json.found.staticFeatureId", id, type)
                    : IssueMessage.of("flowread.json.found.staticFeature", type);
        }
        return id != null ? IssueMessage.of("flowread.json.found.featureId", id)
                : IssueMessage.of("flowread.json.found.feature");
    }

    private static String idOr(JsonNode node, String fallback) {
        JsonNode id = node.get("id");
        return id != null && id.isValueNode() ? id.asText() : fallback;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
