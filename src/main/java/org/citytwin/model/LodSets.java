package org.citytwin.model;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shared read-only LOD sets: nearly every object of a city has one of a handful of LOD sets ({0, 1}, {2}...), so one
 * instance per distinct set replaces a TreeSet with its entries per object.
 */
final class LodSets {

    private static final ConcurrentHashMap<SortedSet<Integer>, SortedSet<Integer>> SHARED = new ConcurrentHashMap<>();
    /** A load never meets more distinct sets than this (LODs 0-4); beyond it sets are copied, not shared. */
    private static final int MAX_SHARED = 256;

    private LodSets() {
    }

    static SortedSet<Integer> shared(SortedSet<Integer> lods) {
        if (lods == null) return null;
        SortedSet<Integer> found = SHARED.get(lods);
        if (found != null) return found;
        SortedSet<Integer> copy = Collections.unmodifiableSortedSet(new TreeSet<>(lods));
        if (SHARED.size() >= MAX_SHARED) return copy;
        found = SHARED.putIfAbsent(copy, copy);
        return found != null ? found : copy;
    }
}
