package org.citytwin.pipeline.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the surfaces that i-UR keeps inside ADE attributes, which citygml4j never sees: e.g. the LOD0
 * map geometry of a bridge or utility in {@code uro:bridDmAttribute/uro:DmGeometricAttribute/uro:lod0Geometry}.
 * Fed the events of a captured i-UR subtree; collects each gml:Polygon (exterior and interior posLists)
 * under the LOD of its nearest {@code lodNGeometry}-style ancestor, and each gml:LineString (or curve segment) and gml:Point as a
 * {@link RawCurve} (a utility's LOD0 centre line or manhole position).
 */
final class IurGeometryRecorder {

    private final int defaultDimension;
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<Integer> lods = new ArrayDeque<>();
    private final Map<Integer, List<RawPolygon>> surfaces = new TreeMap<>();
    private List<double[]> rings;
    private String polygonId;
    private StringBuilder posList;
    private int posListDimension;
    private final List<RawCurve> curves = new ArrayList<>();
    /** Positions of the LineString/Point being read (a gml:posList or several gml:pos), else null. */
    private StringBuilder curveText;
    private int curveDimension;
    private boolean curveIsPoint;
    private boolean inCurveCoordinates;

    /** LOD given to geometry outside any lodN property (-1: such geometry is not read). */
    private final int defaultLod;

    IurGeometryRecorder(int defaultDimension) {
        this(defaultDimension, -1);
    }

    /** @param defaultLod LOD of geometry that lies in no lodN property (an unknown ADE's own properties), or -1 */
    IurGeometryRecorder(int defaultDimension, int defaultLod) {
        this.defaultDimension = defaultDimension;
        this.defaultLod = defaultLod;
    }

    private int lod() {
        return lods.isEmpty() ? defaultLod : lods.peek();
    }

    void start(XMLStreamReader r) {
        String local = r.getLocalName();
        path.push(local);
        if (local.length() > 4 && local.startsWith("lod") && Character.isDigit(local.charAt(3))) {
            lods.push(local.charAt(3) - '0');
        }
        if (lod() < 0) return;
        if ("Polygon".equals(local) || "Triangle".equals(local)) {
            rings = new ArrayList<>();
            polygonId = IurStreamFilter.gmlId(r);
        } else if (rings == null && isCurve(local)) {
            curveText = new StringBuilder();
            curveIsPoint = "Point".equals(local);
            curveDimension = dimension(r, defaultDimension);
        } else if (curveText != null && ("posList".equals(local) || "pos".equals(local))) {
            inCurveCoordinates = true;
            curveDimension = dimension(r, curveDimension);
        } else if ("posList".equals(local) && rings != null) {
            posList = new StringBuilder();
            String dim = r.getAttributeValue(null, "srsDimension");
            posListDimension = dim == null ? defaultDimension : parseDimension(dim);
        } else if ("pos".equals(local) && rings != null && posList == null) {
            posList = new StringBuilder(); // a ring of gml:pos elements, parsed at the end of its LinearRing
            posListDimension = dimension(r, defaultDimension);
        }
    }

    void characters(XMLStreamReader r) {
        if (posList != null) posList.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        if (inCurveCoordinates) curveText.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
    }

    void end() {
        String local = path.pop();
        if (inCurveCoordinates && ("posList".equals(local) || "pos".equals(local))) {
            inCurveCoordinates = false;
            curveText.append(' '); // several gml:pos follow each other
        } else if (curveText != null && isCurve(local)) {
            double[] xyz = parse(curveText, curveDimension, curveIsPoint ? 1 : 2);
            if (xyz != null && lod() >= 0) curves.add(new RawCurve(lod(), xyz, curveIsPoint));
            curveText = null;
        } else if ("pos".equals(local) && posList != null) {
            posList.append(' ');
        } else if (("posList".equals(local) || "LinearRing".equals(local)) && posList != null) {
            double[] ring = parse(posList, posListDimension);
            if (ring != null) rings.add(ring);
            posList = null;
        } else if (("Polygon".equals(local) || "Triangle".equals(local)) && rings != null) {
            if (!rings.isEmpty() && lod() >= 0) {
                surfaces.computeIfAbsent(lod(), k -> new ArrayList<>()).add(new RawPolygon(polygonId, rings));
            }
            rings = null;
        } else if (local.length() > 4 && local.startsWith("lod") && Character.isDigit(local.charAt(3)) && !lods.isEmpty()) {
            lods.pop();
        }
    }

    /** LOD → polygons found, in the file's CRS axis order. */
    Map<Integer, List<RawPolygon>> surfaces() {
        return surfaces;
    }

    /** gml:LineString, a gml:Curve's gml:LineStringSegment (newer PLATEAU LOD0 MultiCurves), gml:Point. */
    private static boolean isCurve(String local) {
        return "LineString".equals(local) || "LineStringSegment".equals(local) || "Point".equals(local);
    }

    /** LineStrings and Points found, in document order, in the file's CRS axis order. */
    List<RawCurve> curves() {
        return curves;
    }

    private static int dimension(XMLStreamReader r, int fallback) {
        String dim = r.getAttributeValue(null, "srsDimension");
        return dim == null ? fallback : parseDimension(dim);
    }

    private static int parseDimension(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 3;
        }
    }

    private static double[] parse(CharSequence text, int dimension) {
        return parse(text, dimension, 3);
    }

    /** Coordinates as xyz triples (z = 0 for 2D), or null when fewer than {@code minPoints} or not numbers. */
    private static double[] parse(CharSequence text, int dimension, int minPoints) {
        String[] parts = text.toString().strip().split("\\s+");
        if (dimension < 2 || parts.length < dimension * minPoints) return null;
        int n = parts.length / dimension;
        double[] xyz = new double[n * 3];
        try {
            for (int i = 0; i < n; i++) {
                xyz[i * 3] = Double.parseDouble(parts[i * dimension]);
                xyz[i * 3 + 1] = Double.parseDouble(parts[i * dimension + 1]);
                xyz[i * 3 + 2] = dimension >= 3 ? Double.parseDouble(parts[i * dimension + 2]) : 0;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return xyz;
    }
}
