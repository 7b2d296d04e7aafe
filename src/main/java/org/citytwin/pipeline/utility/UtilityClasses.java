package org.citytwin.pipeline.utility;

import java.util.Map;
import org.citytwin.model.UtilityType;

/**
 * What the viewer knows about each utility element class (PLATEAU i-UR 3.x {@code uro:UtilityNetworkElement}
 * subclasses and UtilityNetwork ADE 0.9 classes): the type it carries when no occupier code says so, whether
 * it is a node (drawn as a shaft) or a link (drawn as a tube), and defaults for missing sizes.
 * Defaults are typical Japanese distribution sizes, chosen so that a defaulted element is visible, not exact.
 */
public final class UtilityClasses {

    /** Outer diameter (m) used when a link states none. */
    private static final Map<String, Double> DEFAULT_DIAMETER = Map.ofEntries(
            Map.entry("WaterPipe", 0.15), Map.entry("SewerPipe", 0.30), Map.entry("OilGasChemicalsPipe", 0.15),
            Map.entry("ThermalPipe", 0.30), Map.entry("ElectricityCable", 0.10),
            Map.entry("TelecommunicationsCable", 0.10), Map.entry("Cable", 0.10), Map.entry("Duct", 0.30),
            Map.entry("Pipe", 0.20), Map.entry("RoundPipe", 0.15), Map.entry("RectangularPipe", 0.30),
            Map.entry("OtherShapePipe", 0.20), Map.entry("Canal", 0.50));

    /** Manhole shaft diameter and depth (m) when the file states none: a standard No. 1 manhole (φ 900 mm). */
    public static final double MANHOLE_DIAMETER = 0.9;
    public static final double MANHOLE_DEPTH = 2.0;
    /** Handhole box side and depth (m) when the file states none. */
    public static final double HANDHOLE_SIDE = 0.6;
    public static final double HANDHOLE_DEPTH = 1.0;
    /** Other nodes (valves, hydrants, terminals): a small cylinder at the default cover depth. */
    public static final double NODE_DIAMETER = 0.3;
    public static final double NODE_HEIGHT = 0.4;
    /** Cover depth (m) assumed for a line that states none and has no other LOD to measure: a typical 1.2 m. */
    public static final double DEFAULT_COVER_DEPTH = 1.2;

    private UtilityClasses() {
    }

    /** Local class name of a prefixed type: "uro:WaterPipe" → "WaterPipe". */
    public static String elementClass(String type) {
        int colon = type.indexOf(':');
        return colon < 0 ? type : type.substring(colon + 1);
    }

    /** Utility type from the class name alone (fallback when no occupier code is given). */
    public static UtilityType typeOf(String elementClass) {
        return switch (elementClass) {
            case "WaterPipe" -> UtilityType.WATER;
            case "SewerPipe", "Canal" -> UtilityType.SEWER;
            case "OilGasChemicalsPipe" -> UtilityType.GAS;
            case "ThermalPipe" -> UtilityType.HEAT;
            case "ElectricityCable" -> UtilityType.ELECTRICITY;
            case "TelecommunicationsCable" -> UtilityType.TELECOM;
            default -> UtilityType.OTHER;
        };
    }

    /** Nodes have a position, not an axis: manholes, handholes, appurtenances, terminals, generic nodes. */
    public static boolean isNode(String elementClass) {
        return switch (elementClass) {
            case "Manhole", "Handhole", "Appurtenance", "UtilityNode", "UtilityNodeContainer", "TerminalElement",
                 "SimpleFunctionalElement", "ComplexFunctionalElement", "StorageDevice", "TechDevice",
                 "MeasurementDevice", "ControllerDevice", "AnyDevice" -> true;
            default -> false;
        };
    }

    public static double defaultDiameter(String elementClass) {
        return DEFAULT_DIAMETER.getOrDefault(elementClass, 0.2);
    }
}
