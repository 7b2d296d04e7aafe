package org.citytwin.geo;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the srsName spellings found in real CityGML files into an authority code; no SIS involved. */
final class SrsNames {
    /** Marker returned for names that mean "local metres". */
    static final String LOCAL = "local";

    /**
     * First EPSG code in the string. Covers EPSG:n, epsg:n, EPSG::n, urn:ogc:def:crs:EPSG:6.12:n,
     * http://www.opengis.net/def/crs/EPSG/0/n, epsg.xml#n; "first" is the horizontal component of
     * compound spellings (urn:ogc:def:crs,crs:EPSG::25832,crs:EPSG::5783 and crs-compound?1=...&2=...).
     */
    private static final Pattern EPSG = Pattern.compile(
            "(?i)\\bEPSG(?:\\.xml#|[:/]+(?:[0-9.]*[:/]+)?)(\\d+)");

    private static final Pattern OGC_CRS84 = Pattern.compile("(?i)(?:\\bOGC\\b.*)?\\bCRS:?84\\b");

    /**
     * German AdV URNs (urn:adv:crs:HORIZONTAL*HEIGHT) seen in CityGML samples; SIS does not know them,
     * so the horizontal part is mapped to its EPSG equivalent by hand.
     */
    private static final Map<String, String> ADV = Map.ofEntries(
            Map.entry("ETRS89_UTM31", "EPSG:25831"),
            Map.entry("ETRS89_UTM32", "EPSG:25832"),
            Map.entry("ETRS89_UTM33", "EPSG:25833"),
            Map.entry("ETRS89_LAT-LON", "EPSG:4258"),
            Map.entry("DE_DHDN_3GK2", "EPSG:31466"),
            Map.entry("DE_DHDN_3GK3", "EPSG:31467"),
            Map.entry("DE_DHDN_3GK4", "EPSG:31468"),
            Map.entry("DE_DHDN_3GK5", "EPSG:31469"),
            Map.entry("DE_DHDN_LAT-LON", "EPSG:4314"));

    private SrsNames() {
    }

    /** An AdV URN (urn:adv:crs:...): its projected CRSs are easting first, whatever EPSG's axis order. */
    static boolean isAdv(String srsName) {
        return srsName != null && srsName.strip().toUpperCase(Locale.ROOT).startsWith("URN:ADV:CRS:");
    }

    /**
     * The code to look up ("EPSG:6697", "CRS:84"), {@link #LOCAL}, or null when the name looks like a
     * real CRS reference that we cannot interpret.
     */
    static String normalise(String srsName) {
        if (srsName == null || srsName.isBlank()) {
            return LOCAL;
        }
        String s = srsName.strip();
        Matcher m = EPSG.matcher(s);
        if (m.find()) {
            return "EPSG:" + Integer.parseInt(m.group(1)); // drops leading zeros
        }
        String upper = s.toUpperCase(Locale.ROOT);
        if (upper.startsWith("URN:ADV:CRS:")) {
            String horizontal = upper.substring("URN:ADV:CRS:".length()).split("\\*", 2)[0];
            return ADV.get(horizontal);
        }
        if (OGC_CRS84.matcher(s).find()) {
            return "CRS:84";
        }
        // "#local-CRS-1", a bare name, or an engineering/local name of some other authority.
        if (s.startsWith("#") || !(s.contains(":") || s.contains("/"))
                || upper.contains("LOCAL") || upper.contains("ENGINEERING")) {
            return LOCAL;
        }
        return null;
    }
}
