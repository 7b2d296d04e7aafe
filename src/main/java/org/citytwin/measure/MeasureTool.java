package org.citytwin.measure;

import org.citytwin.text.Texts;

/** What a series of clicks measures. */
public enum MeasureTool {
    /** A polyline: 3D length, horizontal length, vertical difference. */
    DISTANCE("Distance"),
    /** A polygon projected on the ground plane: area and perimeter. */
    AREA("Area"),
    /** One point: its height above the ground or terrain under it. */
    HEIGHT("Height above ground");

    /** Display names live in the names bundle, one key per constant (TextBundlesTest checks both languages). */
    static final String KEY_PREFIX = "names.measure.";

    private final String label;

    MeasureTool(String label) {
        this.label = label;
    }

    public String label() { return label; }

    /** The name shown to users, in the current language. */
    public String displayName() {
        return Texts.get(KEY_PREFIX + name());
    }

    /** Points needed before the measurement has a value. */
    public int minimumPoints() {
        return switch (this) {
            case DISTANCE -> 2;
            case AREA -> 3;
            case HEIGHT -> 1;
        };
    }
}
