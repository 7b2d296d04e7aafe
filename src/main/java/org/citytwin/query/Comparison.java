package org.citytwin.query;

import java.util.Locale;
import org.citytwin.model.CityObject;

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
        for (AttributeLookup.Value candidate : AttributeLookup.values(object, name)) {
            if (operator == null || test(candidate.value())
                    || (candidate.label() != null && test(candidate.label()))) return true;
        }
        return false;
    }

    private boolean test(String actual) {
        if (operator.startsWith("~")) return actual.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
        Double actualNumber = parseNumber(actual);
        // numbers compare as numbers (9 < 10), everything else as text
        int c = number != null && actualNumber != null ? Double.compare(actualNumber, number) : actual.compareTo(value);
        return switch (operator) {
            case "=" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0; // ">=": the tokenizer produces no other operator
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
