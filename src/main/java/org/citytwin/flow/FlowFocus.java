package org.citytwin.flow;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.citytwin.model.Envelope;

/**
 * Where a picture of a flow should look: the densest cluster of agents at one instant. A recording may cover several
 * places far apart (the bundled Hiroshima flow walks the mall and a bridge 800 m away); framing their common box shows
 * sky with specks. Agents are binned into square cells; touching occupied cells (8-neighbours) form a cluster; the
 * cluster with most agents wins, padded so its walkers are not on the picture's edge. Plain Java.
 */
public final class FlowFocus {
    /** Cells this wide join agents of one place (a concourse, a square) and keep places a street apart separate. */
    public static final double CELL = 40;
    /** The least width framed: a handful of walkers still shows their surroundings. */
    static final double MIN_SIZE = 30;

    private FlowFocus() {
    }

    /**
     * The densest cluster of the agents in {@code frame} that lie inside {@code within} (null: all), padded;
     * null when no agent is there.
     */
    public static Envelope densest(AgentFrame frame, Envelope within) {
        Map<Long, Integer> counts = new HashMap<>();
        double[] x = frame.x(), y = frame.y();
        for (int i = 0; i < frame.count(); i++) {
            if (!inside(within, x[i], y[i])) continue;
            counts.merge(key(cell(x[i]), cell(y[i])), 1, Integer::sum);
        }
        if (counts.isEmpty()) return null;
        Map<Long, Integer> clusterOf = new HashMap<>();
        int best = -1, bestCount = -1, cluster = 0;
        for (Long start : counts.keySet()) {
            if (clusterOf.containsKey(start)) continue;
            int total = 0;
            ArrayDeque<Long> todo = new ArrayDeque<>();
            todo.add(start);
            clusterOf.put(start, cluster);
            while (!todo.isEmpty()) {
                long k = todo.poll();
                total += counts.get(k);
                int cx = (int) (k >> 32), cy = (int) k;
                for (int dx = -1; dx <= 1; dx++) {
                    for (int dy = -1; dy <= 1; dy++) {
                        long n = key(cx + dx, cy + dy);
                        if (counts.containsKey(n) && !clusterOf.containsKey(n)) {
                            clusterOf.put(n, cluster);
                            todo.add(n);
                        }
                    }
                }
            }
            if (total > bestCount) {
                bestCount = total;
                best = cluster;
            }
            cluster++;
        }
        Envelope e = new Envelope();
        double[] z = frame.z();
        for (int i = 0; i < frame.count(); i++) {
            if (!inside(within, x[i], y[i])) continue;
            Integer c = clusterOf.get(key(cell(x[i]), cell(y[i])));
            if (c != null && c == best) e.include(x[i], y[i], z[i]);
        }
        return padded(e);
    }

    /** A tenth of the size around, and at least {@link #MIN_SIZE} wide and deep. */
    private static Envelope padded(Envelope e) {
        double w = Math.max(MIN_SIZE, e.width() * 1.2), d = Math.max(MIN_SIZE, e.depth() * 1.2);
        double cx = e.centerX(), cy = e.centerY();
        return Envelope.of(cx - w / 2, cy - d / 2, e.minZ(), cx + w / 2, cy + d / 2, Math.max(e.maxZ(), e.minZ() + 2));
    }

    private static boolean inside(Envelope within, double x, double y) {
        return within == null || within.isEmpty()
                || x >= within.minX() && x <= within.maxX() && y >= within.minY() && y <= within.maxY();
    }

    private static int cell(double v) {
        return (int) Math.floor(v / CELL);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) | (cy & 0xffffffffL);
    }
}
