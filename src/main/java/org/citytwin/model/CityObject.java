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
 * @param utility    utility semantics (depth, diameter, centre line) for buried utilities, null otherwise
 */
public record CityObject(String id, String type, FeatureKind kind, String name, SortedSet<Integer> lods,
                         Map<Integer, MeshPart> meshes, List<Attribute> attributes, String sourceFile,
                         UtilityInfo utility) {

    /**
     * Kept compact, as a city holds tens of thousands of objects: the type, name and file texts shared, the LOD set shared
     * among objects with the same LODs, the meshes in a small read-only map (ascending LODs, as before).
     */
    public CityObject {
        type = SharedText.of(type);
        name = SharedText.value(name);
        sourceFile = SharedText.of(sourceFile);
        lods = LodSets.shared(lods);
        meshes = LodMeshes.copyOf(meshes);
    }

    /** An object that is not a utility. */
    public CityObject(String id, String type, FeatureKind kind, String name, SortedSet<Integer> lods,
                      Map<Integer, MeshPart> meshes, List<Attribute> attributes, String sourceFile) {
        this(id, type, kind, name, lods, meshes, attributes, sourceFile, null);
    }

    /** The same object with other attributes (e.g. code-list labels added). */
    public CityObject withAttributes(List<Attribute> newAttributes) {
        return new CityObject(id, type, kind, name, lods, meshes, newAttributes, sourceFile, utility);
    }

    /** The same object with other meshes (e.g. implicit geometry placed). */
    public CityObject withMeshes(Map<Integer, MeshPart> newMeshes) {
        return new CityObject(id, type, kind, name, lods, newMeshes, attributes, sourceFile, utility);
    }

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
