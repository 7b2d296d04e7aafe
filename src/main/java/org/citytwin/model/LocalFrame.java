package org.citytwin.model;

/**
 * The one local metric frame shared by every loaded file: a geographic origin (degrees, on the
 * GRS80/WGS84 ellipsoid). Local coordinates are x east, y north, z up (height as given by the data),
 * in metres. The projection math lives in {@code org.citytwin.geo}.
 */
public record LocalFrame(double originLatitude, double originLongitude) {
}
