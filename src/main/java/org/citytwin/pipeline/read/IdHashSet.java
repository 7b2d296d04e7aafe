package org.citytwin.pipeline.read;

/**
 * A set of gml:ids kept as 64-bit hashes in one open-addressing long array: a 500 MB PLATEAU file has
 * millions of polygon ids, which as Strings in a HashSet would cost hundreds of MB just to resolve a
 * few XLinks. A hash collision can only make an unresolved XLink look resolved (one missed warning).
 */
final class IdHashSet {

    private long[] slots = new long[1 << 12];
    private int size;

    void add(String id) {
        if (4 * (size + 1) > 3 * slots.length) grow();
        if (insert(slots, hash(id))) size++;
    }

    boolean contains(String id) {
        long h = hash(id);
        int mask = slots.length - 1;
        for (int i = (int) (mix(h) & mask); slots[i] != 0; i = (i + 1) & mask) {
            if (slots[i] == h) return true;
        }
        return false;
    }

    int size() {
        return size;
    }

    private static boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        int i = (int) (mix(h) & mask);
        while (table[i] != 0) {
            if (table[i] == h) return false;
            i = (i + 1) & mask;
        }
        table[i] = h;
        return true;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long h : slots) if (h != 0) insert(bigger, h);
        slots = bigger;
    }

    /** FNV-1a over the chars; 0 is reserved for empty slots. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }
}
