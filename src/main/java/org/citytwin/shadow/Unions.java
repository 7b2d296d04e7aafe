package org.citytwin.shadow;

import java.util.Collection;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/** Polygon unions and intersections that do not give up on near-coincident edges. */
final class Unions {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private Unions() {
    }

    /** The union of polygons; an empty polygon for none. */
    static Geometry of(Collection<? extends Geometry> parts) {
        if (parts.isEmpty()) return GEOMETRY.createPolygon();
        try {
            Geometry u = CascadedPolygonUnion.union(parts);
            return u == null ? GEOMETRY.createPolygon() : u;
        } catch (RuntimeException topologyTrouble) {
            // The fast union can fail on near-coincident edges; the robust overlay snaps and still succeeds.
            return OverlayNGRobust.union(GEOMETRY.buildGeometry(parts));
        }
    }

    static Geometry intersection(Geometry a, Geometry b) {
        if (a.isEmpty() || b.isEmpty() || !a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
            return GEOMETRY.createPolygon();
        }
        return OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
    }
}
