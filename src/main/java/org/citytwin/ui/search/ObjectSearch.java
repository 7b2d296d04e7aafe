package org.citytwin.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.query.Expression;
import org.citytwin.query.ExpressionParser;

/**
 * Finds loaded objects from one line of text (no JavaFX): text with an operator ({@code = < > ~ !}, and/or/not)
 * that parses is a filter expression (as {@code inspect --where}); otherwise gml:id exact, then id prefix, then a
 * case-insensitive substring of the name or of any address attribute (names containing "address", xAL parts).
 */
public final class ObjectSearch {
    private static final Pattern OPERATOR = Pattern.compile("[=<>~!]|\\b(?i:and|or|not)\\b");

    private ObjectSearch() {
    }

    /** The matches, in load order (exact id first); empty for blank text. */
    public static List<CityObject> find(List<CityObject> objects, String text) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) return List.of();
        Expression expression = expression(q);
        if (expression != null) return objects.stream().filter(expression::matches).toList();
        Set<CityObject> hits = new LinkedHashSet<>();
        for (CityObject o : objects) if (o.id().equals(q)) hits.add(o);
        for (CityObject o : objects) if (o.id().startsWith(q)) hits.add(o);
        String lower = q.toLowerCase(Locale.ROOT);
        for (CityObject o : objects) {
            if (contains(o.name(), lower) || addressContains(o.attributes(), lower, false)) hits.add(o);
        }
        return new ArrayList<>(hits);
    }

    /** The parsed expression when the text looks like one and parses, else null. */
    public static Expression expression(String text) {
        if (!OPERATOR.matcher(text).find()) return null;
        try {
            return ExpressionParser.parse(text);
        } catch (IllegalArgumentException e) { // ExpressionException and malformed text
            return null;
        }
    }

    private static boolean addressContains(List<Attribute> attributes, String lower, boolean inAddress) {
        for (Attribute a : attributes) {
            String name = a.name() == null ? "" : a.name().toLowerCase(Locale.ROOT);
            boolean address = inAddress || name.contains("address") || name.startsWith("xal:") || name.equals("gml:name");
            if (address && (contains(a.value(), lower) || contains(a.label(), lower))) return true;
            if (a.children() != null && addressContains(a.children(), lower, address)) return true;
        }
        return false;
    }

    private static boolean contains(String value, String lower) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lower);
    }
}
