package org.citytwin.pipeline.read;

import java.util.List;

/**
 * One surface as read: gml:id (may be null) and its rings (exterior first) as xyz in the file's CRS axis order.
 *
 * @param ringIds  gml:id of each ring, parallel to {@code rings} (entries may be null); texture coordinates address rings by id
 * @param parentId gml:id of the nearest enclosing surface aggregate (MultiSurface, CompositeSurface, Solid), or null;
 *                 a material may target it instead of the polygon
 */
public record RawPolygon(String gmlId, List<double[]> rings, List<String> ringIds, String parentId) {

    /** A polygon without ring ids (tests, generated geometry). */
    public RawPolygon(String gmlId, List<double[]> rings) {
        this(gmlId, rings, java.util.Collections.nCopies(rings.size(), null), null);
    }
}
