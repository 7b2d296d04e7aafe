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
 * @param curves   curves and points citygml4j does not see (i-UR LOD0 map geometry), in document order
 * @param danglingHref the first geometry XLink of an LOD left out of {@code lods} because its geometry was only
 *                 XLinks leading to nothing drawable in this object; null when none
 */
public record RawFeature(String id, String type, String name, int line, SortedSet<Integer> lods,
                         Map<Integer, List<RawPolygon>> surfaces, List<Attribute> attributes,
                         Map<Integer, List<RawImplicit>> implicits, List<RawCurve> curves, String danglingHref) {

    public RawFeature(String id, String type, String name, int line, SortedSet<Integer> lods,
                      Map<Integer, List<RawPolygon>> surfaces, List<Attribute> attributes,
                      Map<Integer, List<RawImplicit>> implicits, List<RawCurve> curves) {
        this(id, type, name, line, lods, surfaces, attributes, implicits, curves, null);
    }

    public RawFeature(String id, String type, String name, int line, SortedSet<Integer> lods,
                      Map<Integer, List<RawPolygon>> surfaces, List<Attribute> attributes,
                      Map<Integer, List<RawImplicit>> implicits) {
        this(id, type, name, line, lods, surfaces, attributes, implicits, List.of());
    }

    public RawFeature(String id, String type, String name, int line, SortedSet<Integer> lods,
                      Map<Integer, List<RawPolygon>> surfaces, List<Attribute> attributes) {
        this(id, type, name, line, lods, surfaces, attributes, Map.of());
    }
}
