package org.citytwin.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes minimal CityGML 2.0 files of box-shaped buildings for tests: each building is six polygons
 * (gml:id {@code <id>_p0..p5}), coordinates written in the order the caller gives (a, b, z).
 */
final class GeneratedBuildings {

    private final String srsName;
    private final List<String> members = new ArrayList<>();
    private double[] envelope;

    GeneratedBuildings(String srsName) {
        this.srsName = srsName;
    }

    /**
     * A box at (a, b) as written, {@code da} by {@code db} in the file's units, 10 units high. {@code tweak}
     * replaces the text of one vertex: {polygon index, vertex index, replacement "a b z"}, or null.
     */
    GeneratedBuildings box(String id, double a, double b, double da, double db, Object[] tweak) {
        if (envelope == null) envelope = new double[] {a, b, 0, a + da, b + db, 10};
        double[][] corners = {{a, b}, {a + da, b}, {a + da, b + db}, {a, b + db}};
        List<String[]> polygons = new ArrayList<>();
        polygons.add(ring(corners, new int[] {0, 3, 2, 1, 0}, 0, 0)); // bottom
        polygons.add(ring(corners, new int[] {0, 1, 2, 3, 0}, 10, 10)); // top
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            polygons.add(new String[] {p(corners[i], 0), p(corners[j], 0), p(corners[j], 10), p(corners[i], 10),
                p(corners[i], 0)});
        }
        if (tweak != null) polygons.get((Integer) tweak[0])[(Integer) tweak[1]] = (String) tweak[2];
        StringBuilder gml = new StringBuilder();
        gml.append("  <core:cityObjectMember>\n    <bldg:Building gml:id=\"").append(id).append("\">\n")
                .append("      <bldg:lod2MultiSurface>\n        <gml:MultiSurface>\n");
        for (int k = 0; k < polygons.size(); k++) {
            gml.append("          <gml:surfaceMember><gml:Polygon gml:id=\"").append(id).append("_p").append(k)
                    .append("\"><gml:exterior><gml:LinearRing><gml:posList srsDimension=\"3\">")
                    .append(String.join(" ", polygons.get(k)))
                    .append("</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>\n");
        }
        gml.append("        </gml:MultiSurface>\n      </bldg:lod2MultiSurface>\n    </bldg:Building>\n")
                .append("  </core:cityObjectMember>\n");
        members.add(gml.toString());
        return this;
    }

    String xml() {
        StringBuilder s = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0"
                    xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:gml="http://www.opengis.net/gml">
                """);
        s.append("  <gml:boundedBy><gml:Envelope srsName=\"").append(srsName).append("\" srsDimension=\"3\">")
                .append("<gml:lowerCorner>").append(n(envelope[0])).append(' ').append(n(envelope[1])).append(" 0")
                .append("</gml:lowerCorner><gml:upperCorner>").append(n(envelope[3])).append(' ').append(n(envelope[4]))
                .append(" 10</gml:upperCorner></gml:Envelope></gml:boundedBy>\n");
        members.forEach(s::append);
        return s.append("</core:CityModel>\n").toString();
    }

    private static String[] ring(double[][] corners, int[] order, double z0, double z1) {
        String[] r = new String[order.length];
        for (int i = 0; i < order.length; i++) r[i] = p(corners[order[i]], z0);
        return r;
    }

    private static String p(double[] c, double z) {
        return n(c[0]) + " " + n(c[1]) + " " + n(z);
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.9f", v);
    }
}
