package org.citytwin.pipeline.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamReader;
import org.citytwin.model.Attribute;

/**
 * Reads a top-level feature of the CityGML UtilityNetwork ADE (0.9.x, {@code http://www.citygml.org/ade/utility/...}),
 * which citygml4j does not know and skips. A {@code utility:Network} nests its pipes, cables and nodes as
 * {@code utility:component/utility:RoundPipe} (RectangularPipe, OtherShapePipe, Cable, TerminalElement...):
 * each becomes its own {@link RawFeature} (type "utility:RoundPipe") with its properties as attributes, its
 * {@code lodNGeometry} curves, points and surfaces, and the network's transported medium and id as the
 * attributes {@code utility:transportedMedium} and {@code utility:network}. A top-level component that is
 * not a Network becomes one feature itself. The topology (FeatureGraph, Node, InteriorFeatureLink,
 * InterFeatureLink) goes to the file's {@link UtilityTopology}, which tells the connected components.
 * Fed every event of the top-level feature's subtree by the {@link IurStreamFilter}.
 */
final class UtilityNetworkReader {

    /** Component properties that are plumbing, not attributes: topology and material links. */
    private static final List<String> NOT_ATTRIBUTES = List.of("topoGraph", "boundedBy", "consistsOf");

    private static final class Component {
        String id;
        String type;
        String name;
        int line;
        final List<Attribute> attributes = new ArrayList<>();
        IurGeometryRecorder geometry;
    }

    private static final String XLINK = "http://www.w3.org/1999/xlink";

    private final int defaultDimension;
    private final UtilityTopology topology;
    /** gml:id of the FeatureGraph being read, else null. */
    private String graph;
    /** Nodes named by the link being read (start, end, connects), else null. */
    private List<String> linkEnds;
    private int linkLevel;
    private final Deque<String> path = new ArrayDeque<>();
    private final List<Component> components = new ArrayList<>();
    private Component current;
    private int componentLevel;
    private AttributeRecorder property;
    private IurGeometryRecorder geometry;
    private String networkId;
    private String medium;
    private boolean inMediumType;
    private StringBuilder text;
    private boolean inName;

    UtilityNetworkReader(int defaultDimension, UtilityTopology topology) {
        this.defaultDimension = defaultDimension;
        this.topology = topology;
    }

    void start(XMLStreamReader r) {
        String local = r.getLocalName();
        String parent = path.peek();
        path.push(local);
        int level = path.size();
        topology(r, local, parent, level);
        if (current == null) {
            boolean utility = "utility".equals(CityGmlNamespaces.prefix(r.getNamespaceURI()));
            if (level == 1 && "Network".equals(local)) {
                networkId = IurStreamFilter.gmlId(r);
            } else if (utility && (level == 1 || "component".equals(parent)) && Character.isUpperCase(local.charAt(0))
                    && !local.endsWith("Material") && !local.endsWith("Medium")) { // materials are not city objects
                begin(r, local);
            } else if ("type".equals(local) && path.contains("transportedMedium") && medium == null) {
                inMediumType = true;
                text = new StringBuilder();
            }
            return;
        }
        int depth = level - componentLevel;
        if (depth == 1) {
            if (isLodGeometry(local)) {
                geometry = current.geometry;
            } else if ("name".equals(local) && "gml".equals(CityGmlNamespaces.prefix(r.getNamespaceURI()))) {
                inName = true;
                text = new StringBuilder();
            } else if (!NOT_ATTRIBUTES.contains(local)) {
                property = new AttributeRecorder();
            }
        }
        if (geometry != null) geometry.start(r);
        if (property != null) property.start(r);
    }

    void characters(XMLStreamReader r) {
        if (geometry != null) geometry.characters(r);
        if (property != null) property.characters(r);
        if (inMediumType || inName) text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
    }

    void end() {
        int level = path.size();
        String local = path.pop();
        if (linkEnds != null && level == linkLevel) {
            topology.link(linkEnds);
            linkEnds = null;
        }
        if ("FeatureGraph".equals(local)) graph = null;
        if (current == null) {
            if (inMediumType) {
                medium = text.toString().strip();
                inMediumType = false;
            }
            return;
        }
        if (geometry != null) geometry.end();
        if (property != null && property.end()) {
            if (property.result() != null) current.attributes.add(property.result());
            property = null;
        }
        int depth = level - componentLevel;
        if (depth == 1 && geometry != null) geometry = null;
        if (depth == 1 && inName) {
            current.name = text.toString().strip();
            inName = false;
        }
        if (depth == 0) current = null;
    }

    /** Records feature graphs, their nodes and the nodes each link joins. */
    private void topology(XMLStreamReader r, String local, String parent, int level) {
        String href = r.getAttributeValue(XLINK, "href");
        switch (local) {
            case "FeatureGraph" -> {
                graph = IurStreamFilter.gmlId(r);
                if (current != null && "topoGraph".equals(parent)) topology.featureGraph(current.id, graph);
            }
            case "topoGraph" -> {
                if (href != null && current != null && level - componentLevel == 1) {
                    topology.featureGraph(current.id, UtilityTopology.strip(href));
                }
            }
            case "ofFeature" -> {
                if (href != null && graph != null) topology.featureGraph(UtilityTopology.strip(href), graph);
            }
            case "Node" -> {
                if (graph != null) topology.node(IurStreamFilter.gmlId(r), graph);
            }
            case "nodeMember" -> {
                if (href != null && graph != null) topology.node(href, graph); // a node shared with another graph
            }
            case "start", "end", "connects" -> {
                if (href != null && linkEnds != null) linkEnds.add(href);
            }
            default -> {
                if (local.endsWith("FeatureLink")) {
                    linkEnds = new ArrayList<>();
                    linkLevel = level;
                }
            }
        }
    }

    private void begin(XMLStreamReader r, String local) {
        current = new Component();
        current.id = IurStreamFilter.gmlId(r);
        current.type = "utility:" + local;
        current.line = r.getLocation().getLineNumber();
        current.geometry = new IurGeometryRecorder(defaultDimension);
        if (current.id == null) current.id = "noid_L" + current.line + "C" + r.getLocation().getColumnNumber();
        componentLevel = path.size();
        components.add(current);
    }

    /** The components read, as features (coordinates in the file's CRS). */
    List<RawFeature> features() {
        List<RawFeature> features = new ArrayList<>(components.size());
        for (Component c : components) {
            List<Attribute> attributes = new ArrayList<>(c.attributes);
            if (medium != null && !medium.isEmpty()) attributes.add(Attribute.of("utility:transportedMedium", medium));
            if (networkId != null) attributes.add(Attribute.of("utility:network", networkId));
            Map<Integer, List<RawPolygon>> surfaces = c.geometry.surfaces();
            SortedSet<Integer> lods = new TreeSet<>(surfaces.keySet());
            c.geometry.curves().forEach(curve -> lods.add(curve.lod()));
            features.add(new RawFeature(c.id, c.type, c.name, c.line, lods, surfaces, List.copyOf(attributes),
                    Map.of(), List.copyOf(c.geometry.curves())));
        }
        return features;
    }

    private static boolean isLodGeometry(String local) {
        return local.length() > 4 && local.startsWith("lod") && Character.isDigit(local.charAt(3));
    }
}
