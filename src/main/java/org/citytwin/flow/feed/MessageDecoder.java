package org.citytwin.flow.feed;

import org.citytwin.flow.GeoPlacement;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Decodes one MQTT message by topic and content: SensorThings observation topics, FIWARE notifications, or
 * agent positions (GeoJSON / MF-JSON). Thread-safe (stateless after construction).
 */
public final class MessageDecoder {
    private final PositionDecoder positions;
    private final SensorThingsDecoder sensorThings;
    private final FiwareCrowdFlowDecoder fiware;

    public MessageDecoder(GeoPlacement placement, Map<String, SensorZone> zones) {
        this.positions = new PositionDecoder(placement);
        this.sensorThings = new SensorThingsDecoder(placement, Map.copyOf(zones));
        this.fiware = new FiwareCrowdFlowDecoder(placement);
    }

    Decoded decode(String topic, byte[] payload) throws MalformedMessageException {
        JsonNode json = FeedJson.parse(payload);
        String datastream = SensorThingsDecoder.datastreamOf(topic);
        if (datastream != null) return sensorThings.decode(datastream, json);
        if (FiwareCrowdFlowDecoder.accepts(json)) return fiware.decode(json);
        return positions.decode(json);
    }
}
