package org.citytwin.pipeline.read;

/**
 * What is known about a file when one of its features is handed over: its srsName and srsDimension,
 * and the first coordinate pair in document order (in the file's axis order, null if none yet).
 */
public record FileHeader(String srsName, int srsDimension, double[] firstPoint) {
}
