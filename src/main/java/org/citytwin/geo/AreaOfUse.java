package org.citytwin.geo;

import java.util.Locale;

/**
 * A CRS's area of use as EPSG states it: a geographic bounding box in degrees and a short description.
 * A point counts as inside within a small margin, so data on the edge of a zone is not flagged.
 */
public record AreaOfUse(double west, double east, double south, double north, String description) {
    private static final double MARGIN_DEGREES = 0.5;

    public boolean contains(double latitude, double longitude) {
        if (!(latitude >= south - MARGIN_DEGREES && latitude <= north + MARGIN_DEGREES)) return false;
        if (west <= east) return longitude >= west - MARGIN_DEGREES && longitude <= east + MARGIN_DEGREES;
        // crosses the antimeridian
        return longitude >= west - MARGIN_DEGREES || longitude <= east + MARGIN_DEGREES;
    }

    /** E.g. "Japan - onshore mainland (129.30°E to 145.87°E, 30.94°N to 45.54°N)". */
    @Override
    public String toString() {
        String box = String.format(Locale.ROOT, "%s to %s, %s to %s", lon(west), lon(east), lat(south), lat(north));
        return description == null || description.isBlank() ? box : description + " (" + box + ")";
    }

    static String lat(double v) {
        return String.format(Locale.ROOT, "%.2f°%s", Math.abs(v), v < 0 ? "S" : "N");
    }

    static String lon(double v) {
        return String.format(Locale.ROOT, "%.2f°%s", Math.abs(v), v < 0 ? "W" : "E");
    }
}
