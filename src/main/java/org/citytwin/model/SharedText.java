package org.citytwin.model;

/**
 * One String instance per distinct short text across the model. A city repeats the same attribute names, units, code
 * spaces, code values and types in every object; read from XML each occurrence is a String of its own (some 15 per
 * building), which made strings the largest part of a loaded city. The JVM's string table is concurrent and lets
 * texts no longer used be collected, so it serves as the pool.
 */
public final class SharedText {

    /** Longer values are mostly unique (descriptions, ids) and are kept as they are. */
    static final int MAX_SHARED_LENGTH = 64;

    private SharedText() {
    }

    /** The shared instance of {@code text} (null stays null); for names, units, code spaces, types. */
    public static String of(String text) {
        return text == null ? null : text.intern();
    }

    /** As {@link #of} for a short value; a long one is returned unchanged. */
    public static String value(String text) {
        return text == null || text.length() > MAX_SHARED_LENGTH ? text : text.intern();
    }
}
