package org.citytwin.pipeline.read;

import java.util.Locale;

/**
 * Knows the namespaces of CityGML 1.0/2.0/3.0 and the i-UR ADE (every version seen in PLATEAU data:
 * kantei.go.jp 1.4, chisou.go.jp 1.5, geospatial.jp 2.0–4.0) and gives each a conventional prefix,
 * so counts read "bldg:Building" whatever prefix a file declares.
 */
public final class CityGmlNamespaces {

    private CityGmlNamespaces() {
    }

    /** "1.0", "2.0", "3.0" for a CityGML core namespace, else null. */
    public static String coreVersion(String ns) {
        if (ns == null) return null;
        return switch (ns) {
            case "http://www.opengis.net/citygml/1.0" -> "1.0";
            case "http://www.opengis.net/citygml/2.0" -> "2.0";
            case "http://www.opengis.net/citygml/3.0" -> "3.0";
            default -> null;
        };
    }

    /** True for any i-UR namespace (uro, urf, urg, urt, ...) of any version. */
    public static boolean isIur(String ns) {
        if (ns == null) return false;
        return ns.contains("/iur/") || ns.contains("/itoshisaisei/iur");
    }

    /**
     * True for the CityGML UtilityNetwork ADE (0.9.x, {@code http://www.citygml.org/ade/utility/...}): the namespaces
     * {@link UtilityNetworkReader} reads, given the prefix "utility".
     */
    public static boolean isUtilityNetwork(String ns) {
        return "utility".equals(prefix(ns));
    }

    /** The i-UR sub-schema ("uro", "urf", "urg", ...) of an i-UR namespace. */
    static String iurModule(String ns) {
        String trimmed = ns.endsWith("/") ? ns.substring(0, ns.length() - 1) : ns;
        String[] parts = trimmed.split("/");
        // .../iur/uro/3.0 -> uro ; .../iur/uro -> uro
        for (int i = parts.length - 1; i >= 0; i--) {
            if (parts[i].startsWith("ur") && parts[i].length() == 3) return parts[i];
        }
        return "uro";
    }

    /** Conventional prefix for a namespace URI; unknown namespaces keep the last path segment. */
    public static String prefix(String ns) {
        if (ns == null || ns.isEmpty()) return "";
        if (isIur(ns)) return iurModule(ns);
        if (coreVersion(ns) != null) return "core";
        String n = ns.toLowerCase(Locale.ROOT);
        if (n.startsWith("http://www.opengis.net/gml")) return "gml";
        if (n.contains("/citygml/building") || n.contains("/citygml/3.0/building")) return "bldg";
        if (n.contains("/citygml/bridge")) return "brid";
        if (n.contains("/citygml/tunnel")) return "tun";
        if (n.contains("/citygml/transportation")) return "tran";
        if (n.contains("/citygml/relief")) return "dem";
        if (n.contains("/citygml/landuse")) return "luse";
        if (n.contains("/citygml/vegetation")) return "veg";
        if (n.contains("/citygml/waterbody")) return "wtr";
        if (n.contains("/citygml/cityfurniture")) return "frn";
        if (n.contains("/citygml/generics")) return "gen";
        if (n.contains("/citygml/cityobjectgroup")) return "grp";
        if (n.contains("/citygml/construction")) return "con";
        if (n.contains("/citygml/appearance")) return "app";
        if (n.contains("/citygml/dynamizer")) return "dyn";
        if (n.contains("/citygml/versioning")) return "vers";
        if (n.contains("/citygml/pointcloud")) return "pcl";
        if (n.contains("xal") || n.contains("xsdschema:xal")) return "xAL";
        if (n.contains("utility")) return "utility";
        String trimmed = ns.replaceAll("[/#]+$", "");
        int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':'));
        return cut >= 0 ? trimmed.substring(cut + 1) : trimmed;
    }

    /** Namespace of a CityGML thematic module ("frn", "bldg", "gen", "tran") for a CityGML version. */
    public static String moduleNamespace(String module, String version) {
        String name = switch (module) {
            case "frn" -> "cityfurniture";
            case "bldg" -> "building";
            case "gen" -> "generics";
            case "tran" -> "transportation";
            case "con" -> "construction";
            default -> throw new IllegalArgumentException(module);
        };
        if ("3.0".equals(version)) return "http://www.opengis.net/citygml/" + name + "/3.0";
        return "http://www.opengis.net/citygml/" + name + "/" + ("1.0".equals(version) ? "1.0" : "2.0");
    }
}
