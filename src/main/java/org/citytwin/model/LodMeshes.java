package org.citytwin.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An object's meshes per LOD as a small read-only map: LODs ascending in an int array beside their meshes, instead of
 * a TreeMap (an entry object per LOD) behind an unmodifiable wrapper, for each of a city's objects. Iterates in
 * ascending LOD order, like the TreeMap it replaces.
 */
final class LodMeshes extends AbstractMap<Integer, MeshPart> {

    private static final LodMeshes EMPTY = new LodMeshes(new int[0], new MeshPart[0]);

    private final int[] lods;
    private final MeshPart[] meshes;

    private LodMeshes(int[] lods, MeshPart[] meshes) {
        this.lods = lods;
        this.meshes = meshes;
    }

    /** The same mappings, compact (a null key is refused). */
    static Map<Integer, MeshPart> copyOf(Map<Integer, MeshPart> source) {
        if (source == null) return null;
        if (source instanceof LodMeshes m) return m;
        if (source.isEmpty()) return EMPTY;
        int[] keys = new int[source.size()];
        int n = 0;
        for (Integer lod : source.keySet()) keys[n++] = lod; // NPE on a null key
        Arrays.sort(keys);
        MeshPart[] values = new MeshPart[keys.length];
        for (int i = 0; i < keys.length; i++) values[i] = source.get(keys[i]);
        return new LodMeshes(keys, values);
    }

    private int indexOf(Object key) {
        return key instanceof Integer lod ? Arrays.binarySearch(lods, lod) : -1;
    }

    @Override
    public MeshPart get(Object key) {
        int i = indexOf(key);
        return i >= 0 ? meshes[i] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return lods.length;
    }

    @Override
    public Set<Entry<Integer, MeshPart>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Integer, MeshPart>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < lods.length;
                    }

                    @Override
                    public Entry<Integer, MeshPart> next() {
                        if (next >= lods.length) throw new NoSuchElementException();
                        int i = next++;
                        return new SimpleImmutableEntry<>(lods[i], meshes[i]);
                    }
                };
            }

            @Override
            public int size() {
                return lods.length;
            }
        };
    }
}
