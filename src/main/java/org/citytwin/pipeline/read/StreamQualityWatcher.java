package org.citytwin.pipeline.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;

/**
 * Data-quality checks that need the XML itself rather than citygml4j's objects, fed every element by
 * {@link IurStreamFilter}: empty geometry properties and aggregates ({@code <bldg:lod2MultiSurface/>},
 * a MultiSurface without members), geometry XLinks whose target gml:id is not in the file, and elements of
 * namespaces no CityGML reader here understands (unknown ADEs). Findings are aggregated per top-level
 * object (per namespace for ADEs) and turned into issues at the end of the file.
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
    // open watched elements: depth, name, owner, whether a child element was seen
    private int[] depths = new int[16];
    private String[] names = new String[16];
    private TopLevelRecord[] owners = new TopLevelRecord[16];
    private boolean[] hasChild = new boolean[16];
    private int top = -1;

    private record Href(String target, String element, int line, TopLevelRecord owner) {
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
        if (href != null && href.startsWith("#")) {
            hrefs.add(new Href(href.substring(1).strip(), name, r.getLocation().getLineNumber(), owner));
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

    /** Issues for the whole file; XLinks are only judged when the file was read to the end. */
    List<LoadIssue> issues(String file, boolean complete) {
        List<LoadIssue> issues = new ArrayList<>();
        empty.values().forEach(f -> issues.add(issue(file, f, Severity.WARNING, IssueCategory.EMPTY_GEOMETRY,
                f.count + " empty geometry element(s) without coordinates or members, first " + f.first + " at line " + f.line)));
        if (complete) {
            Map<String, Finding> unresolved = new LinkedHashMap<>();
            for (Href h : hrefs) {
                if (ids.contains(h.target())) continue;
                unresolved.computeIfAbsent(key(h.owner()), k -> new Finding(h.owner(), h.line(),
                        "xlink:href=\"#" + h.target() + "\" on <" + h.element() + ">")).count++;
            }
            unresolved.values().forEach(f -> issues.add(issue(file, f, Severity.WARNING, IssueCategory.UNRESOLVED_XLINK,
                    f.count + " geometry XLink(s) point to a gml:id that is not in this file, first " + f.first
                            + " at line " + f.line + "; that geometry is missing")));
        }
        unknownNamespaces.forEach((ns, f) -> issues.add(issue(file, f, Severity.INFO, IssueCategory.UNKNOWN_ADE,
                f.count + " element(s) of the unknown ADE namespace '" + ns + "', first " + "<" + f.first + "> at line "
                        + f.line + ", were not interpreted (feature attributes among them are kept as generic attributes)")));
        return issues;
    }

    private static LoadIssue issue(String file, Finding f, Severity severity, IssueCategory category, String message) {
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
