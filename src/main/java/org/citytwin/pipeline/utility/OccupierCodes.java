package org.citytwin.pipeline.utility;

import org.citytwin.pipeline.codelist.BundledCodeLists;

/** Labels of PLATEAU {@code UtilityNetworkElement_occupierType} codes, from the bundled code list. */
public final class OccupierCodes {

    static final String CODE_LIST = "UtilityNetworkElement_occupierType.xml";

    private OccupierCodes() {
    }

    /** Label as in the code list (e.g. 500 → 上水), null for an unknown code. */
    public static String label(String code) {
        return BundledCodeLists.label(CODE_LIST, code);
    }
}
