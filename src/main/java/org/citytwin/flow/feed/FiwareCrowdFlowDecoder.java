package org.citytwin.flow.feed;

import org.citytwin.flow.GeoPlacement;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.citytwin.flow.FlowObservation;
import org.citytwin.flow.FlowObservation.Quantity;

/**
 * FIWARE Smart Data Model {@code CrowdFlowObserved} entities, as NGSI-LD notifications ({@code type: Notification,
 * data: [...]}, normalized Property/GeoProperty values or keyValues) or NGSIv2 notifications ({@code subscriptionId,
 * data: [...]}, attributes {type, value}). peopleCount becomes a COUNT observation, occupancy an OCCUPANCY one,
 * over dateObservedFrom..dateObservedTo (or the instant dateObserved).
 */
final class FiwareCrowdFlowDecoder {
    private final GeoPlacement placement;

    FiwareCrowdFlowDecoder(GeoPlacement placement) {
        this.placement = placement;
    }

    /** True when the JSON looks like an NGSI notification or entity rather than GeoJSON. */
    static boolean accepts(JsonNode json) {
        return json.has("subscriptionId") || "Notification".equals(json.path("type").asText())
                || json.path("type").asText().endsWith("CrowdFlowObserved")
                || (json.isArray() && !json.isEmpty() && json.get(0).path("type").asText().endsWith("CrowdFlowObserved"));
    }

    Decoded decode(JsonNode json) throws MalformedMessageException {
        JsonNode entities = json.isArray() ? json : json.has("data") ? json.get("data") : null;
        List<FlowObservation> out = new ArrayList<>();
        if (entities == null) {
            entity(json, "entity", out);
        } else {
            if (!entities.isArray()) throw new MalformedMessageException("flowfeed.bad.data");
            for (int i = 0; i < entities.size(); i++) {
                if (entities.get(i).path("type").asText().endsWith("CrowdFlowObserved")) {
                    entity(entities.get(i), "data[" + i + "]", out);
                }
            }
        }
        if (out.isEmpty()) {
            throw new MalformedMessageException("flowfeed.bad.noEntity");
        }
        return new Decoded(List.of(), out);
    }

    private void entity(JsonNode e, String where, List<FlowObservation> out) throws MalformedMessageException {
        String id = e.path("id").asText(null);
        if (id == null || id.isBlank()) throw new MalformedMessageException("flowfeed.bad.entityNoId", where);
        where = where + " (" + id + ")";
        if (!e.path("type").asText().endsWith("CrowdFlowObserved")) {
            throw new MalformedMessageException("flowfeed.bad.entityType", where, e.path("type").asText());
        }
        long start, end;
        JsonNode from = value(e.get("dateObservedFrom")), to = value(e.get("dateObservedTo"));
        if (from != null && to != null) {
            start = FeedJson.time(from, where + " dateObservedFrom");
            end = FeedJson.time(to, where + " dateObservedTo");
        } else {
            JsonNode at = value(e.get("dateObserved"));
            if (at == null) throw new MalformedMessageException("flowfeed.bad.noDate", where);
            String text = at.asText();
            int slash = text.indexOf('/');
            start = FeedJson.time(new com.fasterxml.jackson.databind.node.TextNode(slash > 0 ? text.substring(0, slash) : text),
                    where + " dateObserved");
            end = slash > 0 ? FeedJson.time(new com.fasterxml.jackson.databind.node.TextNode(text.substring(slash + 1)),
                    where + " dateObserved") : start;
        }
        double[] local = {Double.NaN, Double.NaN, Double.NaN};
        JsonNode location = value(e.get("location"));
        if (location != null) {
            double[] p = FeedJson.point(location, where + " location");
            local = placement.toLocal(p[0], p[1], p[2]);
        }
        JsonNode nameNode = value(e.get("name"));
        String name = nameNode == null ? null : nameNode.asText();
        JsonNode count = value(e.get("peopleCount"));
        if (count != null) {
            out.add(new FlowObservation(id, name, start, end, Quantity.COUNT,
                    FeedJson.number(count, where + " peopleCount"), local[0], local[1], local[2]));
        }
        JsonNode occupancy = value(e.get("occupancy"));
        if (occupancy != null) {
            out.add(new FlowObservation(id, name, start, end, Quantity.OCCUPANCY,
                    FeedJson.number(occupancy, where + " occupancy"), local[0], local[1], local[2]));
        }
    }

    /** The plain value of an attribute: NGSI-LD {value} / {@value}, NGSIv2 {type, value}, or keyValues as is. */
    private static JsonNode value(JsonNode attribute) {
        if (attribute == null || attribute.isNull()) return null;
        JsonNode v = attribute;
        if (v.isObject() && v.has("value")) v = v.get("value");
        if (v.isObject() && v.has("@value")) v = v.get("@value");
        return v.isNull() ? null : v;
    }
}
