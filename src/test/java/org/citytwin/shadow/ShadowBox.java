package org.citytwin.shadow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A CityGML 2.0 file (EPSG:6697, lat lon height) of one box building for shadow tests. */
public final class ShadowBox {

    /** Metres per degree of latitude, and of longitude at the box's latitude (spherical; the test measures back). */
    public static double metresPerDegreeLat() {
        return 111_320;
    }

    public static double metresPerDegreeLon(double lat) {
        return 111_320 * Math.cos(Math.toRadians(lat));
    }

    private ShadowBox() {
    }

    /** A box whose south-west corner is at (lat, lon), {@code east} by {@code north} metres, {@code height} high. */
    public static String gml(double lat, double lon, double east, double north, double height) {
        double lat1 = lat + north / metresPerDegreeLat(), lon1 = lon + east / metresPerDegreeLon(lat);
        double[][] c = {{lat, lon}, {lat, lon1}, {lat1, lon1}, {lat1, lon}};
        List<String> polygons = new ArrayList<>();
        polygons.add(ring(c, new int[] {0, 3, 2, 1, 0}, 0));
        polygons.add(ring(c, new int[] {0, 1, 2, 3, 0}, height));
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            polygons.add(String.join(" ", p(c[i], 0), p(c[j], 0), p(c[j], height), p(c[i], height), p(c[i], 0)));
        }
        StringBuilder s = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0"
                    xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:gml="http://www.opengis.net/gml">
                """);
        s.append("  <gml:boundedBy><gml:Envelope srsName=\"http://www.opengis.net/def/crs/EPSG/0/6697\" srsDimension=\"3\">")
                .append("<gml:lowerCorner>").append(p(c[0], 0)).append("</gml:lowerCorner><gml:upperCorner>")
                .append(p(c[2], height)).append("</gml:upperCorner></gml:Envelope></gml:boundedBy>\n");
        s.append("  <core:cityObjectMember>\n    <bldg:Building gml:id=\"box\">\n")
                .append("      <bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>\n");
        for (int k = 0; k < polygons.size(); k++) {
            s.append("        <gml:surfaceMember><gml:Polygon gml:id=\"box_p").append(k)
                    .append("\"><gml:exterior><gml:LinearRing><gml:posList srsDimension=\"3\">").append(polygons.get(k))
                    .append("</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>\n");
        }
        s.append("      </gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>\n")
                .append("    </bldg:Building>\n  </core:cityObjectMember>\n</core:CityModel>\n");
        return s.toString();
    }

    private static String ring(double[][] c, int[] order, double z) {
        List<String> r = new ArrayList<>();
        for (int i : order) r.add(p(c[i], z));
        return String.join(" ", r);
    }

    private static String p(double[] latLon, double z) {
        return String.format(Locale.ROOT, "%.9f %.9f %.3f", latLon[0], latLon[1], z);
    }
}
