package org.citytwin.pipeline.utility;

/** Labels of PLATEAU {@code UtilityNetworkElement_occupierType} codes (see {@link OccupierTypes} for the source). */
public final class OccupierCodes {

    private OccupierCodes() {
    }

    /** Japanese label as in the code list, null for an unknown code. */
    public static String label(String code) {
        if (code == null) return null;
        return switch (code.strip()) {
            case "100" -> "道路管理者";
            case "200" -> "通信";
            case "300" -> "電力";
            case "400" -> "ガス";
            case "500" -> "上水";
            case "600" -> "下水";
            case "700" -> "地下鉄";
            case "800" -> "その他";
            default -> null;
        };
    }
}
