package org.citytwin.pipeline.utility;

import java.util.List;
import java.util.Locale;
import org.citytwin.model.Attribute;

/**
 * Reads the utility attributes of i-UR ({@code uro:}) and UtilityNetwork ADE ({@code utility:}) objects by local
 * name, whatever the prefix. Accepts the spec's own spelling {@code outerDiamiter}/{@code innerDiamiter} and the
 * correct one.
 */
public final class UtilityAttributes {

    private final List<Attribute> attributes;

    public UtilityAttributes(List<Attribute> attributes) {
        this.attributes = attributes;
    }

    /** First attribute (depth-first) whose local name equals one of {@code names}, ignoring case; null if none. */
    public Attribute find(String... names) {
        return find(attributes, names);
    }

    private static Attribute find(List<Attribute> list, String... names) {
        for (Attribute a : list) {
            String local = localName(a.name());
            for (String n : names) if (local.equalsIgnoreCase(n)) return a;
            Attribute nested = find(a.children(), names);
            if (nested != null) return nested;
        }
        return null;
    }

    /** Length in metres of the first matching attribute, NaN when absent. */
    public double metres(String... names) {
        return Lengths.metres(find(names));
    }

    public double outerDiameter() {
        return metres("outerDiamiter", "outerDiameter", "exteriorDiameter");
    }

    public double innerDiameter() {
        return metres("innerDiamiter", "innerDiameter", "interiorDiameter");
    }

    /** Cover depth stated by a single value: uro:depth, or the offset depth of newer specs. */
    public double depth() {
        return metres("depth", "offsetDepth", "coverDepth");
    }

    public double minDepth() {
        return metres("minDepth");
    }

    public double maxDepth() {
        return metres("maxDepth");
    }

    public String text(String... names) {
        Attribute a = find(names);
        return a == null || a.value() == null || a.value().isBlank() ? null : a.value().strip();
    }

    /** Year of construction as written, null when absent or a placeholder such as {@code 0001-01-01}. */
    public String year() {
        String year = text("year", "yearOfConstruction", "constructionYear");
        return year == null || isPlaceholderDate(year) ? null : year;
    }

    /** Dates before 1800 are placeholders for "unknown" in real data (FME writes 0001-01-01). */
    public static boolean isPlaceholderDate(String text) {
        String t = text.strip();
        if (t.length() < 4) return false;
        try {
            return Integer.parseInt(t.substring(0, 4)) < 1800;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String localName(String name) {
        int colon = name.indexOf(':');
        return (colon < 0 ? name : name.substring(colon + 1)).toLowerCase(Locale.ROOT);
    }
}
