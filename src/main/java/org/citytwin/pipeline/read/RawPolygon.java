package org.citytwin.pipeline.read;

import java.util.List;

/** One surface as read: gml:id (may be null) and its rings (exterior first) as xyz in the file's CRS axis order. */
public record RawPolygon(String gmlId, List<double[]> rings) {
}
