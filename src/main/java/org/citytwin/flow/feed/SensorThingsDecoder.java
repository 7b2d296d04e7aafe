package org.citytwin.flow.feed;

import org.citytwin.flow.GeoPlacement;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citytwin.flow.FlowObservation;
import org.citytwin.flow.FlowObservation.Quantity;

/**
 * OGC SensorThings API MQTT: an Observation published on {@code v1.x/Datastreams(<id>)/Observations}. The result
 * (a count or an occupancy) goes to the configured zone of the datastream; without one, to the observation's
 * FeatureOfInterest or the Thing's Location when the message carries them ($expand).
 */
final class SensorThingsDecoder {
    private static final Pattern TOPIC = Pattern.compile("(?:^|/)v1\\.[01]/Datastreams\\('?([^')]+)'?\\)/Observations$");

    private final GeoPlacement placement;
    private final Map<String, SensorZone> zones;

    SensorThingsDecoder(GeoPlacement placement, Map<String, SensorZone> zones) {
        this.placement = placement;
        this.zones = zones;
    }

    /** The datastream id of a SensorThings observation topic, or null when the topic is not one. */
    static String datastreamOf(String topic) {
        Matcher m = TOPIC.matcher(topic);
        return m.find() ? m.group(1) : null;
    }

    Decoded decode(String datastream, JsonNode obs) throws MalformedMessageException {
        String where = "Datastreams(" + datastream + ") observation";
        JsonNode result = obs.get("result");
        if (result == null || !result.isNumber()) {
            throw new MalformedMessageException("flowfeed.bad.result", where, FeedJson.got(result));
        }
        long[] interval = interval(obs, where);
        SensorZone zone = zones.get(datastream);
        double[] local = {Double.NaN, Double.NaN, Double.NaN};
        String name = null;
        Quantity quantity = Quantity.COUNT;
        if (zone != null) {
            local = placement.toLocal(zone.lon(), zone.lat(), zone.height());
            name = zone.name();
            quantity = zone.quantity();
        } else {
            JsonNode location = locationOf(obs);
            if (location != null) {
                double[] p = FeedJson.point(location, where + " location");
                local = placement.toLocal(p[0], p[1], p[2]);
            }
            JsonNode ds = obs.path("Datastream");
            name = ds.hasNonNull("name") ? ds.get("name").asText() : null;
            quantity = quantityOf(ds.path("ObservedProperty").path("name").asText() + " " + ds.path("name").asText());
        }
        return new Decoded(List.of(), List.of(new FlowObservation("Datastreams(" + datastream + ")", name,
                interval[0], interval[1], quantity, result.asDouble(), local[0], local[1], local[2])));
    }

    /** phenomenonTime as an instant or "start/end" interval; resultTime when absent. */
    private static long[] interval(JsonNode obs, String where) throws MalformedMessageException {
        JsonNode t = obs.hasNonNull("phenomenonTime") ? obs.get("phenomenonTime") : obs.get("resultTime");
        if (t == null || t.isNull()) throw new MalformedMessageException("flowfeed.bad.noTime", where);
        String text = t.asText();
        int slash = text.indexOf('/');
        if (slash > 0) {
            long start = FeedJson.time(new com.fasterxml.jackson.databind.node.TextNode(text.substring(0, slash)),
                    where + " phenomenonTime start");
            long end = FeedJson.time(new com.fasterxml.jackson.databind.node.TextNode(text.substring(slash + 1)),
                    where + " phenomenonTime end");
            return new long[] {start, end};
        }
        long at = FeedJson.time(t, where + " phenomenonTime");
        return new long[] {at, at};
    }

    private static JsonNode locationOf(JsonNode obs) {
        JsonNode foi = obs.path("FeatureOfInterest").path("feature");
        if (foi.isObject()) return foi;
        JsonNode locations = obs.path("Datastream").path("Thing").path("Locations");
        if (locations.isArray() && !locations.isEmpty() && locations.get(0).path("location").isObject()) {
            return locations.get(0).get("location");
        }
        return null;
    }

    private static Quantity quantityOf(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("occupancy")) return Quantity.OCCUPANCY;
        if (t.contains("density")) return Quantity.DENSITY;
        return Quantity.COUNT;
    }
}
