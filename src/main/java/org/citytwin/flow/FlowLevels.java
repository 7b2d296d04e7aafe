package org.citytwin.flow;

import java.util.Arrays;
import java.util.List;

/**
 * The walkable levels of a place as floor elevations (e.g. concourse -15 m, street 0 m, bridge deck 6 m), so
 * that each agent is counted on the floor it stands on: the highest floor at most {@code tolerance} above
 * its elevation. An agent 15 m below the street lands on the concourse, not on the road above. Immutable.
 */
public final class FlowLevels {
    private final double[] floors;
    private final String[] names;
    private final double tolerance;

    /**
     * @param floorElevations one elevation per level (metres, any order)
     * @param names           one name per level, same order
     * @param tolerance       how far below a floor an agent may be and still count on it (metres; slopes, noise)
     */
    public FlowLevels(double[] floorElevations, List<String> names, double tolerance) {
        if (floorElevations.length == 0 || floorElevations.length != names.size()) {
            throw new IllegalArgumentException("need one name per floor elevation, got "
                    + floorElevations.length + " elevations and " + names.size() + " names");
        }
        Integer[] order = new Integer[floorElevations.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(floorElevations[a], floorElevations[b]));
        floors = new double[order.length];
        this.names = new String[order.length];
        for (int i = 0; i < order.length; i++) {
            floors[i] = floorElevations[order[i]];
            this.names[i] = names.get(order[i]);
        }
        this.tolerance = tolerance;
    }

    /** One level: everything counts on it. */
    public static FlowLevels single() {
        return new FlowLevels(new double[] {0}, List.of("ground"), 0);
    }

    /** Number of levels; level indices go from the lowest floor (0) up. */
    public int count() {
        return floors.length;
    }

    /** The level of an agent at elevation z; agents below the lowest floor count on it. */
    public int levelOf(double z) {
        for (int i = floors.length - 1; i > 0; i--) {
            if (floors[i] <= z + tolerance) return i;
        }
        return 0;
    }

    /** Floor elevation of level i (metres). */
    public double elevation(int level) {
        return floors[level];
    }

    public String name(int level) {
        return names[level];
    }
}
