package org.citytwin.model;

import org.citytwin.text.Texts;

/**
 * What a buried utility carries. One colour per type, used by the scene and the legend
 * (plain sRGB ints so the model stays free of JavaFX).
 */
public enum UtilityType {
    WATER("Water", 0x2F7FE0),
    SEWER("Sewer", 0x8B5A2B),
    GAS("Gas", 0xF2C200),
    ELECTRICITY("Electricity", 0xE0302A),
    TELECOM("Telecom", 0x3FB54A),
    HEAT("Heat", 0xE07A1F),
    OTHER("Other", 0x9A6FC0);

    /** Display names live in the names bundle, one key per constant (TextBundlesTest checks both languages). */
    static final String KEY_PREFIX = "names.utility.";

    private final String label;
    private final int rgb;

    UtilityType(String label, int rgb) {
        this.label = label;
        this.rgb = rgb;
    }

    /** The English name, stable for JSON. */
    public String label() {
        return label;
    }

    /** The name shown to users, in the current language. */
    public String displayName() {
        return Texts.get(KEY_PREFIX + name());
    }

    /** Colour as 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }
}
