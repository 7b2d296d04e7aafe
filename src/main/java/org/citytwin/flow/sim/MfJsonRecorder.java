package org.citytwin.flow.sim;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citytwin.flow.FlowSample;
import org.citytwin.flow.GeoPlacement;

/**
 * Records agent positions and writes them as one OGC Moving Features JSON (MF-JSON) FeatureCollection: one
 * Feature per agent with a MovingPoint (CRS84 longitude, latitude and the model's height), linear interpolation.
 * Every feature and the collection say that the flow is simulated. Written atomically (temp file + move).
 */
public final class MfJsonRecorder {
    private final GeoPlacement placement;
    private final Map<String, List<FlowSample>> tracks = new LinkedHashMap<>();

    public MfJsonRecorder(GeoPlacement placement) {
        this.placement = placement;
    }

    public void record(List<FlowSample> samples) {
        for (FlowSample s : samples) tracks.computeIfAbsent(s.sourceId(), k -> new ArrayList<>()).add(s);
    }

    public int sampleCount() {
        return tracks.values().stream().mapToInt(List::size).sum();
    }

    /** @param description what was simulated on which model (goes into the collection's properties) */
    public void write(Path file, String description) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (JsonGenerator g = new JsonFactory().createGenerator(tmp.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeObjectFieldStart("properties");
            g.writeBooleanField("simulated", true);
            g.writeStringField("description", description);
            g.writeEndObject();
            g.writeObjectFieldStart("crs");
            g.writeStringField("type", "Name");
            g.writeObjectFieldStart("properties");
            g.writeStringField("name", "urn:ogc:def:crs:OGC:1.3:CRS84");
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("trs");
            g.writeStringField("type", "Link");
            g.writeObjectFieldStart("properties");
            g.writeStringField("type", "OGCDEF");
            g.writeStringField("href", "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian");
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("features");
            for (var track : tracks.entrySet()) writeFeature(g, track.getKey(), track.getValue());
            g.writeEndArray();
            g.writeEndObject();
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void writeFeature(JsonGenerator g, String id, List<FlowSample> track) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", id);
        g.writeObjectFieldStart("properties");
        g.writeStringField("name", id);
        g.writeBooleanField("simulated", true);
        track.get(0).attributes().forEach((k, v) -> {
            try {
                g.writeStringField(k, v);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        g.writeEndObject();
        g.writeObjectFieldStart("temporalGeometry");
        g.writeStringField("type", "MovingPoint");
        g.writeArrayFieldStart("datetimes");
        for (FlowSample s : track) g.writeString(Instant.ofEpochMilli(s.timeMillis()).toString());
        g.writeEndArray();
        g.writeArrayFieldStart("coordinates");
        for (FlowSample s : track) {
            double[] lonLat = placement.toLonLat(s.x(), s.y());
            g.writeStartArray();
            g.writeNumber(Math.round(lonLat[0] * 1e7) / 1e7); // 1e-7 degree is about 1 cm
            g.writeNumber(Math.round(lonLat[1] * 1e7) / 1e7);
            g.writeNumber(Math.round(s.z() * 100) / 100.0);
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeStringField("interpolation", "Linear");
        g.writeEndObject();
        g.writeEndObject();
    }
}
