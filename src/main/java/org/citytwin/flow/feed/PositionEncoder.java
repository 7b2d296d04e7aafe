package org.citytwin.flow.feed;

import org.citytwin.flow.GeoPlacement;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.citytwin.flow.FlowSample;

/**
 * Agent positions to the GeoJSON that {@link PositionDecoder} reads: one FeatureCollection of Points
 * [lon, lat, height] with properties id, time (ISO-8601), speed, heading and the sample's attributes.
 */
public final class PositionEncoder {
    private final GeoPlacement placement;
    private final Map<String, String> extra;

    /** @param extra properties added to every feature (e.g. simulated=true) */
    public PositionEncoder(GeoPlacement placement, Map<String, String> extra) {
        this.placement = placement;
        this.extra = Map.copyOf(extra);
    }

    public byte[] encode(List<FlowSample> samples) {
        ObjectNode fc = FeedJson.MAPPER.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (FlowSample s : samples) {
            double[] lonLat = placement.toLonLat(s.x(), s.y());
            ObjectNode f = features.addObject().put("type", "Feature").put("id", s.sourceId());
            ObjectNode g = f.putObject("geometry").put("type", "Point");
            g.putArray("coordinates").add(round(lonLat[0], 1e8)).add(round(lonLat[1], 1e8)).add(round(s.z(), 1e3));
            ObjectNode p = f.putObject("properties").put("id", s.sourceId())
                    .put("time", Instant.ofEpochMilli(s.timeMillis()).toString());
            if (!Double.isNaN(s.speed())) p.put("speed", round(s.speed(), 100));
            if (!Double.isNaN(s.heading())) p.put("heading", round(s.heading(), 10));
            s.attributes().forEach(p::put);
            extra.forEach(p::put);
        }
        try {
            return FeedJson.MAPPER.writeValueAsBytes(fc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }
}
