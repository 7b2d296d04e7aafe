package org.citytwin.model;

/**
 * Which LOD to show: the highest each object has (default), or exactly one LOD 0–4 (objects without it
 * are not shown at that setting).
 */
public record LodChoice(int lod) {

    public static final LodChoice HIGHEST = new LodChoice(-1);

    public LodChoice {
        if (lod < -1 || lod > 4) throw new IllegalArgumentException("LOD must be 0 to 4 (or highest), was " + lod);
    }

    public static LodChoice exactly(int lod) {
        return new LodChoice(lod);
    }

    public boolean isHighest() {
        return lod < 0;
    }

    /** The mesh an object shows under this choice (empty when it has none at that LOD). */
    public MeshPart meshOf(CityObject object) {
        if (isHighest()) return object.displayMesh();
        MeshPart mesh = object.meshes().get(lod);
        return mesh == null ? MeshPart.EMPTY : mesh;
    }

    @Override
    public String toString() {
        return isHighest() ? "highest available" : "LOD" + lod;
    }
}
