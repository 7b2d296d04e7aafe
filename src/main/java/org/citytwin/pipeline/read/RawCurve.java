package org.citytwin.pipeline.read;

/**
 * A curve or point as read (e.g. the LOD0 centre line of a PLATEAU utility, kept by i-UR in
 * {@code uro:frnDmAttribute/uro:DmGeometricAttribute/uro:lod0Geometry}), xyz in the file's CRS axis order.
 *
 * @param lod   LOD of the geometry property holding it
 * @param xyz   vertex triples (a point has one)
 * @param point true for a gml:Point, false for a LineString/curve
 */
public record RawCurve(int lod, double[] xyz, boolean point) {
}
