package org.citytwin.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;

/** What `inspect --attributes` prints per object: id, type, name and the attribute tree, as JSON or as indented text. */
final class ObjectAttributes {

    private ObjectAttributes() {
    }

    static ObjectNode json(CityObject object) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", object.id());
        n.put("type", object.type());
        if (object.name() != null) n.put("name", object.name());
        n.set("attributes", json(object.attributes()));
        ObjectNode utility = UtilityJson.of(object);
        if (utility != null) n.set("utility", utility);
        return n;
    }

    private static ArrayNode json(List<Attribute> attributes) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Attribute a : attributes) {
            ObjectNode n = array.addObject();
            n.put("name", a.name());
            if (a.value() != null) n.put("value", a.value());
            if (a.label() != null) n.put("label", a.label());
            if (a.unit() != null) n.put("unit", a.unit());
            if (a.codeSpace() != null) n.put("codeSpace", a.codeSpace());
            if (!a.children().isEmpty()) n.set("children", json(a.children()));
        }
        return array;
    }

    /** e.g. "uro:city = 13111 (東京都大田区)", "bldg:measuredHeight = 21.5 m", children indented below. */
    static void print(CityObject object, PrintStream out, String indent) {
        out.println(indent + object.type() + " " + object.id() + (object.name() == null ? "" : " \"" + object.name() + "\""));
        print(object.attributes(), out, indent + "  ");
    }

    private static void print(List<Attribute> attributes, PrintStream out, String indent) {
        for (Attribute a : attributes) {
            StringBuilder line = new StringBuilder(indent).append(a.name());
            if (a.value() != null) line.append(" = ").append(a.value());
            if (a.unit() != null) line.append(' ').append(a.unit());
            if (a.label() != null) line.append(" (").append(a.label()).append(')');
            out.println(line);
            print(a.children(), out, indent + "  ");
        }
    }
}
