package org.citytwin.pipeline.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.citytwin.model.IssueMessage;

/**
 * Stream filter in front of citygml4j. citygml4j 3.2.1 without an i-UR module silently drops every
 * i-UR element and skips top-level i-UR features, so this filter:
 * <ul>
 * <li>renames top-level i-UR features to their CityGML parent (utilities → frn:CityFurniture,
 *     uro:UndergroundBuilding → bldg:Building, uro:Waterway → tran:TransportationComplex,
 *     urf zones and uro:OtherConstruction → gen:GenericCityObject with their lodN geometry renamed to gen:lodNGeometry);</li>
 * <li>consumes every other i-UR subtree and keeps it as an attribute tree of its top-level feature;</li>
 * <li>observes the thematic and generic attributes of each top-level feature as attribute trees;</li>
 * <li>records the srsName, the root element and where each top-level feature starts;</li>
 * <li>refuses DOCTYPE declarations (XXE and entity-expansion bombs never reach a parser that would expand them);</li>
 * <li>refuses elements nested deeper than {@link #MAX_DEPTH}: every later stage (citygml4j's builders, attribute
 *     trees, code labelling, JSON) walks the tree recursively, and 20,000 levels overflowed the stack.</li>
 * <li>saves geometry citygml4j would drop without a word: a CityGML 3.0 boundary its space's class does not list
 *     is renamed gen:GenericThematicSurface (where even that is refused, its polygons are read here, with a warning);
 *     a lodN surface property its feature type does not define (wtr:lod2MultiSurface) is read here, with a warning;
 *     a top-level feature of an unknown ADE is read here as a generic object.</li>
 * </ul>
 */
final class IurStreamFilter extends StreamReaderDelegate {

    /** Direct children of a feature that are geometry or nested features, not attributes. */
    private static final Set<String> NOT_ATTRIBUTES = Set.of("boundedBy", "appearance", "consistsOfBuildingPart",
            "outerBuildingInstallation", "interiorBuildingInstallation", "interiorRoom", "consistsOfBridgePart",
            "outerBridgeInstallation", "outerBridgeConstruction", "interiorBridgeInstallation", "interiorBridgeRoom",
            "consistsOfTunnelPart", "outerTunnelInstallation", "interiorTunnelInstallation", "interiorHollowSpace",
            "reliefComponent", "tin", "trafficArea", "auxiliaryTrafficArea", "section", "intersection",
            "boundary", "buildingRoom", "buildingInstallation", "buildingFurniture", "groupMember", "parent",
            "generalizesTo", "imageURI");

    /**
     * Deepest element nesting read. Real CityGML, i-UR and utility files stay below 50 levels; 1,000 leaves a wide
     * margin and keeps citygml4j's recursive builders (about 2,000 nested generic attribute sets overflow a worker
     * thread's stack) well inside theirs.
     */
    static final int MAX_DEPTH = 1000;

    /** Records by the gml:id citygml4j sees: the file's own, or for a repeated id the unique one given instead. */
    private final Map<String, TopLevelRecord> recordsById = new ConcurrentHashMap<>();
    /** Top-level features sharing a gml:id, by that id, in document order. */
    private final Map<String, List<TopLevelRecord>> duplicates = new java.util.LinkedHashMap<>();
    private final List<TopLevelRecord> records = new ArrayList<>();
    private final Deque<QName> renames = new ArrayDeque<>();
    private final List<IssueMessage> notes = new ArrayList<>();
    private final NestedAttributeWatcher nested = new NestedAttributeWatcher();
    private final StreamQualityWatcher quality = new StreamQualityWatcher();
    /** Links into other documents, judged against the dataset root; null when not watched. */
    private final ExternalLinks links;

    private String version;
    private QName root;
    private volatile String srsName;
    private volatile int srsDimension = 3;
    private int depth;
    /** Open elements in the underlying stream, including those {@link #capture()} consumes. */
    private int rawDepth;
    private int memberDepth = -1;
    private int featureDepth = -1;
    private TopLevelRecord current;
    private String currentTargetModule;
    private AttributeRecorder observed;
    private int observedDepth;
    private QName renamedNow;
    /** gml:id given to a top-level feature that has none, so citygml4j's object and our record share an id. */
    private String injectedId;
    /**
     * Unique gml:id shown to citygml4j in place of a top-level feature's repeated one, at {@link #replacedIndex}:
     * without it both features matched one record and the other record became a phantom object without geometry.
     */
    private String replacedId;
    private int replacedIndex = -1;
    /** First coordinate pair in document order (root envelope, else first geometry): anchors the frame deterministically. */
    private volatile double[] firstPoint;
    private StringBuilder coordinateText;
    /** Reads the top-level UtilityNetwork ADE feature being streamed (citygml4j skips it), else null. */
    private UtilityNetworkReader network;
    private int networkDepth;
    private final UtilityTopology topology = new UtilityTopology();
    /** Reads the points of a plain frn:CityFurniture's lodNGeometry (manhole covers), which citygml4j's surfaces lack. */
    private IurGeometryRecorder furniturePoints;
    private int furnitureDepth;
    /** Reads the top-level feature of an unknown ADE being streamed (citygml4j skips it), else null. */
    private AdeFeatureReader ade;
    /** Open elements as citygml4j sees them (after renaming), outermost first, with their gml:ids. */
    private final List<QName> open = new ArrayList<>();
    private final List<String> openIds = new ArrayList<>();

    IurStreamFilter(XMLStreamReader reader) {
        this(reader, null);
    }

    /** @param links watches xlinks into other documents, or null */
    IurStreamFilter(XMLStreamReader reader, ExternalLinks links) {
        super(reader);
        this.links = links;
    }

    // ---- results ---------------------------------------------------------------------------------------

    String citygmlVersion() { return version; }
    QName rootElement() { return root; }
    /** True when the root element is not in a CityGML core namespace: nothing of the file was read. */
    boolean foreignRoot() { return root != null && version == null; }
    String srsName() { return srsName; }
    int srsDimension() { return srsDimension; }
    double[] firstPoint() { return firstPoint; }
    TopLevelRecord record(String id) { return id == null ? null : recordsById.get(id); }
    List<TopLevelRecord> records() { return records; }
    /** The top-level feature that started last: after nextChunk() returns, the one that chunk holds. */
    TopLevelRecord lastRecord() { return current; }
    List<IssueMessage> notes() { return notes; }
    /** Top-level features that share a gml:id with an earlier one, by that id (first occurrence included). */
    Map<String, List<TopLevelRecord>> duplicates() { return duplicates; }
    /** Empty geometry, unresolved XLinks, unknown ADE namespaces seen so far. */
    StreamQualityWatcher quality() { return quality; }
    /** UtilityNetwork ADE feature graphs and links of the whole file. */
    UtilityTopology utilityTopology() { return topology; }

    // ---- event handling --------------------------------------------------------------------------------

    @Override
    public int next() throws XMLStreamException {
        while (true) {
            int event = super.next();
            if (event == XMLStreamConstants.DTD) {
                throw new ReadRefusal(IssueMessage.of("issues.xml.doctype"), getLocation());
            }
            track(event);
            if (event == XMLStreamConstants.START_ELEMENT && root == null
                    && CityGmlNamespaces.coreVersion(super.getNamespaceURI()) == null) {
                // a foreign root is refused before anything inside it is read: a refused file loads nothing
                root = super.getName();
                throw new XMLStreamException("the root element is not a CityGML CityModel", getLocation());
            }
            if (event == XMLStreamConstants.START_ELEMENT && shouldCapture()) {
                capture();
                continue;
            }
            if (event == XMLStreamConstants.START_ELEMENT && nonStandardLod() >= 0) {
                captureGeometry(nonStandardLod(), false);
                continue;
            }
            if (event == XMLStreamConstants.START_ELEMENT && current != null && featureDepth > 0
                    && boundaryFate(super.getNamespaceURI(), super.getLocalName()) == BoundaryRules.Fate.CAPTURE) {
                captureGeometry(-1, true);
                continue;
            }
            onEvent(event);
            return event;
        }
    }

    private void track(int event) throws XMLStreamException {
        if (event == XMLStreamConstants.END_ELEMENT) {
            rawDepth--;
        } else if (event == XMLStreamConstants.START_ELEMENT && ++rawDepth > MAX_DEPTH) {
            throw new ReadRefusal(IssueMessage.of("issues.xml.too-deep", String.format(java.util.Locale.ROOT, "%,d", MAX_DEPTH)),
                    getParent().getLocation());
        }
    }

    private boolean shouldCapture() {
        String ns = super.getNamespaceURI();
        if (!CityGmlNamespaces.isIur(ns)) return false;
        if (depth == memberDepth) return false; // top-level i-UR feature: renamed, not captured
        if (depth == featureDepth && currentTargetModule != null && isLodGeometry(super.getLocalName())) return false;
        return true;
    }

    private void onEvent(int event) {
        renamedNow = null;
        injectedId = null;
        replacedId = null;
        replacedIndex = -1;
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> onStart();
            case XMLStreamConstants.END_ELEMENT -> onEnd();
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                if (observed != null) observed.characters(getParent());
                if (network != null) network.characters(getParent());
                if (furniturePoints != null) furniturePoints.characters(getParent());
                if (ade != null) ade.characters(getParent());
                nested.characters(getParent());
                if (coordinateText != null) {
                    XMLStreamReader r = getParent();
                    coordinateText.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                }
            }
            default -> { }
        }
    }

    private void onStart() {
        XMLStreamReader r = getParent();
        String ns = r.getNamespaceURI();
        String local = r.getLocalName();
        if (root == null) {
            root = new QName(ns, local);
            version = CityGmlNamespaces.coreVersion(ns);
        }
        if (srsName == null) readSrs(r);
        if (firstPoint == null && isCoordinateElement(ns, local)) coordinateText = new StringBuilder();
        QName rename = null;
        if (boundaryFate(ns, local) == BoundaryRules.Fate.RENAME) {
            rename = new QName(CityGmlNamespaces.moduleNamespace("gen", version), "GenericThematicSurface");
        } else if (depth == memberDepth) {
            rename = startTopLevel(r, ns, local);
        } else if (depth == featureDepth && currentTargetModule != null && CityGmlNamespaces.isIur(ns)) {
            rename = new QName(CityGmlNamespaces.moduleNamespace("gen", version), "lod" + local.charAt(3) + "Geometry");
        } else if (depth == featureDepth && observed == null && !NOT_ATTRIBUTES.contains(local)
                && !isLodGeometry(local) && !"gml".equals(CityGmlNamespaces.prefix(ns))) {
            observed = new AttributeRecorder();
            observedDepth = depth;
        } else if (depth == featureDepth && observed == null && "gml".equals(CityGmlNamespaces.prefix(ns))
                && ("name".equals(local) || "description".equals(local))) {
            observed = new AttributeRecorder();
            observedDepth = depth;
        }
        if (depth == featureDepth && current != null && "frn:CityFurniture".equals(current.type) && isLodGeometry(local)) {
            furniturePoints = new IurGeometryRecorder(srsDimension);
            furnitureDepth = depth;
        }
        if (furniturePoints != null) furniturePoints.start(r);
        if (observed != null) observed.start(r);
        if (network != null) network.start(r);
        if (ade != null) ade.start(r);
        nested.start(r, ns, local, depth, featureDepth, observed != null);
        if ("cityObjectMember".equals(local) || "featureMember".equals(local)) memberDepth = depth + 1;
        quality.start(r, ns, local, depth, featureDepth > 0 ? current : null);
        if (links != null) links.start(r, featureDepth > 0 ? current : null);
        renames.push(rename == null ? NONE : rename);
        renamedNow = rename;
        open.add(rename != null ? rename : new QName(ns, local));
        openIds.add(gmlId(r));
        depth++;
    }

    private QName startTopLevel(XMLStreamReader r, String ns, String local) {
        String id = gmlId(r);
        Location loc = r.getLocation();
        if (id == null) {
            id = "noid_L" + loc.getLineNumber() + "C" + loc.getColumnNumber();
            injectedId = id;
        }
        String key = id;
        TopLevelRecord first = recordsById.get(id);
        if (first != null) {
            for (int n = 2; recordsById.containsKey(key); n++) key = id + "__duplicate" + n;
            replacedId = key;
            replacedIndex = gmlIdIndex(r);
        }
        current = new TopLevelRecord(id, key, CityGmlNamespaces.prefix(ns) + ":" + local, loc.getLineNumber(), loc.getColumnNumber());
        records.add(current);
        recordsById.put(key, current);
        if (first != null) duplicates.computeIfAbsent(id, k -> new ArrayList<>(List.of(first))).add(current);
        featureDepth = depth + 1;
        currentTargetModule = null;
        nested.reset();
        if ("utility".equals(CityGmlNamespaces.prefix(ns))) {
            network = new UtilityNetworkReader(srsDimension, topology);
            networkDepth = depth;
        } else if (!StreamQualityWatcher.isKnown(ns)) {
            ade = new AdeFeatureReader(srsDimension);
        }
        if (!CityGmlNamespaces.isIur(ns) || version == null) return null;
        String module = IurFeatureMapping.parentModule(CityGmlNamespaces.iurModule(ns), local);
        if ("gen".equals(module)) currentTargetModule = "gen";
        return new QName(CityGmlNamespaces.moduleNamespace(module, version), IurFeatureMapping.parentType(module));
    }

    private void onEnd() {
        depth--;
        quality.end(getParent(), depth);
        if (coordinateText != null) {
            firstPoint = parsePair(coordinateText);
            coordinateText = null;
        }
        open.remove(open.size() - 1);
        openIds.remove(openIds.size() - 1);
        QName rename = renames.pop();
        renamedNow = rename == NONE ? null : rename;
        nested.end(depth, current);
        if (furniturePoints != null) {
            furniturePoints.end();
            if (depth == furnitureDepth) {
                if (current != null) furniturePoints.curves().stream().filter(RawCurve::point).forEach(current.iurCurves::add);
                furniturePoints = null;
            }
        }
        if (network != null) {
            network.end();
            if (depth == networkDepth) {
                if (current != null) current.components.addAll(network.features());
                network = null;
            }
        }
        if (observed != null && observed.end() && depth == observedDepth) {
            if (current != null && observed.result() != null) current.attributes.add(observed.result());
            observed = null;
        }
        if (ade != null && ade.end()) {
            if (current != null) current.components.add(ade.feature(current));
            ade = null;
        }
        if (depth == featureDepth - 1) {
            featureDepth = -1;
            currentTargetModule = null;
        }
        if (depth < memberDepth - 1) memberDepth = -1;
    }

    /** Consumes the i-UR subtree starting at the current START_ELEMENT into an attribute of the current feature. */
    private void capture() throws XMLStreamException {
        XMLStreamReader r = getParent();
        AttributeRecorder recorder = new AttributeRecorder();
        IurGeometryRecorder geometry = new IurGeometryRecorder(srsDimension);
        recorder.start(r);
        geometry.start(r);
        quality.id(gmlId(r));
        if (links != null) links.start(r, current);
        int level = 1;
        while (level > 0) {
            int event = r.next();
            track(event);
            if (event == XMLStreamConstants.START_ELEMENT) {
                level++;
                recorder.start(r);
                geometry.start(r);
                quality.id(gmlId(r));
                if (links != null) links.start(r, current);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                level--;
                recorder.end();
                geometry.end();
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                recorder.characters(r);
                geometry.characters(r);
            }
        }
        if (current != null && featureDepth > 0) {
            if (recorder.result() != null) current.attributes.add(recorder.result());
            geometry.surfaces().forEach((lod, polygons) ->
                    current.iurSurfaces.computeIfAbsent(lod, k -> new java.util.ArrayList<>()).addAll(polygons));
            current.iurCurves.addAll(geometry.curves());
        }
    }

    /**
     * For a CityGML 3.0 boundary surface (the child of a {@code core:boundary}), whether citygml4j keeps it; it drops
     * one whose space's class does not list that surface type. KEPT for every other element.
     */
    private BoundaryRules.Fate boundaryFate(String ns, String local) {
        int n = open.size();
        if (!"3.0".equals(version) || n < 2 || local.isEmpty() || !Character.isUpperCase(local.charAt(0))) {
            return BoundaryRules.Fate.KEPT;
        }
        QName property = open.get(n - 1);
        if (!"boundary".equals(property.getLocalPart()) || !"3.0".equals(CityGmlNamespaces.coreVersion(property.getNamespaceURI()))) {
            return BoundaryRules.Fate.KEPT;
        }
        return BoundaryRules.of(open.get(n - 2), new QName(ns, local));
    }

    /**
     * The LOD of the element starting now when it is a lodN surface property that its feature type does not define
     * (citygml4j would drop it), else -1.
     */
    private int nonStandardLod() {
        if (current == null || featureDepth < 0 || open.isEmpty() || version == null) return -1;
        String local = super.getLocalName();
        if (!local.startsWith("lod")) return -1;
        QName owner = open.get(open.size() - 1);
        if (!isCityGmlModule(super.getNamespaceURI()) || !isCityGmlModule(owner.getNamespaceURI())) return -1;
        if ("3.0".equals(version)) { // 3.0 has them in the core only
            return Character.isUpperCase(owner.getLocalPart().charAt(0)) ? StandardLodProperties.surfaceLod(local) : -1;
        }
        return StandardLodProperties.nonStandardLod(owner.getLocalPart(), local);
    }

    private static boolean isCityGmlModule(String ns) {
        return ns != null && ns.startsWith("http://www.opengis.net/citygml/") && CityObjectTypes.isModule(CityGmlNamespaces.prefix(ns));
    }

    /**
     * Consumes the element at the current START_ELEMENT into surfaces of the current feature: a non-standard lodN
     * property ({@code lod} its LOD), or a boundary surface citygml4j would drop ({@code boundary}; LODs from its
     * lodN properties).
     */
    private void captureGeometry(int lod, boolean boundary) throws XMLStreamException {
        XMLStreamReader r = getParent();
        int ownerIndex = open.size() - (boundary ? 2 : 1); // a boundary's owner is the space above core:boundary
        QName owner = open.get(ownerIndex);
        String ownerId = boundary ? gmlId(r) : openIds.get(ownerIndex);
        String property = CityGmlNamespaces.prefix(r.getNamespaceURI()) + ":" + r.getLocalName();
        String type = CityGmlNamespaces.prefix(owner.getNamespaceURI()) + ":" + owner.getLocalPart();
        int line = r.getLocation().getLineNumber();
        IurGeometryRecorder geometry = new IurGeometryRecorder(srsDimension, lod);
        int level = 0;
        do {
            int event = level == 0 ? XMLStreamConstants.START_ELEMENT : r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                level++;
                geometry.start(r);
                quality.id(gmlId(r));
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                level--;
                geometry.end();
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                geometry.characters(r);
            }
        } while (level > 0);
        int polygons = 0;
        for (Map.Entry<Integer, List<RawPolygon>> e : geometry.surfaces().entrySet()) {
            current.iurSurfaces.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(e.getValue());
            polygons += e.getValue().size();
        }
        String id = ownerId != null ? ownerId : current == null ? null : current.id;
        if (boundary) {
            quality.droppedBoundary(id, line, type, property, version, polygons);
        } else {
            quality.nonStandard(id, line, type, property, version, polygons);
        }
    }

    private void readSrs(XMLStreamReader r) {
        String srs = r.getAttributeValue(null, "srsName");
        if (srs != null && !srs.isBlank()) {
            srsName = srs.strip();
            String dim = r.getAttributeValue(null, "srsDimension");
            if (dim != null) {
                try {
                    srsDimension = Integer.parseInt(dim.strip());
                } catch (NumberFormatException e) {
                    notes.add(IssueMessage.of("issues.read.srs-dimension", dim));
                }
            }
        }
    }

    /** A property holding an attribute (not geometry, not a nested object container, not GML plumbing). */
    static boolean isAttributeProperty(String ns, String local) {
        String prefix = CityGmlNamespaces.prefix(ns);
        if ("gml".equals(prefix)) return "name".equals(local) || "description".equals(local);
        return !NOT_ATTRIBUTES.contains(local) && !isLodGeometry(local) && !"opening".equals(local)
                && !"app".equals(prefix) && !"boundedBy".equals(local);
    }

    private static boolean isCoordinateElement(String ns, String local) {
        return "gml".equals(CityGmlNamespaces.prefix(ns))
                && ("lowerCorner".equals(local) || "pos".equals(local) || "posList".equals(local));
    }

    private static double[] parsePair(CharSequence text) {
        String[] parts = text.toString().strip().split("\\s+", 3);
        if (parts.length < 2) return null;
        try {
            double a = Double.parseDouble(parts[0]);
            double b = Double.parseDouble(parts[1]);
            return Double.isFinite(a) && Double.isFinite(b) ? new double[] {a, b} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String gmlId(XMLStreamReader r) {
        int i = gmlIdIndex(r);
        return i < 0 ? null : r.getAttributeValue(i);
    }

    private static int gmlIdIndex(XMLStreamReader r) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if ("id".equals(r.getAttributeLocalName(i))) {
                String ns = r.getAttributeNamespace(i);
                if (ns != null && ns.startsWith("http://www.opengis.net/gml")) return i;
            }
        }
        return -1;
    }

    private static boolean isLodGeometry(String local) {
        return local.length() > 4 && local.startsWith("lod") && Character.isDigit(local.charAt(3));
    }

    // ---- renamed view of the current element ----------------------------------------------------------

    private static final QName NONE = new QName("", "");

    @Override
    public QName getName() {
        return renamedNow != null ? renamedNow : super.getName();
    }

    @Override
    public String getLocalName() {
        return renamedNow != null ? renamedNow.getLocalPart() : super.getLocalName();
    }

    @Override
    public String getNamespaceURI() {
        return renamedNow != null ? renamedNow.getNamespaceURI() : super.getNamespaceURI();
    }

    @Override
    public String getPrefix() {
        if (renamedNow == null) return super.getPrefix();
        String prefix = getNamespaceContext().getPrefix(renamedNow.getNamespaceURI());
        return prefix == null ? "" : prefix;
    }

    @Override
    public boolean hasName() {
        return super.hasName();
    }

    // ---- the injected gml:id, appended after the element's own attributes ----------------------------

    private boolean injected(int index) {
        return injectedId != null && index == super.getAttributeCount();
    }

    private String gmlNamespace() {
        return "3.0".equals(version) ? "http://www.opengis.net/gml/3.2" : "http://www.opengis.net/gml";
    }

    @Override
    public int getAttributeCount() {
        return super.getAttributeCount() + (injectedId != null ? 1 : 0);
    }

    @Override
    public QName getAttributeName(int index) {
        return injected(index) ? new QName(gmlNamespace(), "id", "gml") : super.getAttributeName(index);
    }

    @Override
    public String getAttributeNamespace(int index) {
        return injected(index) ? gmlNamespace() : super.getAttributeNamespace(index);
    }

    @Override
    public String getAttributeLocalName(int index) {
        return injected(index) ? "id" : super.getAttributeLocalName(index);
    }

    @Override
    public String getAttributePrefix(int index) {
        if (!injected(index)) return super.getAttributePrefix(index);
        String prefix = getNamespaceContext().getPrefix(gmlNamespace());
        return prefix == null ? "gml" : prefix;
    }

    @Override
    public String getAttributeType(int index) {
        return injected(index) ? "ID" : super.getAttributeType(index);
    }

    @Override
    public String getAttributeValue(int index) {
        if (replacedId != null && index == replacedIndex) return replacedId;
        return injected(index) ? injectedId : super.getAttributeValue(index);
    }

    @Override
    public String getAttributeValue(String namespaceUri, String localName) {
        if (replacedId != null && "id".equals(localName)
                && (namespaceUri == null || super.getAttributeNamespace(replacedIndex).equals(namespaceUri))) {
            return replacedId;
        }
        if (injectedId != null && "id".equals(localName) && (namespaceUri == null || gmlNamespace().equals(namespaceUri))) {
            String own = super.getAttributeValue(namespaceUri, localName);
            return own != null ? own : injectedId;
        }
        return super.getAttributeValue(namespaceUri, localName);
    }

    @Override
    public boolean isAttributeSpecified(int index) {
        return injected(index) || super.isAttributeSpecified(index);
    }

    // Delegate's nextTag()/getElementText() would bypass next(); route them through it.
    @Override
    public int nextTag() throws XMLStreamException {
        int event = next();
        while ((event == XMLStreamConstants.CHARACTERS && isWhiteSpace())
                || (event == XMLStreamConstants.CDATA && isWhiteSpace())
                || event == XMLStreamConstants.SPACE
                || event == XMLStreamConstants.PROCESSING_INSTRUCTION
                || event == XMLStreamConstants.COMMENT) {
            event = next();
        }
        if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            throw new XMLStreamException("expected start or end tag", getLocation());
        }
        return event;
    }

    @Override
    public String getElementText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int event = next();
        while (event != XMLStreamConstants.END_ELEMENT) {
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE) {
                text.append(getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                throw new XMLStreamException("element text expected, found a child element", getLocation());
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of document", getLocation());
            }
            event = next();
        }
        return text.toString();
    }
}
