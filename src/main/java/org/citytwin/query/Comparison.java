package org.citytwin.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.model.MeasuredHeight;

/**
 * One test of an object against a value. Numbers compare numerically when both sides are numbers; text
 * compares with an attribute's raw value or its code-list label, so {@code usage = 411} and
 * {@code usage = "業務施設"} both work. An object matches when any attribute of that name does.
 */
final class Comparison implements Expression {

    private final String name;
    private final String operator;
    private final String value;
    private final Double number;

    Comparison(String name, String operator, String value) {
        this.name = name;
        this.operator = operator;
        this.value = value;
        this.number = value == null ? null : parseNumber(value);
    }

    @Override
    public boolean matches(CityObject object) {
        for (String[] candidate : candidates(object)) {
            if (operator == null || test(candidate[0]) || (candidate[1] != null && test(candidate[1]))) return true;
        }
        return false;
    }

    /** {value, label} pairs the name refers to. */
    private List<String[]> candidates(CityObject object) {
        List<String[]> found = new ArrayList<>();
        switch (name.toLowerCase(Locale.ROOT)) {
            case "id", "gml:id" -> found.add(new String[] {object.id(), null});
            case "type" -> found.add(new String[] {object.type(), null});
            case "name", "gml:name" -> {
                if (object.name() != null) found.add(new String[] {object.name(), null});
            }
            case "kind" -> found.add(new String[] {object.kind().name(), object.kind().label()});
            case "measuredheight", "bldg:measuredheight" -> {
                OptionalDouble height = MeasuredHeight.of(object);
                if (height.isPresent()) found.add(new String[] {Double.toString(height.getAsDouble()), null});
            }
            default -> collect(object.attributes(), found);
        }
        return found;
    }

    private void collect(List<Attribute> attributes, List<String[]> found) {
        for (Attribute a : attributes) {
            if (nameMatches(a.name()) && a.value() != null) found.add(new String[] {a.value(), a.label()});
            collect(a.children(), found);
        }
    }

    private boolean nameMatches(String attributeName) {
        if (attributeName.equals(name)) return true;
        int colon = attributeName.indexOf(':');
        return colon >= 0 && name.indexOf(':') < 0 && attributeName.substring(colon + 1).equals(name);
    }

    private boolean test(String actual) {
        Double actualNumber = parseNumber(actual);
        if (number != null && actualNumber != null) {
            int c = Double.compare(actualNumber, number);
            return switch (operator) {
                case "=" -> c == 0;
                case "!=" -> c != 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                case ">=" -> c >= 0;
                default -> actual.contains(value);
            };
        }
        int c = actual.compareTo(value);
        return switch (operator) {
            case "=" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            default -> actual.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
        };
    }

    private static Double parseNumber(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
