package org.citytwin.thematic;

import java.util.List;
import org.citytwin.model.CityObject;
import org.citytwin.query.AttributeLookup;
import org.citytwin.text.Texts;

/**
 * What to colour by: an attribute (any name {@link org.citytwin.query.AttributeLookup} understands), numeric
 * with a number of classes and a way to break them, or categorical (one colour per distinct value or label).
 */
public record ThematicRule(String title, String attribute, boolean numeric, int classes, ClassBreaks breaks) {

    /** A preset's title is a bundle key under this prefix, shown in the current language; others are shown as given. */
    private static final String PRESET = "thematic.rule.";

    /** The title to show: a preset's in the current language, else the attribute name as given. */
    @Override
    public String title() {
        return title.startsWith(PRESET) ? Texts.get(title) : title;
    }

    public static ThematicRule numeric(String title, String attribute, int classes, ClassBreaks breaks) {
        return new ThematicRule(title, attribute, true, classes, breaks);
    }

    public static ThematicRule categorical(String title, String attribute) {
        return new ThematicRule(title, attribute, false, 0, null);
    }

    /** Presets for PLATEAU buildings. */
    public static final ThematicRule MEASURED_HEIGHT = numeric(PRESET + "measuredHeight", "measuredHeight", 6, ClassBreaks.EQUAL_INTERVAL);
    public static final ThematicRule STOREYS = numeric(PRESET + "storeysAboveGround", "storeysAboveGround", 6, ClassBreaks.EQUAL_INTERVAL);
    public static final ThematicRule USAGE = categorical(PRESET + "usage", "usage");
    public static final ThematicRule YEAR = numeric(PRESET + "yearOfConstruction", "yearOfConstruction", 6, ClassBreaks.QUANTILE);
    public static final ThematicRule FLOOD_RANK = categorical(PRESET + "rank", "rank");

    /** The presets in menu order: the one list the "Colour by" menu, saved views and {@code --colour-by} share. */
    public static final List<ThematicRule> PRESETS = List.of(MEASURED_HEIGHT, STOREYS, USAGE, YEAR, FLOOD_RANK);

    /**
     * The rule for an attribute named by the user (a saved view, {@code --colour-by}): its preset, else numeric
     * classes when every value of it among the objects is a number, else one colour per value.
     */
    public static ThematicRule forAttribute(String attribute, Iterable<? extends CityObject> objects) {
        for (ThematicRule preset : PRESETS) {
            if (preset.attribute().equalsIgnoreCase(attribute)) return preset;
        }
        int values = 0;
        int numbers = 0;
        for (CityObject o : objects) {
            if (AttributeLookup.values(o, attribute).isEmpty()) continue;
            values++;
            if (AttributeLookup.number(o, attribute).isPresent()) numbers++;
        }
        return values > 0 && numbers == values ? numeric(attribute, attribute, 6, ClassBreaks.EQUAL_INTERVAL)
                : categorical(attribute, attribute);
    }
}
