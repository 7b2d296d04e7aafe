package org.citytwin.pipeline.read;

import java.util.List;

/**
 * One instance of an implicit geometry (CityGML ImplicitGeometry): a prototype in its own local metres,
 * placed by a 4×4 row-major transformation matrix and a reference point given in the file's CRS.
 *
 * @param prototypeKey same key for instances sharing one prototype ("id:" + gml:id, or the href target)
 * @param prototype    prototype surfaces, empty when only referenced (then looked up by key)
 * @param matrix       row-major 4×4, identity when the file gives none
 * @param referencePoint xyz in the file's CRS axis order, or null
 */
public record RawImplicit(String prototypeKey, List<RawPolygon> prototype, double[] matrix, double[] referencePoint) {
}
