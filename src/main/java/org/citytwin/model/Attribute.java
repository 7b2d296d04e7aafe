package org.citytwin.model;

import java.util.List;

/**
 * One attribute of a city object: a qualified name (e.g. "uro:buildingID", "bldg:measuredHeight"),
 * its text value (may be null for structured attributes), an optional unit (uom) and code space,
 * and children for nested structures such as uro:buildingDetails.
 */
public record Attribute(String name, String value, String unit, String codeSpace, List<Attribute> children) {

    public Attribute {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public static Attribute of(String name, String value) {
        return new Attribute(name, value, null, null, List.of());
    }

    /** Depth-first search for the first attribute with the given qualified name. */
    public static Attribute find(List<Attribute> attributes, String name) {
        for (Attribute a : attributes) {
            if (a.name().equals(name)) return a;
            Attribute nested = find(a.children(), name);
            if (nested != null) return nested;
        }
        return null;
    }
}
