package org.citytwin.pipeline.read;

import java.util.Set;

/** Which prefixed top-level types are city objects (as opposed to appearances or foreign ADE features). */
final class CityObjectTypes {

    private static final Set<String> MODULES = Set.of("bldg", "brid", "tun", "tran", "dem", "luse", "veg", "wtr",
            "frn", "gen", "grp", "con", "uro", "urf", "urg");

    private CityObjectTypes() {
    }

    /** A thematic module holding city objects ("bldg", "wtr"...), not core, gml or appearance. */
    static boolean isModule(String prefix) {
        return MODULES.contains(prefix);
    }

    static boolean isCityObject(String prefixedType) {
        int colon = prefixedType.indexOf(':');
        return colon > 0 && MODULES.contains(prefixedType.substring(0, colon));
    }
}
