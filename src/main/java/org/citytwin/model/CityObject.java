package org.citytwin.model;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * A top-level city object in the project's own model (no citygml4j, no JavaFX).
 *
 * @param id        gml:id (generated when the file has none)
 * @param type      prefixed type as in the file's schema, e.g. "bldg:Building", "uro:WaterPipe"
 * @param kind      thematic kind used for grouping and colour
 * @param name      gml:name or null
 * @param lods      every LOD with geometry, nested parts included
 * @param meshes    triangulated geometry per LOD (only LODs with surfaces)
 * @param attributes core, thematic, generic and ADE attributes
 * @param sourceFile the file it was read from
 */
public record CityObject(String id, String type, FeatureKind kind, String name, SortedSet<Integer> lods,
                         Map<Integer, MeshPart> meshes, List<Attribute> attributes, String sourceFile) {

    /** The highest LOD that has surfaces, or -1 when the object has no surface geometry. */
    public int highestMeshLod() {
        int best = -1;
        for (int lod : meshes.keySet()) {
            if (!meshes.get(lod).isEmpty() && lod > best) best = lod;
        }
        return best;
    }

    /** The mesh shown by default: the highest LOD present. */
    public MeshPart displayMesh() {
        int lod = highestMeshLod();
        return lod < 0 ? MeshPart.EMPTY : meshes.get(lod);
    }

    public Attribute attribute(String qualifiedName) {
        return Attribute.find(attributes, qualifiedName);
    }
}
