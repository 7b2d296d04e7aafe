package org.citytwin.flow.feed;

import org.citytwin.flow.FlowObservation.Quantity;
import org.citytwin.text.Texts;

/**
 * Where a SensorThings datastream's observations belong when the message does not say: a configured zone.
 *
 * @param datastreamId the id in {@code Datastreams(<id>)}
 * @param name         readable zone name
 * @param lon          CRS84 longitude
 * @param lat          latitude
 * @param height       metres (an underground concourse is negative), NaN when unknown
 * @param quantity     what the datastream's results measure
 */
public record SensorZone(String datastreamId, String name, double lon, double lat, double height, Quantity quantity) {

    /** One line of the connect dialog's zone list: {@code id = name, lon, lat, height, COUNT|OCCUPANCY|DENSITY}. */
    public static SensorZone parse(String line) {
        int eq = line.indexOf('=');
        String[] parts = eq < 0 ? new String[0] : line.substring(eq + 1).split(",");
        if (eq < 0 || parts.length < 3) {
            throw new IllegalArgumentException(Texts.get("flowfeed.zone.form", line.strip()));
        }
        try {
            double height = parts.length > 3 ? Double.parseDouble(parts[3].strip()) : Double.NaN;
            Quantity q = parts.length > 4 ? Quantity.valueOf(parts[4].strip().toUpperCase(java.util.Locale.ROOT))
                    : Quantity.COUNT;
            return new SensorZone(line.substring(0, eq).strip(), parts[0].strip(), Double.parseDouble(parts[1].strip()),
                    Double.parseDouble(parts[2].strip()), height, q);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Texts.get("flowfeed.zone.value", line.strip(), String.valueOf(e.getMessage())), e);
        }
    }

    public String format() {
        return datastreamId + " = " + name + ", " + lon + ", " + lat + ", " + (Double.isNaN(height) ? 0 : height)
                + ", " + quantity;
    }
}
