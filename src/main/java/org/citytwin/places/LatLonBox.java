package org.citytwin.places;

/** A geographic box in degrees (WGS84 / JGD2011 latitude and longitude). */
public record LatLonBox(double south, double west, double north, double east) {
    private static final double METRES_PER_DEGREE = 111_320;

    public LatLonBox union(LatLonBox o) {
        return new LatLonBox(Math.min(south, o.south), Math.min(west, o.west), Math.max(north, o.north), Math.max(east, o.east));
    }

    public double centerLat() {
        return (south + north) / 2;
    }

    public double centerLon() {
        return (west + east) / 2;
    }

    /** Shortest ground distance between the two boxes in metres (0 when they touch or overlap), flat-earth approximation. */
    public double gapMetres(LatLonBox o) {
        double dLat = Math.max(0, Math.max(o.south - north, south - o.north));
        double dLon = Math.max(0, Math.max(o.west - east, west - o.east));
        double cos = Math.cos(Math.toRadians((centerLat() + o.centerLat()) / 2));
        return Math.hypot(dLat * METRES_PER_DEGREE, dLon * METRES_PER_DEGREE * cos);
    }

    public boolean contains(double lat, double lon) {
        return lat >= south && lat <= north && lon >= west && lon <= east;
    }
}
