package org.citytwin.pipeline;

import org.citytwin.geo.CoordinateTransform;
import org.citytwin.geo.CrsResolver;
import org.citytwin.geo.LocalProjection;
import org.citytwin.geo.SourceCrs;
import org.citytwin.geo.UnknownCrsException;
import org.citytwin.model.LocalFrame;

/**
 * Holds the one local frame of a loader. The frame is anchored at the first georeferenced coordinate
 * ever loaded, so every later file (Tokyo, Saitama, ...) lands at its true offset from it.
 */
final class FrameBinding {

    private final CrsResolver resolver;
    private LocalProjection projection;

    FrameBinding(CrsResolver resolver) {
        this.resolver = resolver;
    }

    synchronized LocalFrame frame() {
        return projection == null ? null : projection.frame();
    }

    synchronized LocalProjection projection() {
        return projection;
    }

    SourceCrs resolve(String srsName) throws UnknownCrsException {
        return resolver.resolve(srsName);
    }

    /** The transform for a CRS, anchoring the frame at (a, b) — a point in that CRS's axis order — if none exists yet. */
    synchronized CoordinateTransform transformFor(SourceCrs crs, double a, double b) throws UnknownCrsException {
        if (projection == null) {
            if (crs.isLocal()) return LOCAL_IDENTITY;
            double[] latLon = LocalProjection.latLonOf(crs, a, b);
            projection = new LocalProjection(new LocalFrame(latLon[0], latLon[1]));
        }
        return crs.isLocal() ? LOCAL_IDENTITY : projection.from(crs);
    }

    /** Forces the frame origin (tests and saved projects). */
    synchronized void anchor(LocalFrame frame) {
        projection = new LocalProjection(frame);
    }

    /** Local CRS data: numbers are taken as local metres. */
    static final CoordinateTransform LOCAL_IDENTITY = (xyz, offset, count) -> { };
}
