package org.citytwin.model;

import java.util.List;

/**
 * One attribute of a city object: a qualified name (e.g. "uro:buildingID", "bldg:measuredHeight"),
 * its text value (null for structured attributes), an optional unit (uom), the code space of a coded
 * value and the code's label once resolved through its code list (null until then or when unknown),
 * and children for nested structures such as uro:buildingDetails.
 */
public record Attribute(String name, String value, String unit, String codeSpace, String label, List<Attribute> children) {

    /** Names, units, code spaces, labels and short values are shared texts: a city repeats them in every object. */
    public Attribute {
        name = SharedText.of(name);
        value = SharedText.value(value);
        unit = SharedText.of(unit);
        codeSpace = SharedText.of(codeSpace);
        label = SharedText.value(label);
        children = children == null ? List.of() : List.copyOf(children);
    }

    public Attribute(String name, String value, String unit, String codeSpace, List<Attribute> children) {
        this(name, value, unit, codeSpace, null, children);
    }

    public static Attribute of(String name, String value) {
        return new Attribute(name, value, null, null, null, List.of());
    }

    /** The same attribute with its code's label. */
    public Attribute withLabel(String codeLabel) {
        return new Attribute(name, value, unit, codeSpace, codeLabel, children);
    }

    /** The same attribute with other children. */
    public Attribute withChildren(List<Attribute> newChildren) {
        return new Attribute(name, value, unit, codeSpace, label, newChildren);
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
