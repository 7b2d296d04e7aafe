package org.citytwin.pipeline.utility;

import java.util.List;
import java.util.regex.Pattern;
import org.citytwin.model.Attribute;

/**
 * Recognises manholes and handholes written as plain {@code frn:CityFurniture} with only a point (the cover, at
 * street level), as sewer cadastres export them: by a function, class, usage or name that says so, or the PLATEAU
 * CityFurniture function codes 5610 (manhole) and 5620 (handhole). Such an object is a utility shaft, not furniture.
 */
public final class FurnitureShafts {

    private static final Pattern MANHOLE = Pattern.compile(
            "manhole|man hole|shaft|chamber|inspection|schacht|regard|マンホール|人孔|^5610\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDHOLE = Pattern.compile("handhole|hand hole|ハンドホール|^5620\\b", Pattern.CASE_INSENSITIVE);

    private FurnitureShafts() {
    }

    /** "Manhole", "Handhole" or null for a furniture object with these attributes and name. */
    public static String shaftClass(List<Attribute> attributes, String name) {
        UtilityAttributes a = new UtilityAttributes(attributes);
        for (String text : new String[] {a.text("function"), a.text("class"), a.text("usage"), name}) {
            if (text == null) continue;
            if (HANDHOLE.matcher(text.strip()).find()) return "Handhole";
            if (MANHOLE.matcher(text.strip()).find()) return "Manhole";
        }
        return null;
    }
}
