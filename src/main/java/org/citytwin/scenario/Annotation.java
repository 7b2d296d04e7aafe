package org.citytwin.scenario;

import java.util.Objects;

/**
 * A pin or callout a presenter puts on the model: at a position (lat/lon/height) or on an object (its gml:id; the
 * position is then where it was attached), with text in Japanese and/or English, the author, when, and a colour.
 *
 * @param colour 0xRRGGBB
 * @param time   ISO-8601 instant, as written
 */
public record Annotation(String id, Kind kind, double lat, double lon, double height, String objectId, String textJa,
                         String textEn, String author, String time, int colour) {

    public enum Kind { PIN, CALLOUT }

    public Annotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("An annotation needs a latitude within ±90, a longitude within ±180 and a"
                    + " height, was " + lat + ", " + lon + ", " + height);
        }
    }

    public String text() {
        if (textJa != null && textEn != null) return textJa + " / " + textEn;
        return textJa != null ? textJa : textEn != null ? textEn : "";
    }
}
