package org.citytwin.flow.read;

import org.citytwin.geo.CoordinateTransform;
import org.citytwin.geo.CrsResolver;
import org.citytwin.geo.LocalProjection;
import org.citytwin.geo.SourceCrs;
import org.citytwin.geo.UnknownCrsException;
import org.citytwin.model.LocalFrame;

/**
 * The scene's local frame as seen by flow readers: the city's frame when a city is loaded, else anchored at
 * the first georeferenced flow sample, so later files land at their true offset from it. Thread-safe.
 */
public final class FrameAnchor {
    private final CrsResolver resolver;
    private LocalProjection projection;

    /** @param frame the city's frame, or null to anchor at the first sample */
    public FrameAnchor(CrsResolver resolver, LocalFrame frame) {
        this.resolver = resolver;
        this.projection = frame == null ? null : new LocalProjection(frame);
    }

    public SourceCrs resolve(String srsName) throws UnknownCrsException {
        try {
            return resolver.resolve(srsName);
        } catch (RuntimeException e) {
            // e.g. an EPSG code too long for a number: a name nobody can resolve, not a defect of the file reader
            throw new UnknownCrsException(srsName, "not a CRS reference that can be read", e);
        }
    }

    /** The frame, null while nothing georeferenced was read and no city frame was given. */
    public synchronized LocalFrame frame() {
        return projection == null ? null : projection.frame();
    }

    /** The transform for {@code crs}, anchoring the frame at (a, b) — a point in the CRS's axis order — if unset. */
    public synchronized CoordinateTransform transformFor(SourceCrs crs, double a, double b) throws UnknownCrsException {
        if (crs.isLocal()) return CoordinateTransform.IDENTITY;
        if (projection == null) {
            double[] latLon = LocalProjection.latLonOf(crs, a, b);
            projection = new LocalProjection(new LocalFrame(latLon[0], latLon[1]));
        }
        return projection.from(crs);
    }

    /**
     * Anchors the frame at (a, b) — a point in the CRS's axis order — unless it is anchored already. False when the
     * point has no geographic position a frame can stand on (not finite, beyond the poles): try the next point.
     */
    public synchronized boolean tryAnchor(SourceCrs crs, double a, double b) {
        if (projection != null || crs.isLocal()) return true;
        double[] latLon;
        try {
            latLon = LocalProjection.latLonOf(crs, a, b);
        } catch (UnknownCrsException e) {
            return false;
        }
        if (!(Math.abs(latLon[0]) < 90) || !(Math.abs(latLon[1]) <= 180)) return false;
        projection = new LocalProjection(new LocalFrame(latLon[0], latLon[1]));
        return true;
    }

    /** Local x, y -> {latitude, longitude}; null while the frame is not anchored. */
    public synchronized double[] toLatLon(double x, double y) {
        return projection == null ? null : projection.toLatLon(x, y);
    }
}
