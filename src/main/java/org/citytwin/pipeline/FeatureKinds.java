package org.citytwin.pipeline;

import org.citytwin.model.FeatureKind;

/** Maps a prefixed feature type ("bldg:Building", "uro:WaterPipe") to its thematic kind. */
public final class FeatureKinds {

    private FeatureKinds() {
    }

    public static FeatureKind of(String type) {
        int colon = type.indexOf(':');
        String prefix = colon < 0 ? "" : type.substring(0, colon);
        String local = type.substring(colon + 1);
        return switch (prefix) {
            case "bldg" -> FeatureKind.BUILDING;
            case "brid" -> FeatureKind.BRIDGE;
            case "tun" -> FeatureKind.TUNNEL;
            case "tran" -> FeatureKind.TRANSPORTATION;
            case "dem" -> FeatureKind.TERRAIN;
            case "luse" -> FeatureKind.LAND_USE;
            case "veg" -> FeatureKind.VEGETATION;
            case "wtr" -> FeatureKind.WATER;
            case "frn" -> FeatureKind.CITY_FURNITURE;
            case "gen" -> FeatureKind.GENERIC;
            case "con" -> FeatureKind.CONSTRUCTION;
            case "urf", "urg" -> FeatureKind.URBAN_PLANNING;
            case "uro" -> switch (local) {
                case "UndergroundBuilding" -> FeatureKind.UNDERGROUND_BUILDING;
                case "Waterway" -> FeatureKind.TRANSPORTATION;
                case "OtherConstruction" -> FeatureKind.CONSTRUCTION;
                default -> FeatureKind.UTILITY;
            };
            case "utility" -> FeatureKind.UTILITY;
            default -> FeatureKind.OTHER;
        };
    }
}
