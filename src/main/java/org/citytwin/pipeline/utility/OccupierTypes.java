package org.citytwin.pipeline.utility;

import org.citytwin.model.UtilityType;

/**
 * PLATEAU {@code UtilityNetworkElement_occupierType} codes (i-UR 3.x code list, PLATEAU standard
 * product specification 4.15.4.1.1): 100 road administrator, 200 telecom, 300 electricity, 400 gas,
 * 500 water supply, 600 sewer, 700 subway, 800 other.
 */
public final class OccupierTypes {

    private OccupierTypes() {
    }

    /** The type a code stands for, or null when the code does not name a carried medium (100, 700, 800, unknown). */
    public static UtilityType typeOf(String code) {
        if (code == null) return null;
        return switch (code.strip()) {
            case "200" -> UtilityType.TELECOM;
            case "300" -> UtilityType.ELECTRICITY;
            case "400" -> UtilityType.GAS;
            case "500" -> UtilityType.WATER;
            case "600" -> UtilityType.SEWER;
            default -> null;
        };
    }
}
