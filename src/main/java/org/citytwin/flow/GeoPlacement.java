package org.citytwin.flow;

import org.citytwin.geo.CoordinateTransform;
import org.citytwin.geo.CrsResolver;
import org.citytwin.geo.LocalProjection;
import org.citytwin.geo.UnknownCrsException;

/**
 * WGS84 / CRS84 longitude, latitude, height (what GeoJSON, SensorThings and FIWARE carry) to the scene's local
 * frame, and back. Thread-safe.
 */
public final class GeoPlacement {
    private final LocalProjection projection;
    private final CoordinateTransform toLocal;

    public GeoPlacement(LocalProjection projection, CrsResolver crs) {
        this.projection = projection;
        try {
            // EPSG:4326 is latitude-first: toLocal below swaps GeoJSON's lon,lat
            this.toLocal = projection.from(crs.resolve("EPSG:4326"));
        } catch (UnknownCrsException e) {
            throw new IllegalStateException("WGS84 is not available from the EPSG database: " + e.getMessage(), e);
        }
    }

    /** {x, y, z} in the local frame; height passes through (NaN stays NaN). */
    public double[] toLocal(double lon, double lat, double height) {
        double[] p = {lat, lon, height};
        toLocal.toLocal(p);
        return p;
    }

    /** {lon, lat} of a local point. */
    public double[] toLonLat(double x, double y) {
        double[] latLon = projection.toLatLon(x, y);
        return new double[] {latLon[1], latLon[0]};
    }
}
