package org.citytwin.pipeline.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The lodN geometry properties CityGML 1.0/2.0 defines for each feature type (taken from the 2.0 schemas),
 * so that a property a type lacks (e.g. {@code wtr:lod2MultiSurface} on a WaterBody, which citygml4j silently
 * drops) is recognised as non-standard. Only surface-bearing kinds count as unambiguous: MultiSurface,
 * Surface, Solid, MultiSolid and Geometry. CityGML 3.0 moved every such property into the core namespace, so
 * in a 3.0 file any of them in a thematic module's namespace is non-standard.
 */
final class StandardLodProperties {

    /** Feature local name → its standard property names ("lod2MultiSurface"...). */
    private static final Map<String, Set<String>> BY_TYPE = new HashMap<>();

    static {
        Set<String> building = names("1234:Solid,MultiSurface,TerrainIntersection", "234:MultiCurve");
        for (String t : new String[] {"Bridge", "BridgePart", "Tunnel", "TunnelPart"}) BY_TYPE.put(t, building);
        Set<String> buildingWithLod0 = names("1234:Solid,MultiSurface,TerrainIntersection", "234:MultiCurve",
                "0:FootPrint,RoofEdge");
        BY_TYPE.put("Building", buildingWithLod0);
        BY_TYPE.put("BuildingPart", buildingWithLod0);
        Set<String> boundary = names("234:MultiSurface");
        for (String t : new String[] {"WallSurface", "RoofSurface", "GroundSurface", "ClosureSurface", "FloorSurface",
                "CeilingSurface", "InteriorWallSurface", "OuterCeilingSurface", "OuterFloorSurface", "TrafficArea",
                "AuxiliaryTrafficArea"}) {
            BY_TYPE.put(t, boundary);
        }
        Set<String> opening = names("34:MultiSurface,ImplicitRepresentation");
        BY_TYPE.put("Door", opening);
        BY_TYPE.put("Window", opening);
        Set<String> installation = names("234:Geometry,ImplicitRepresentation");
        for (String t : new String[] {"BuildingInstallation", "BridgeInstallation", "TunnelInstallation"}) BY_TYPE.put(t, installation);
        BY_TYPE.put("BridgeConstructionElement", names("1234:Geometry,ImplicitRepresentation,TerrainIntersection"));
        Set<String> interior = names("4:Geometry,ImplicitRepresentation");
        for (String t : new String[] {"IntBuildingInstallation", "IntBridgeInstallation", "IntTunnelInstallation",
                "BuildingFurniture", "BridgeFurniture", "TunnelFurniture"}) {
            BY_TYPE.put(t, interior);
        }
        Set<String> room = names("4:MultiSurface,Solid");
        for (String t : new String[] {"Room", "BridgeRoom", "HollowSpace"}) BY_TYPE.put(t, room);
        Set<String> transport = names("0:Network", "1234:MultiSurface");
        for (String t : new String[] {"TransportationComplex", "Road", "Railway", "Track", "Square"}) BY_TYPE.put(t, transport);
        BY_TYPE.put("WaterBody", names("01:MultiCurve,MultiSurface", "1234:Solid"));
        Set<String> waterSurface = names("234:Surface");
        for (String t : new String[] {"WaterSurface", "WaterGroundSurface", "WaterClosureSurface"}) BY_TYPE.put(t, waterSurface);
        BY_TYPE.put("CityFurniture", names("1234:Geometry,ImplicitRepresentation,TerrainIntersection"));
        BY_TYPE.put("GenericCityObject", names("01234:Geometry,ImplicitRepresentation,TerrainIntersection"));
        BY_TYPE.put("SolitaryVegetationObject", names("1234:Geometry,ImplicitRepresentation"));
        BY_TYPE.put("PlantCover", names("1234:MultiSurface,MultiSolid"));
        BY_TYPE.put("LandUse", names("01234:MultiSurface"));
    }

    private static final Set<String> SURFACE_KINDS = Set.of("MultiSurface", "Surface", "Solid", "MultiSolid", "Geometry");

    private StandardLodProperties() {
    }

    /**
     * The LOD of {@code property} when it is an unambiguous surface-bearing lodN property that the CityGML 1.0/2.0
     * feature type {@code featureLocal} does not define; -1 otherwise (standard, unknown type, or not geometry).
     */
    static int nonStandardLod(String featureLocal, String property) {
        Set<String> standard = BY_TYPE.get(featureLocal);
        if (standard == null || standard.contains(property)) return -1;
        return surfaceLod(property);
    }

    /** The LOD of an unambiguous surface-bearing lodN property name ("lod2MultiSurface" → 2), else -1. */
    static int surfaceLod(String property) {
        if (property.length() < 5 || !property.startsWith("lod")) return -1;
        char digit = property.charAt(3);
        if (digit < '0' || digit > '4' || !SURFACE_KINDS.contains(property.substring(4))) return -1;
        return digit - '0';
    }

    /** "234:MultiSurface,Solid" → lod2MultiSurface, lod2Solid, lod3MultiSurface, ... */
    private static Set<String> names(String... groups) {
        Set<String> names = new java.util.HashSet<>();
        for (String group : groups) {
            String[] parts = group.split(":");
            for (char lod : parts[0].toCharArray()) {
                for (String kind : parts[1].split(",")) names.add("lod" + lod + kind);
            }
        }
        return Set.copyOf(names);
    }
}
