package org.citytwin.model;

import org.citytwin.text.Texts;

/**
 * The thematic kind of a city object, used for grouping meshes and for the default colour.
 * Colours are plain sRGB ints so that the model stays free of JavaFX.
 */
public enum FeatureKind {
    BUILDING("Buildings", 0xD9D4C7),
    UNDERGROUND_BUILDING("Underground buildings", 0xB08F6A),
    BRIDGE("Bridges", 0xA7A9AC),
    TUNNEL("Tunnels", 0x8C6D5A),
    TRANSPORTATION("Roads and railways", 0x6E7178),
    TERRAIN("Terrain", 0x9DB07A),
    LAND_USE("Land use", 0xC8D69B),
    VEGETATION("Vegetation", 0x4E8A3E),
    WATER("Water", 0x4A90C8),
    CITY_FURNITURE("City furniture", 0xE0A040),
    UTILITY("Utilities", 0xD0402A),
    URBAN_PLANNING("Urban planning zones", 0xB57EDC),
    CONSTRUCTION("Other constructions", 0x9E9E8E),
    GENERIC("Generic objects", 0xC9A0A0),
    OTHER("Other", 0xBBBBBB);

    /** Display names live in the names bundle, one key per constant (TextBundlesTest checks both languages). */
    static final String KEY_PREFIX = "names.feature.";

    private final String label;
    private final int rgb;

    FeatureKind(String label, int rgb) {
        this.label = label;
        this.rgb = rgb;
    }

    /** The English name, stable for queries ({@code kind = "Buildings"}) and JSON. */
    public String label() {
        return label;
    }

    /** The name shown to users, in the current language. */
    public String displayName() {
        return Texts.get(KEY_PREFIX + name());
    }

    /** Default colour as 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }

    /** Flat areas (terrain, land use, zones) are drawn slightly translucent or below others. */
    public boolean isAreal() {
        return this == TERRAIN || this == LAND_USE || this == URBAN_PLANNING;
    }
}
