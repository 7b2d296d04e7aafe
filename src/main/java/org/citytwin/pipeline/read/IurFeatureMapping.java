package org.citytwin.pipeline.read;

/**
 * Which CityGML parent a top-level i-UR feature is read as. PLATEAU utilities (uro:WaterPipe,
 * uro:Manhole, ...) are CityFurniture subclasses with their geometry in frn:lodNGeometry; urf zones and
 * uro:OtherConstruction keep geometry in their own lodN properties and are read as generic objects.
 */
final class IurFeatureMapping {

    private IurFeatureMapping() {
    }

    /** CityGML module ("frn", "bldg", "tran", "gen") whose feature type stands in for the i-UR type. */
    static String parentModule(String iurModule, String localName) {
        if (!"uro".equals(iurModule)) return "gen";
        return switch (localName) {
            case "UndergroundBuilding" -> "bldg";
            case "Waterway" -> "tran";
            case "OtherConstruction" -> "gen";
            default -> "frn";
        };
    }

    static String parentType(String module) {
        return switch (module) {
            case "bldg" -> "Building";
            case "tran" -> "TransportationComplex";
            case "frn" -> "CityFurniture";
            default -> "GenericCityObject";
        };
    }
}
