package org.citytwin.pipeline.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamReader;
import org.citytwin.model.Attribute;

/**
 * Builds an {@link Attribute} tree from the XML events of one element subtree. GML geometry inside
 * the subtree is summarised as a single "(geometry)" value instead of being copied as text.
 * Generic attributes (gen:stringAttribute name="x"&gt;&lt;gen:value&gt;) are named by their name attribute.
 */
final class AttributeRecorder {

    private static final class Node {
        final String name;
        final String unit;
        final String codeSpace;
        String genericName;
        final StringBuilder text = new StringBuilder();
        final List<Attribute> children = new ArrayList<>();
        boolean geometry;
        boolean truncated;

        Node(String name, String unit, String codeSpace, String genericName) {
            this.name = name;
            this.unit = unit;
            this.codeSpace = codeSpace;
            this.genericName = genericName;
        }
    }

    /**
     * Deepest attribute tree kept. Real attributes nest a handful of levels; every consumer of the tree (code labels,
     * the inspector, JSON with its own nesting limit) walks it recursively, so deeper content is summarised instead.
     */
    static final int MAX_TREE_DEPTH = 64;

    private final Deque<Node> stack = new ArrayDeque<>();
    /** Open elements being skipped: GML geometry, or content below {@link #MAX_TREE_DEPTH}. */
    private int gmlDepth;
    private Attribute result;

    /** Call with the reader positioned on a START_ELEMENT. */
    void start(XMLStreamReader r) {
        String ns = r.getNamespaceURI();
        String prefix = CityGmlNamespaces.prefix(ns);
        if (gmlDepth == 0 && stack.size() >= MAX_TREE_DEPTH) {
            stack.peek().truncated = true;
            gmlDepth++;
            return;
        }
        if (gmlDepth > 0 || ("gml".equals(prefix) && !stack.isEmpty() && isGeometryName(r.getLocalName()))) {
            if (gmlDepth == 0 && !stack.isEmpty()) stack.peek().geometry = true;
            gmlDepth++;
            return;
        }
        String genericName = "gen".equals(prefix) ? r.getAttributeValue(null, "name") : null;
        stack.push(new Node(prefix + ":" + r.getLocalName(), r.getAttributeValue(null, "uom"),
                r.getAttributeValue(null, "codeSpace"), genericName));
    }

    void characters(XMLStreamReader r) {
        if (gmlDepth == 0 && !stack.isEmpty()) {
            stack.peek().text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        }
    }

    /** Call on END_ELEMENT; returns true when the recorded subtree is complete. */
    boolean end() {
        if (gmlDepth > 0) {
            gmlDepth--;
            return false;
        }
        Node node = stack.pop();
        Attribute attribute = toAttribute(node);
        if (stack.isEmpty()) {
            result = attribute;
            return true;
        }
        Node parent = stack.peek();
        if (parent.name.startsWith("gen:") && node.name.equals("gen:name") && attribute.value() != null) {
            parent.genericName = attribute.value(); // CityGML 3.0 names a generic attribute by a child element
            return false;
        }
        if (parent.genericName != null && node.name.endsWith(":value")) {
            // gen:value carries the value of its generic attribute parent
            parent.text.append(attribute.value() == null ? "" : attribute.value());
            parent.children.addAll(attribute.children());
            return false;
        }
        parent.children.add(attribute);
        return false;
    }

    Attribute result() {
        return result;
    }

    private static Attribute toAttribute(Node node) {
        String value = node.text.toString().strip();
        if (value.isEmpty()) value = node.geometry ? "(geometry)" : null;
        if (node.truncated) value = "(nested deeper than " + MAX_TREE_DEPTH + " levels; not shown)";
        String name = node.genericName != null ? node.genericName : node.name;
        return new Attribute(name, value, node.unit, node.codeSpace, node.children);
    }

    private static boolean isGeometryName(String localName) {
        return !localName.equals("name") && !localName.equals("description") && !localName.equals("boundedBy")
                && Character.isUpperCase(localName.charAt(0));
    }
}
