package org.citytwin.flow.read;

import org.citytwin.geo.LocalProjection;
import org.citytwin.geo.SourceCrs;
import org.citytwin.geo.UnknownCrsException;

/**
 * Whether raw numbers from a flow file can be a position at all, before anything is anchored or projected on them:
 * finite; latitude within ±90° and longitude within ±180° for a geographic CRS (in its own axis order); at most
 * {@value #MAX_METRES} m from the origin for projected and local coordinates, and heights within
 * {@value #MAX_HEIGHT} m. One bad sample must be skipped on its own, never anchor the frame or end the file.
 */
final class PositionCheck {
    /** 100,000 km: more than twice round the Earth, so no projected or lab coordinate can be this large. */
    static final double MAX_METRES = 1e8;
    /** 100 km above or below the ellipsoid: nobody walks there. */
    static final double MAX_HEIGHT = 1e5;

    private final String crsName;
    private final boolean geographic;
    /** Geographic axis order: latitude first (EPSG:4326), longitude first (CRS84), or not known (null). */
    private final Boolean latitudeFirst;

    /** @param crs the coordinates' CRS, null for lab or local metres; {@code crsName} as the file names it */
    PositionCheck(SourceCrs crs, String crsName) {
        this.crsName = crsName;
        this.geographic = crs != null && !crs.isLocal() && crs.isGeographic();
        this.latitudeFirst = geographic ? latitudeFirst(crs) : null;
    }

    /** Null when (a, b, z) may be a position; else why not, as a sentence part naming the values. */
    String problem(double a, double b, double z) {
        // the common case first and without building any text: files hold millions of positions
        if (!Double.isFinite(a) || !Double.isFinite(b)) return at(a, b) + " is not a pair of finite numbers";
        if (!Double.isFinite(z)) return at(a, b) + " has a height that is not a finite number (" + z + ")";
        if (Math.abs(z) > MAX_HEIGHT) return at(a, b) + " has an absurd height of " + z + " m";
        if (geographic) {
            if (latitudeFirst == null) {
                return Math.abs(a) > 180 || Math.abs(b) > 180
                        ? at(a, b) + " lies outside the range of " + crsName + " (degrees within ±90 and ±180)" : null;
            }
            double lat = latitudeFirst ? a : b;
            double lon = latitudeFirst ? b : a;
            if (Math.abs(lat) > 90) {
                return at(a, b) + " lies outside the range of " + crsName + ": latitude " + lat + " is not within ±90°";
            }
            if (Math.abs(lon) > 180) {
                return at(a, b) + " lies outside the range of " + crsName + ": longitude " + lon
                        + " is not within ±180°";
            }
            return null;
        }
        if (Math.abs(a) > MAX_METRES || Math.abs(b) > MAX_METRES) {
            return at(a, b) + " is absurdly far from the origin of "
                    + (crsName == null ? "the local frame" : crsName) + " (more than 100,000 km)";
        }
        return null;
    }

    private static String at(double a, double b) {
        return "position (" + a + ", " + b + ")";
    }

    /** Probes the CRS's axis order with one point: (10, 20) reads as latitude 10 when latitude comes first. */
    private static Boolean latitudeFirst(SourceCrs crs) {
        try {
            double[] latLon = LocalProjection.latLonOf(crs, 10, 20);
            if (Math.abs(latLon[0] - 10) < 1 && Math.abs(latLon[1] - 20) < 1) return Boolean.TRUE;
            if (Math.abs(latLon[0] - 20) < 1 && Math.abs(latLon[1] - 10) < 1) return Boolean.FALSE;
        } catch (UnknownCrsException | RuntimeException e) {
            // not known: fall back to the looser test
        }
        return null;
    }
}
