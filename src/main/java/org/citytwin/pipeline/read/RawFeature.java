package org.citytwin.pipeline.read;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.citytwin.model.Attribute;

/**
 * A top-level feature as it leaves the reader: no citygml4j types, coordinates still in the file's CRS.
 *
 * @param lods     every LOD holding any geometry (curves included)
 * @param surfaces polygons per LOD that has surfaces, ascending
 * @param implicits implicit geometry instances per LOD
 */
public record RawFeature(String id, String type, String name, int line, SortedSet<Integer> lods,
                         Map<Integer, List<RawPolygon>> surfaces, List<Attribute> attributes,
                         Map<Integer, List<RawImplicit>> implicits) {

    public RawFeature(String id, String type, String name, int line, SortedSet<Integer> lods,
                      Map<Integer, List<RawPolygon>> surfaces, List<Attribute> attributes) {
        this(id, type, name, line, lods, surfaces, attributes, Map.of());
    }
}
