package org.citytwin.model;

import java.util.OptionalDouble;

/**
 * The measured height of an object, whichever encoding carries it: CityGML 1.0/2.0
 * {@code bldg:measuredHeight}, or CityGML 3.0 {@code con:height/con:Height} with status "measured"
 * (or no status) and its {@code con:value}.
 */
public final class MeasuredHeight {

    private MeasuredHeight() {
    }

    public static OptionalDouble of(CityObject object) {
        Attribute legacy = object.attribute("bldg:measuredHeight");
        if (legacy != null) return parse(legacy.value());
        for (Attribute a : object.attributes()) {
            if (!a.name().equals("con:height")) continue;
            Attribute height = a.children().isEmpty() ? a : a.children().get(0);
            Attribute status = Attribute.find(height.children(), "con:status");
            if (status != null && !"measured".equals(status.value())) continue;
            Attribute value = Attribute.find(height.children(), "con:value");
            if (value != null) return parse(value.value());
        }
        return OptionalDouble.empty();
    }

    private static OptionalDouble parse(String text) {
        if (text == null) return OptionalDouble.empty();
        try {
            return OptionalDouble.of(Double.parseDouble(text.strip()));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
