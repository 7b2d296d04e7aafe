package org.citytwin.flow.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Shared JSON helpers of the decoders: a lenient parser, times, numbers. */
final class FeedJson {
    /** Trailing commas occur in real MF-JSON; feeds get the same leniency. */
    static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    private FeedJson() {
    }

    static JsonNode parse(byte[] payload) throws MalformedMessageException {
        try {
            JsonNode node = MAPPER.readTree(payload);
            if (node == null || node.isMissingNode()) throw new MalformedMessageException("flowfeed.bad.empty");
            return node;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new MalformedMessageException(e, "flowfeed.bad.json", loc.getLineNr(), loc.getColumnNr(),
                    org.citytwin.flow.JsonProblem.describe(e));
        } catch (java.io.IOException e) {
            throw new MalformedMessageException(e, "flowfeed.bad.unreadable", String.valueOf(e.getMessage()));
        }
    }

    /** Epoch milliseconds from a number (ms) or an ISO-8601 instant; {@code what} names the field in errors. */
    static long time(JsonNode node, String what) throws MalformedMessageException {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new MalformedMessageException("flowfeed.bad.missing", what);
        }
        if (node.isNumber()) return node.asLong();
        String text = node.asText();
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant().toEpochMilli();
            } catch (DateTimeParseException e2) {
                throw new MalformedMessageException("flowfeed.bad.time", what, text);
            }
        }
    }

    static double number(JsonNode node, String what) throws MalformedMessageException {
        if (node == null || !node.isNumber()) {
            throw new MalformedMessageException("flowfeed.bad.number", what, got(node));
        }
        return node.asDouble();
    }

    /** What a message held where a value was wanted: the JSON text, or "nothing" in the current language. */
    static Object got(JsonNode node) {
        return node == null ? org.citytwin.model.IssueMessage.of("flowfeed.bad.nothing") : node.toString();
    }

    /** {lon, lat, height or NaN} of a GeoJSON Point. */
    static double[] point(JsonNode geometry, String what) throws MalformedMessageException {
        if (geometry == null || !"Point".equals(geometry.path("type").asText())) {
            throw new MalformedMessageException("flowfeed.bad.point", what);
        }
        return position(geometry.get("coordinates"), what + ".coordinates");
    }

    static double[] position(JsonNode c, String what) throws MalformedMessageException {
        if (c == null || !c.isArray() || c.size() < 2) {
            throw new MalformedMessageException("flowfeed.bad.position", what);
        }
        double lon = number(c.get(0), what + "[0]"), lat = number(c.get(1), what + "[1]");
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            throw new MalformedMessageException("flowfeed.bad.lonLat", what, String.valueOf(lon), String.valueOf(lat));
        }
        return new double[] {lon, lat, c.size() > 2 ? number(c.get(2), what + "[2]") : Double.NaN};
    }
}
