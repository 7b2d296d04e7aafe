package org.citytwin.thematic;

/**
 * What to colour by: an attribute (any name {@link org.citytwin.query.AttributeLookup} understands), numeric
 * with a number of classes and a way to break them, or categorical (one colour per distinct value or label).
 */
public record ThematicRule(String title, String attribute, boolean numeric, int classes, ClassBreaks breaks) {

    public static ThematicRule numeric(String title, String attribute, int classes, ClassBreaks breaks) {
        return new ThematicRule(title, attribute, true, classes, breaks);
    }

    public static ThematicRule categorical(String title, String attribute) {
        return new ThematicRule(title, attribute, false, 0, null);
    }

    /** Presets for PLATEAU buildings. */
    public static final ThematicRule MEASURED_HEIGHT = numeric("Measured height (m)", "measuredHeight", 6, ClassBreaks.EQUAL_INTERVAL);
    public static final ThematicRule STOREYS = numeric("Storeys above ground", "storeysAboveGround", 6, ClassBreaks.EQUAL_INTERVAL);
    public static final ThematicRule USAGE = categorical("Usage", "usage");
    public static final ThematicRule YEAR = numeric("Year of construction", "yearOfConstruction", 6, ClassBreaks.QUANTILE);
    public static final ThematicRule FLOOD_RANK = categorical("River flood depth rank", "rank");
}
