package org.citytwin.pipeline.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;
import org.citytwin.model.Attribute;

/**
 * Keeps the attributes of nested city objects (boundary surfaces, building parts, installations, rooms,
 * openings), which citygml4j reads but the project's model would otherwise lose: each nested object becomes
 * an attribute group named by its type with its gml:id as value, holding its own attributes (generic
 * attributes, CityGML 3.0 dynamizers, function codes...), nested in the group of its parent object.
 */
final class NestedAttributeWatcher {

    private static final Set<String> OBJECT_MODULES = Set.of("bldg", "brid", "tun", "tran", "con", "veg", "frn",
            "wtr", "luse", "dem", "gen", "grp", "core", "dyn", "vers");

    private record Nested(String type, String id, int depth, List<Attribute> attributes) {
    }

    private final Deque<Nested> stack = new ArrayDeque<>();
    private AttributeRecorder recorder;
    private int recorderDepth;

    /**
     * @param depth        open elements before this one
     * @param featureDepth depth of the top-level feature's properties, or -1 outside a feature
     * @param busy         true while the filter records this element as a top-level attribute itself
     */
    void start(XMLStreamReader r, String ns, String local, int depth, int featureDepth, boolean busy) {
        if (recorder != null) {
            recorder.start(r);
            return;
        }
        if (featureDepth < 0 || busy || depth <= featureDepth) return;
        String prefix = CityGmlNamespaces.prefix(ns);
        if (Character.isUpperCase(local.charAt(0)) && OBJECT_MODULES.contains(prefix) && IurStreamFilter.gmlId(r) != null
                && stack.size() < AttributeRecorder.MAX_TREE_DEPTH) { // deeper parts keep no groups: trees stay shallow
            stack.push(new Nested(prefix + ":" + local, IurStreamFilter.gmlId(r), depth, new ArrayList<>()));
        } else if (!stack.isEmpty() && depth == stack.peek().depth() + 1 && IurStreamFilter.isAttributeProperty(ns, local)) {
            recorder = new AttributeRecorder();
            recorderDepth = depth;
            recorder.start(r);
        }
    }

    void characters(XMLStreamReader r) {
        if (recorder != null) recorder.characters(r);
    }

    /** @param depth open elements after this end tag; {@code top} receives groups of outermost nested objects */
    void end(int depth, TopLevelRecord top) {
        if (recorder != null) {
            if (recorder.end() && depth == recorderDepth) {
                if (recorder.result() != null && !stack.isEmpty()) stack.peek().attributes().add(recorder.result());
                recorder = null;
            }
            return;
        }
        if (stack.isEmpty() || depth != stack.peek().depth()) return;
        Nested done = stack.pop();
        if (done.attributes().isEmpty()) return;
        Attribute group = new Attribute(done.type(), done.id(), null, null, null, done.attributes());
        if (!stack.isEmpty()) stack.peek().attributes().add(group);
        else if (top != null) top.attributes.add(group);
    }

    /** A new top-level feature begins: nothing nested can be open. */
    void reset() {
        stack.clear();
        recorder = null;
    }
}
