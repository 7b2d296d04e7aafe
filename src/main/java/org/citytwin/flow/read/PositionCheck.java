package org.citytwin.flow.read;

import org.citytwin.geo.LocalProjection;
import org.citytwin.geo.SourceCrs;
import org.citytwin.geo.UnknownCrsException;
import org.citytwin.model.IssueMessage;

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
    IssueMessage problem(double a, double b, double z) {
        // the common case first and without building any text: files hold millions of positions
        if (!Double.isFinite(a) || !Double.isFinite(b)) return IssueMessage.of("flowread.position.notFinite", at(a, b));
        if (!Double.isFinite(z)) return IssueMessage.of("flowread.position.heightNotFinite", at(a, b), num(z));
        if (Math.abs(z) > MAX_HEIGHT) return IssueMessage.of("flowread.position.heightAbsurd", at(a, b), num(z));
        if (geographic) {
            if (latitudeFirst == null) {
                return Math.abs(a) > 180 || Math.abs(b) > 180
                        ? IssueMessage.of("flowread.position.outsideDegrees", at(a, b), crsName) : null;
            }
            double lat = latitudeFirst ? a : b;
            double lon = latitudeFirst ? b : a;
            if (Math.abs(lat) > 90) return IssueMessage.of("flowread.position.latitude", at(a, b), crsName, num(lat));
            if (Math.abs(lon) > 180) return IssueMessage.of("flowread.position.longitude", at(a, b), crsName, num(lon));
            return null;
        }
        if (Math.abs(a) > MAX_METRES || Math.abs(b) > MAX_METRES) {
            return crsName == null ? IssueMessage.of("flowread.position.farLocal", at(a, b))
                    : IssueMessage.of("flowread.position.far", at(a, b), crsName);
        }
        return null;
    }

    /** "(a, b)" as Java writes the numbers: exactly what the file held, not rounded by a number format. */
    static String at(double a, double b) {
        return "(" + a + ", " + b + ")";
    }

    private static String num(double v) {
        return String.valueOf(v);
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
