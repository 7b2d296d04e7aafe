package org.citytwin.pipeline.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.IssueMessage;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;

/**
 * Data-quality checks that need the XML itself rather than citygml4j's objects, fed every element by
 * {@link IurStreamFilter}: empty geometry properties and aggregates ({@code <bldg:lod2MultiSurface/>},
 * a MultiSurface without members), geometry XLinks that do not resolve inside the file (a gml:id not in it, or
 * a reference into another file, which is never opened for geometry), elements of namespaces no CityGML reader
 * here understands (unknown ADEs), and geometry read although the standard does not define it there.
 * Findings are aggregated (per top-level object for empty geometry, per file for XLinks, per namespace for
 * ADEs, per type and property for non-standard geometry) and turned into issues at the end of the file.
 */
final class StreamQualityWatcher {

    private static final String XLINK = "http://www.w3.org/1999/xlink";
    /** GML aggregates and member properties that are empty when they have no child and no xlink:href. */
    private static final Set<String> GML_CONTAINERS = Set.of("MultiSurface", "CompositeSurface", "MultiCurve",
            "CompositeCurve", "MultiSolid", "CompositeSolid", "MultiGeometry", "Shell", "surfaceMember",
            "surfaceMembers", "curveMember", "solidMember", "geometryMember", "patches", "trianglePatches");
    /** GML properties whose xlink:href points at a geometry. */
    private static final Set<String> GML_GEOMETRY_LINKS = Set.of("surfaceMember", "curveMember", "solidMember",
            "geometryMember", "pointMember", "baseSurface", "baseCurve", "exterior", "interior");

    private final IdHashSet ids = new IdHashSet();
    private final List<Href> hrefs = new ArrayList<>();
    private final Map<String, Finding> empty = new LinkedHashMap<>();
    private final Map<String, Finding> unknownNamespaces = new LinkedHashMap<>();
    private final Map<String, NonStandard> nonStandard = new LinkedHashMap<>();
    // open watched elements: depth, name, owner, whether a child element was seen
    private int[] depths = new int[16];
    private String[] names = new String[16];
    private TopLevelRecord[] owners = new TopLevelRecord[16];
    private boolean[] hasChild = new boolean[16];
    private int top = -1;

    private record Href(String target, boolean local, String element, int line, TopLevelRecord owner) {
    }

    /** Occurrences of one kind for one object (or namespace), with the first one's line and wording. */
    private static final class Finding {
        final TopLevelRecord owner;
        final int line;
        final String first;
        int count;

        Finding(TopLevelRecord owner, int line, String first) {
            this.owner = owner;
            this.line = line;
            this.first = first;
        }
    }

    /** Non-standard geometry properties of one kind (type and property), with the first one's object and line. */
    private static final class NonStandard {
        final String type;
        final String property;
        final String version;
        final String firstId;
        final int line;
        final boolean boundary;
        int count;
        int polygons;

        NonStandard(String type, String property, String version, String firstId, int line, boolean boundary) {
            this.boundary = boundary;
            this.type = type;
            this.property = property;
            this.version = version;
            this.firstId = firstId;
            this.line = line;
        }
    }

    /** A gml:id met where this watcher is not fed elements (inside captured i-UR subtrees). */
    void id(String id) {
        if (id != null) ids.add(id);
    }

    /** A start tag at {@code depth}; {@code owner} is the top-level feature it lies in, or null. */
    void start(XMLStreamReader r, String ns, String local, int depth, TopLevelRecord owner) {
        if (top >= 0 && depths[top] == depth - 1) hasChild[top] = true;
        id(IurStreamFilter.gmlId(r));
        boolean gml = "gml".equals(CityGmlNamespaces.prefix(ns));
        boolean lodProperty = !gml && isLodProperty(local);
        String prefix = r.getPrefix();
        String name = (prefix == null || prefix.isEmpty() ? CityGmlNamespaces.prefix(ns) : prefix) + ":" + local; // as written
        String href = lodProperty || gml && GML_GEOMETRY_LINKS.contains(local) ? r.getAttributeValue(XLINK, "href") : null;
        if (href != null && !href.isBlank()) {
            // "#id" must resolve in this file; "other.gml#id" or a URL is never followed, so it never resolves
            String target = href.strip();
            hrefs.add(new Href(target.startsWith("#") ? target.substring(1) : target, target.startsWith("#"), name,
                    r.getLocation().getLineNumber(), owner));
        }
        if (href == null && (lodProperty || gml && GML_CONTAINERS.contains(local))) push(depth, name, owner);
        if (!isKnown(ns)) {
            String key = ns == null || ns.isEmpty() ? "(no namespace)" : ns;
            unknownNamespaces.computeIfAbsent(key, k -> new Finding(owner, r.getLocation().getLineNumber(), name)).count++;
        }
    }

    /** The end tag of the element that started at {@code depth}. */
    void end(XMLStreamReader r, int depth) {
        if (top < 0 || depths[top] != depth) return;
        if (!hasChild[top]) {
            TopLevelRecord owner = owners[top];
            int line = r.getLocation().getLineNumber();
            String name = names[top];
            empty.computeIfAbsent(key(owner), k -> new Finding(owner, line, "<" + name + ">")).count++;
        }
        owners[top] = null;
        top--;
    }

    /**
     * A lodN surface property {@code property} on {@code type} (gml:id {@code id}, at {@code line}) that CityGML
     * {@code version} does not define there, read anyway as {@code polygons} polygons.
     */
    void nonStandard(String id, int line, String type, String property, String version, int polygons) {
        NonStandard n = nonStandard.computeIfAbsent(type + " " + property, k -> new NonStandard(type, property, version, id, line, false));
        n.count++;
        n.polygons += polygons;
    }

    /**
     * A boundary surface {@code surface} (gml:id {@code id}, at {@code line}) of the space {@code space} that CityGML
     * {@code version} as citygml4j reads it does not allow there, not even as a generic surface; read anyway as
     * {@code polygons} polygons.
     */
    void droppedBoundary(String id, int line, String space, String surface, String version, int polygons) {
        NonStandard n = nonStandard.computeIfAbsent(space + " boundary " + surface,
                k -> new NonStandard(space, surface, version, id, line, true));
        n.count++;
        n.polygons += polygons;
    }

    /** Issues for the whole file; XLinks are only judged when the file was read to the end. */
    List<LoadIssue> issues(String file, boolean complete) {
        List<LoadIssue> issues = new ArrayList<>();
        empty.values().forEach(f -> issues.add(issue(file, f, Severity.WARNING, IssueCategory.EMPTY_GEOMETRY,
                IssueMessage.of("issues.read.empty-geometry", String.valueOf(f.count), f.first, String.valueOf(f.line)))));
        if (complete) {
            LoadIssue unresolved = unresolved(file);
            if (unresolved != null) issues.add(unresolved);
        }
        nonStandard.values().stream().filter(n -> n.boundary).forEach(n -> issues.add(new LoadIssue(Severity.WARNING,
                IssueCategory.NON_STANDARD, file, n.line, 0, n.firstId, IssueMessage.of("issues.read.non-standard-boundary",
                        String.valueOf(n.count), n.property, n.type, n.version, String.valueOf(n.polygons), n.firstId,
                        String.valueOf(n.line)), n.count)));
        nonStandard.values().stream().filter(n -> !n.boundary).forEach(n -> issues.add(new LoadIssue(Severity.WARNING, IssueCategory.NON_STANDARD, file,
                n.line, 0, n.firstId, IssueMessage.of("issues.read.non-standard-property", String.valueOf(n.count), n.type,
                        n.property, n.version, String.valueOf(n.polygons), String.valueOf(n.property.charAt(n.property.indexOf(':') + 4)),
                        n.firstId, String.valueOf(n.line)), n.count)));
        unknownNamespaces.forEach((ns, f) -> issues.add(issue(file, f, Severity.INFO, IssueCategory.UNKNOWN_ADE,
                IssueMessage.of("issues.read.unknown-ade", String.valueOf(f.count), ns, f.first, String.valueOf(f.line)))));
        return issues;
    }

    /**
     * One issue for all geometry XLinks of the file that do not resolve in it, with the first one's href, element,
     * line and object: thousands of them (a delivery missing the file they point into) stay one line to read.
     */
    private LoadIssue unresolved(String file) {
        Href first = null;
        int count = 0;
        int external = 0;
        for (Href h : hrefs) {
            if (h.local() && ids.contains(h.target())) continue;
            if (first == null) first = h;
            count++;
            if (!h.local()) external++;
        }
        if (first == null) return null;
        Object where = first.owner() == null ? ""
                : IssueMessage.of("issues.read.xlink.in", first.owner().type, first.owner().id);
        Object others = external == 0 ? ""
                : external == count ? IssueMessage.of("issues.read.xlink.all-external")
                : IssueMessage.of("issues.read.xlink.some-external", String.valueOf(external));
        return new LoadIssue(Severity.WARNING, IssueCategory.UNRESOLVED_XLINK, file, first.line(), 0,
                first.owner() == null ? null : first.owner().id,
                IssueMessage.of("issues.read.xlink", String.valueOf(count), (first.local() ? "#" : "") + first.target(),
                        first.element(), String.valueOf(first.line()), where, others), count);
    }

    private static LoadIssue issue(String file, Finding f, Severity severity, IssueCategory category, IssueMessage message) {
        return new LoadIssue(severity, category, file, f.line, 0, f.owner == null ? null : f.owner.id, message, f.count);
    }

    private void push(int depth, String name, TopLevelRecord owner) {
        if (++top == depths.length) {
            depths = Arrays.copyOf(depths, 2 * top);
            names = Arrays.copyOf(names, 2 * top);
            owners = Arrays.copyOf(owners, 2 * top);
            hasChild = Arrays.copyOf(hasChild, 2 * top);
        }
        depths[top] = depth;
        names[top] = name;
        owners[top] = owner;
        hasChild[top] = false;
    }

    private static String key(TopLevelRecord owner) {
        return owner == null ? "" : owner.id;
    }

    /** lod0FootPrint, lod2MultiSurface, lod1Solid, lod3Geometry, lod2TerrainIntersection... */
    private static boolean isLodProperty(String local) {
        return local.length() > 4 && local.startsWith("lod") && Character.isDigit(local.charAt(3))
                && Character.isUpperCase(local.charAt(4));
    }

    /**
     * CityGML (any module and version), GML, xAL, XLink, i-UR and the UtilityNetwork ADE are understood; anything
     * else is an unknown ADE.
     */
    static boolean isKnown(String ns) {
        if (ns == null || ns.isEmpty()) return false;
        return ns.contains("opengis.net/citygml") || ns.startsWith("http://www.opengis.net/gml")
                || ns.startsWith("urn:oasis:names:tc:ciq:") || XLINK.equals(ns) || CityGmlNamespaces.isIur(ns)
                || CityGmlNamespaces.isUtilityNetwork(ns);
    }
}
