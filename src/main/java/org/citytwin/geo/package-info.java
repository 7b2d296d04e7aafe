/**
 * Coordinate reference systems: srsName spellings to {@link org.citytwin.geo.SourceCrs} (via Apache SIS
 * and its embedded EPSG database) and the one local metric frame every file is projected into
 * ({@link org.citytwin.geo.LocalProjection}); the sun's position and true solar time ({@link org.citytwin.geo.SunPosition}).
 * No JavaFX, no citygml4j here.
 */
package org.citytwin.geo;
