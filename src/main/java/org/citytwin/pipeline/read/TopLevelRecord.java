package org.citytwin.pipeline.read;

import java.util.ArrayList;
import java.util.List;
import org.citytwin.model.Attribute;

/**
 * What the stream filter learns about one top-level feature: its original prefixed type (before any
 * i-UR renaming), the line it starts on, and attributes citygml4j would drop or that are simpler to
 * read from the stream (i-UR ADE subtrees, thematic and generic attributes).
 */
final class TopLevelRecord {
    final String id;
    /** The gml:id citygml4j sees: {@link #id}, unless an earlier feature of the file already had that id. */
    final String key;
    final String type;
    final int line;
    final int column;
    final List<Attribute> attributes = new ArrayList<>();
    /** Surfaces found inside i-UR attributes (e.g. the LOD0 map geometry), by LOD, in the file's CRS. */
    final java.util.Map<Integer, List<RawPolygon>> iurSurfaces = new java.util.TreeMap<>();
    /** Curves and points found inside i-UR attributes (the LOD0 map geometry of utilities), in the file's CRS. */
    final List<RawCurve> iurCurves = new ArrayList<>();
    /** Features nested in a UtilityNetwork ADE network (its pipes, cables, nodes), each its own object. */
    final List<RawFeature> components = new ArrayList<>();
    volatile boolean matched;

    TopLevelRecord(String id, String key, String type, int line, int column) {
        this.id = id;
        this.key = key;
        this.type = type;
        this.line = line;
        this.column = column;
    }
}
