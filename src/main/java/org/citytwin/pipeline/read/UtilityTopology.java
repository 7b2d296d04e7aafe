package org.citytwin.pipeline.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.citytwin.model.Attribute;

/**
 * The topology of the UtilityNetwork ADE in one file: which feature graph belongs to which component
 * ({@code utility:topoGraph} inline or by xlink, or {@code utility:ofFeature}), which nodes each graph holds
 * ({@code nodeMember}, inline or shared by xlink), and which nodes the links join ({@code start}, {@code end},
 * {@code connects} of InteriorFeatureLink and InterFeatureLink). Two components are connected when a link or a
 * shared node joins their graphs; connected parts are the transitive closure. Collected over the whole file, so
 * links between separate top-level features resolve too.
 */
final class UtilityTopology {

    /** Attribute naming the directly connected components (space-separated gml:ids). */
    static final String CONNECTED_TO = "utility:connectedTo";
    /** Attribute naming the connected part a component lies in: the gml:id of its first component in the file. */
    static final String CONNECTED_PART = "utility:connectedPart";

    private final Map<String, String> graphOfFeature = new LinkedHashMap<>();
    private final Map<String, Set<String>> graphsOfNode = new HashMap<>();
    private final List<String[]> links = new ArrayList<>();
    private Map<String, Set<String>> neighbours;
    private Map<String, String> parts;

    synchronized void featureGraph(String featureId, String graphId) {
        if (featureId != null && graphId != null) graphOfFeature.putIfAbsent(featureId, strip(graphId));
    }

    synchronized void node(String nodeId, String graphId) {
        if (nodeId != null && graphId != null) graphsOfNode.computeIfAbsent(strip(nodeId), k -> new LinkedHashSet<>()).add(graphId);
    }

    synchronized void link(List<String> nodeIds) {
        for (int i = 1; i < nodeIds.size(); i++) links.add(new String[] {strip(nodeIds.get(0)), strip(nodeIds.get(i))});
    }

    boolean isEmpty() {
        return graphOfFeature.isEmpty();
    }

    /** The component with its connections as attributes; unchanged when the file states no topology for it. */
    synchronized RawFeature annotate(RawFeature feature) {
        resolve();
        String part = parts.get(feature.id());
        if (part == null) return feature;
        List<Attribute> attributes = new ArrayList<>(feature.attributes());
        Set<String> next = neighbours.getOrDefault(feature.id(), Set.of());
        if (!next.isEmpty()) attributes.add(Attribute.of(CONNECTED_TO, String.join(" ", next)));
        attributes.add(Attribute.of(CONNECTED_PART, part));
        return new RawFeature(feature.id(), feature.type(), feature.name(), feature.line(), feature.lods(),
                feature.surfaces(), List.copyOf(attributes), feature.implicits(), feature.curves());
    }

    /** Number of connected parts among the components that have a feature graph. */
    synchronized int partCount() {
        resolve();
        return new TreeSet<>(parts.values()).size();
    }

    private void resolve() {
        if (parts != null) return;
        Map<String, String> parent = new HashMap<>();
        Map<String, List<String>> featuresOfGraph = new HashMap<>();
        graphOfFeature.forEach((f, g) -> featuresOfGraph.computeIfAbsent(g, k -> new ArrayList<>()).add(f));
        List<String[]> graphPairs = new ArrayList<>();
        for (Set<String> graphs : graphsOfNode.values()) { // a node listed in two graphs joins them
            String first = graphs.iterator().next();
            for (String g : graphs) graphPairs.add(new String[] {first, g});
        }
        for (String[] link : links) {
            for (String a : graphsOfNode.getOrDefault(link[0], Set.of())) {
                for (String b : graphsOfNode.getOrDefault(link[1], Set.of())) graphPairs.add(new String[] {a, b});
            }
        }
        neighbours = new HashMap<>();
        for (String[] pair : graphPairs) {
            if (pair[0].equals(pair[1])) continue;
            union(parent, pair[0], pair[1]);
            for (String fa : featuresOfGraph.getOrDefault(pair[0], List.of())) {
                for (String fb : featuresOfGraph.getOrDefault(pair[1], List.of())) {
                    if (fa.equals(fb)) continue;
                    neighbours.computeIfAbsent(fa, k -> new TreeSet<>()).add(fb);
                    neighbours.computeIfAbsent(fb, k -> new TreeSet<>()).add(fa);
                }
            }
        }
        parts = new HashMap<>();
        Map<String, String> firstOfRoot = new HashMap<>();
        graphOfFeature.forEach((f, g) -> parts.put(f, firstOfRoot.computeIfAbsent(find(parent, g), k -> f)));
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(ra, rb);
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (parent.containsKey(root)) root = parent.get(root);
        while (!x.equals(root)) { // path compression
            String next = parent.get(x);
            parent.put(x, root);
            x = next;
        }
        return root;
    }

    /** "#NodeID_1" → "NodeID_1". */
    static String strip(String href) {
        String h = href.strip();
        return h.startsWith("#") ? h.substring(1) : h;
    }
}
