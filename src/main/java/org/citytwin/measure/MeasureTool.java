package org.citytwin.measure;

/** What a series of clicks measures. */
public enum MeasureTool {
    /** A polyline: 3D length, horizontal length, vertical difference. */
    DISTANCE("Distance"),
    /** A polygon projected on the ground plane: area and perimeter. */
    AREA("Area"),
    /** One point: its height above the ground or terrain under it. */
    HEIGHT("Height above ground");

    private final String label;

    MeasureTool(String label) {
        this.label = label;
    }

    public String label() { return label; }

    /** Points needed before the measurement has a value. */
    public int minimumPoints() {
        return switch (this) {
            case DISTANCE -> 2;
            case AREA -> 3;
            case HEIGHT -> 1;
        };
    }
}
