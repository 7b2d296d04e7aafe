package org.citytwin.flow;

import java.util.Map;

/**
 * One observed position of one moving thing (a pedestrian, an agent) at one instant, already placed in the
 * scene's local frame (x east, y north, z up; metres). Plain Java: no JavaFX, no MQTT types.
 *
 * @param sourceId   id of the moving feature, unique within its source
 * @param timeMillis instant as epoch milliseconds on the app's one clock (lab-frame data: a chosen start + frame/fps)
 * @param x          east, metres in the local frame
 * @param y          north, metres in the local frame
 * @param z          elevation, metres (an agent on an underground floor has a negative or low z)
 * @param speed      metres per second, NaN when not given (derived from neighbours when needed)
 * @param heading    degrees clockwise from north, NaN when not given
 * @param attributes other values carried with the sample (source name, level...), never null
 */
public record FlowSample(String sourceId, long timeMillis, double x, double y, double z, double speed,
                         double heading, Map<String, String> attributes) {

    public FlowSample {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A sample with position and time only. */
    public FlowSample(String sourceId, long timeMillis, double x, double y, double z) {
        this(sourceId, timeMillis, x, y, z, Double.NaN, Double.NaN, Map.of());
    }
}
