package org.citytwin.pipeline.utility;

import java.util.Locale;
import org.citytwin.model.Attribute;

/** Length attributes in metres, honouring their uom (mm, cm, m, km; none = metres as the i-UR schema defines). */
public final class Lengths {

    private Lengths() {
    }

    /** The attribute's value in metres, NaN when absent or not a number. */
    public static double metres(Attribute attribute) {
        if (attribute == null || attribute.value() == null) return Double.NaN;
        double value;
        try {
            value = Double.parseDouble(attribute.value().strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        return value * factor(attribute.unit());
    }

    /**
     * A pipe size (diameter, profile width or height) in metres. Without a uom a value above 10 is millimetres (no
     * pipe is 10 m across, and sewer cadastres write 300 for DN 300), otherwise metres. NaN when absent or not a number.
     */
    public static double size(Attribute attribute) {
        double value = metres(attribute);
        return unitless(attribute) && value > 10 ? value / 1000 : value;
    }

    /** True when the attribute is present and states no uom. */
    public static boolean unitless(Attribute attribute) {
        return attribute != null && (attribute.unit() == null || attribute.unit().isBlank());
    }

    /** Metres per unit; unknown units count as metres. */
    public static double factor(String uom) {
        if (uom == null) return 1;
        String u = uom.strip().toLowerCase(Locale.ROOT);
        int hash = u.lastIndexOf('#');
        if (hash >= 0) u = u.substring(hash + 1);
        return switch (u) {
            case "mm", "millimetre", "millimeter" -> 0.001;
            case "cm", "centimetre", "centimeter" -> 0.01;
            case "dm" -> 0.1;
            case "km" -> 1000;
            case "in", "inch" -> 0.0254;
            case "ft", "foot" -> 0.3048;
            default -> 1;
        };
    }
}
