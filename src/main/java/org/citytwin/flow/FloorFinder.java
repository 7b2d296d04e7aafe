package org.citytwin.flow;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the floors people walk on from where agents are: elevations are binned per metre and runs of busy bins
 * separated by at least {@link #GAP} metres become separate floors (street, concourse, bridge deck). Each floor's
 * elevation is the busiest metre of its run (where most people stand; ramps and stairs lie below it), and the
 * levels' tolerance reaches down to the lowest busy metre of any run, so people on a ramp count on its floor.
 */
public final class FloorFinder {
    /** Floors closer than this are one floor (ramps, stairs, noisy heights). */
    public static final double GAP = 3.0;

    private FloorFinder() {
    }

    /** Levels from the agents of one or more frames; a single level at 0 when there are none. */
    public static FlowLevels of(List<AgentFrame> frames) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (AgentFrame f : frames) {
            for (int i = 0; i < f.count(); i++) {
                min = Math.min(min, f.z()[i]);
                max = Math.max(max, f.z()[i]);
            }
        }
        if (min > max) return FlowLevels.single();
        int bins = (int) Math.floor(max - min) + 1;
        int[] counts = new int[bins];
        for (AgentFrame f : frames) {
            for (int i = 0; i < f.count(); i++) counts[(int) Math.floor(f.z()[i] - min)]++;
        }
        List<Double> floors = new ArrayList<>();
        int lastBusy = Integer.MIN_VALUE / 2, runStart = 0, busiest = -1;
        double tolerance = 1.0;
        for (int b = 0; b <= bins; b++) {
            boolean busy = b < bins && counts[b] > 0;
            if (b == bins || busy && b - lastBusy > GAP) { // a run ended: its busiest metre is a floor
                if (busiest >= 0) {
                    floors.add(min + busiest);
                    tolerance = Math.max(tolerance, Math.min(GAP, busiest - runStart + 1.0));
                }
                runStart = b;
                busiest = -1;
            }
            if (!busy) continue;
            if (busiest < 0 || counts[b] > counts[busiest]) busiest = b;
            lastBusy = b;
        }
        double[] elevations = floors.stream().mapToDouble(Double::doubleValue).toArray();
        List<String> names = new ArrayList<>();
        for (double e : elevations) names.add(String.format(java.util.Locale.ROOT, "floor %.0f m", e));
        return new FlowLevels(elevations, names, tolerance);
    }
}
