package org.citytwin.flow.feed;

import org.citytwin.flow.GeoPlacement;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citytwin.flow.FlowSample;

/**
 * Agent positions: a GeoJSON Feature or FeatureCollection of Points (properties id, time, speed, heading, level;
 * height as the third coordinate or property "height"), or MF-JSON features whose temporalGeometry is a
 * MovingPoint (one sample per datetime). Coordinates are CRS84 longitude, latitude, height.
 */
final class PositionDecoder {
    private final GeoPlacement placement;

    PositionDecoder(GeoPlacement placement) {
        this.placement = placement;
    }

    Decoded decode(JsonNode json) throws MalformedMessageException {
        List<FlowSample> out = new ArrayList<>();
        if (json.isArray()) {
            for (int i = 0; i < json.size(); i++) feature(json.get(i), "[" + i + "]", out);
        } else if ("FeatureCollection".equals(json.path("type").asText())) {
            JsonNode features = json.get("features");
            if (features == null || !features.isArray()) {
                throw new MalformedMessageException("flowfeed.bad.features");
            }
            for (int i = 0; i < features.size(); i++) feature(features.get(i), "features[" + i + "]", out);
        } else {
            feature(json, "feature", out);
        }
        return new Decoded(out, List.of());
    }

    private void feature(JsonNode f, String where, List<FlowSample> out) throws MalformedMessageException {
        if (!"Feature".equals(f.path("type").asText())) {
            throw new MalformedMessageException("flowfeed.bad.feature", where, f.path("type").asText());
        }
        JsonNode props = f.path("properties");
        JsonNode idNode = f.hasNonNull("id") ? f.get("id") : props.get("id");
        if (idNode == null || idNode.isNull() || idNode.asText().isBlank()) {
            throw new MalformedMessageException("flowfeed.bad.noId", where);
        }
        String id = idNode.asText();
        Map<String, String> attributes = attributes(props);
        double speed = props.path("speed").isNumber() ? props.get("speed").asDouble() : Double.NaN;
        double heading = props.path("heading").isNumber() ? props.get("heading").asDouble() : Double.NaN;
        if (f.has("temporalGeometry")) {
            movingPoint(f.get("temporalGeometry"), where + " (" + id + ")", id, speed, heading, attributes, out);
            return;
        }
        double[] p = FeedJson.point(f.get("geometry"), where + " (" + id + ") geometry");
        long time = FeedJson.time(firstOf(props, "time", "datetime", "timestamp"), where + " (" + id + ") properties.time");
        double h = !Double.isNaN(p[2]) ? p[2] : props.path("height").isNumber() ? props.get("height").asDouble() : 0;
        double[] local = placement.toLocal(p[0], p[1], h);
        out.add(new FlowSample(id, time, local[0], local[1], local[2], speed, heading, attributes));
    }

    private void movingPoint(JsonNode g, String where, String id, double speed, double heading,
                             Map<String, String> attributes, List<FlowSample> out) throws MalformedMessageException {
        if (!"MovingPoint".equals(g.path("type").asText())) {
            throw new MalformedMessageException("flowfeed.bad.movingPoint", where, g.path("type").asText());
        }
        JsonNode coords = g.path("coordinates"), times = g.path("datetimes");
        if (!coords.isArray() || !times.isArray() || coords.size() != times.size()) {
            throw new MalformedMessageException("flowfeed.bad.movingPointLengths", where);
        }
        for (int i = 0; i < coords.size(); i++) {
            double[] p = FeedJson.position(coords.get(i), where + " coordinates[" + i + "]");
            long time = FeedJson.time(times.get(i), where + " datetimes[" + i + "]");
            double[] local = placement.toLocal(p[0], p[1], Double.isNaN(p[2]) ? 0 : p[2]);
            out.add(new FlowSample(id, time, local[0], local[1], local[2], speed, heading, attributes));
        }
    }

    private static JsonNode firstOf(JsonNode props, String... names) {
        for (String n : names) if (props.hasNonNull(n)) return props.get(n);
        return null;
    }

    /** Scalar properties other than the ones decoded into fields (level, source, ...), as strings. */
    private static Map<String, String> attributes(JsonNode props) {
        Map<String, String> out = new HashMap<>();
        props.fields().forEachRemaining(e -> {
            String k = e.getKey();
            if (e.getValue().isValueNode() && !e.getValue().isNull()
                    && !List.of("id", "time", "datetime", "timestamp", "speed", "heading", "height").contains(k)) {
                out.put(k, e.getValue().asText());
            }
        });
        return out;
    }
}
