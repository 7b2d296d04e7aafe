package org.citytwin.pipeline.appearance;

import java.util.Map;
import org.citytwin.model.SurfaceLook;

/**
 * A polygon's texture: the image and, per ring gml:id, its texture coordinates (s,t pairs, one per ring
 * point including the closing one, origin at the image's bottom-left as CityGML defines).
 */
public record TexturedPolygon(SurfaceLook look, Map<String, double[]> ringCoords) {
}
