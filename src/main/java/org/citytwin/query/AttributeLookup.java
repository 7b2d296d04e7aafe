package org.citytwin.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.model.MeasuredHeight;

/**
 * Finds the values an attribute name refers to on an object: a qualified ({@code bldg:usage}) or plain
 * ({@code usage}) name anywhere in the attribute tree, or the special names id, type, name, kind and
 * measuredHeight (either CityGML encoding). Each value comes with its code-list label (null if none).
 */
public final class AttributeLookup {

    /** One value of an attribute, with its code label. */
    public record Value(String value, String label) {
    }

    private AttributeLookup() {
    }

    public static List<Value> values(CityObject object, String name) {
        List<Value> found = new ArrayList<>();
        switch (name.toLowerCase(Locale.ROOT)) {
            case "id", "gml:id" -> found.add(new Value(object.id(), null));
            case "type" -> found.add(new Value(object.type(), null));
            case "name", "gml:name" -> {
                if (object.name() != null) found.add(new Value(object.name(), null));
            }
            case "kind" -> found.add(new Value(object.kind().name(), object.kind().label()));
            case "measuredheight", "bldg:measuredheight" -> {
                OptionalDouble height = MeasuredHeight.of(object);
                if (height.isPresent()) found.add(new Value(Double.toString(height.getAsDouble()), null));
            }
            default -> collect(object.attributes(), name, found);
        }
        return found;
    }

    /** The first value as a number, if it is one. */
    public static OptionalDouble number(CityObject object, String name) {
        for (Value v : values(object, name)) {
            try {
                return OptionalDouble.of(Double.parseDouble(v.value().strip()));
            } catch (NumberFormatException e) {
                // a text value: try the next one
            }
        }
        return OptionalDouble.empty();
    }

    private static void collect(List<Attribute> attributes, String name, List<Value> found) {
        for (Attribute a : attributes) {
            if (nameMatches(a.name(), name) && a.value() != null) found.add(new Value(a.value(), a.label()));
            collect(a.children(), name, found);
        }
    }

    private static boolean nameMatches(String attributeName, String name) {
        if (attributeName.equals(name)) return true;
        int colon = attributeName.indexOf(':');
        return colon >= 0 && name.indexOf(':') < 0 && attributeName.substring(colon + 1).equals(name);
    }
}
