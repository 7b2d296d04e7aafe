package org.citytwin.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A counting line A→B on the ground: counts agents crossing it per direction per minute, from the positions of
 * the same agent in consecutive frames. "Forward" is from the left of A→B to its right (A→B turned 90°
 * clockwise: for a gate pointing north, walking east). Optionally limited to an elevation band so a gate on
 * the street ignores people on the concourse below. Jumping back in time forgets the previous positions
 * instead of counting the jump. Not thread-safe: update from the one thread that drives the clock.
 */
public final class CountingGate {

    /** Crossings in the minute starting at {@code minuteStartMillis}. */
    public record MinuteCount(long minuteStartMillis, int forward, int backward) {
    }

    private static final long MINUTE = 60_000;

    private final String id;
    private final double ax;
    private final double ay;
    private final double bx;
    private final double by;
    private final double minZ;
    private final double maxZ;
    private final TreeMap<Long, int[]> perMinute = new TreeMap<>();
    private double[] lastX = new double[0];
    private double[] lastY = new double[0];
    private long[] lastTime = new long[0];
    private int[] lastUpdate = new int[0];
    private int update;
    private long lastFrameTime = Long.MIN_VALUE;
    private int forward;
    private int backward;

    /** A gate for every elevation. */
    public CountingGate(String id, double ax, double ay, double bx, double by) {
        this(id, ax, ay, bx, by, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** A gate counting only agents with minZ <= z <= maxZ. */
    public CountingGate(String id, double ax, double ay, double bx, double by, double minZ, double maxZ) {
        if (ax == bx && ay == by) throw new IllegalArgumentException("gate " + id + " has zero length");
        this.id = id;
        this.ax = ax;
        this.ay = ay;
        this.bx = bx;
        this.by = by;
        this.minZ = minZ;
        this.maxZ = maxZ;
    }

    /**
     * Counts the crossings between the previous frame and this one. An agent counts only when it was in the
     * previous frame too (one that vanished and came back elsewhere did not walk through the gate).
     */
    public void update(AgentFrame frame) {
        long t = frame.timeMillis();
        if (t < lastFrameTime) {
            update++; // scrubbed back: no agent has a usable previous position
        }
        lastFrameTime = t;
        int previous = update;
        update++;
        int[] agent = frame.agent();
        double[] x = frame.x();
        double[] y = frame.y();
        double[] z = frame.z();
        for (int i = 0, n = frame.count(); i < n; i++) {
            int a = agent[i];
            if (z[i] < minZ || z[i] > maxZ) continue;
            if (a >= lastUpdate.length) grow(a + 1);
            if (lastUpdate[a] == previous && lastTime[a] < t) {
                cross(lastX[a], lastY[a], lastTime[a], x[i], y[i], t);
            }
            lastX[a] = x[i];
            lastY[a] = y[i];
            lastTime[a] = t;
            lastUpdate[a] = update;
        }
    }

    private void cross(double px, double py, long pt, double qx, double qy, long qt) {
        double dx = bx - ax;
        double dy = by - ay;
        double sideP = dx * (py - ay) - dy * (px - ax); // > 0: left of A→B
        double sideQ = dx * (qy - ay) - dy * (qx - ax);
        boolean leftP = sideP > 0;
        boolean leftQ = sideQ > 0;
        if (leftP == leftQ) return;
        // the step P→Q must pass between A and B, not beside the gate
        double ex = qx - px;
        double ey = qy - py;
        double sideA = ex * (ay - py) - ey * (ax - px);
        double sideB = ex * (by - py) - ey * (bx - px);
        if (sideA > 0 && sideB > 0 || sideA < 0 && sideB < 0) return;
        double s = sideP / (sideP - sideQ); // where along P→Q the line is crossed
        long when = pt + Math.round(s * (qt - pt));
        int[] bucket = perMinute.computeIfAbsent(Math.floorDiv(when, MINUTE) * MINUTE, k -> new int[2]);
        if (leftP) {
            bucket[0]++;
            forward++;
        } else {
            bucket[1]++;
            backward++;
        }
    }

    private void grow(int size) {
        int n = Math.max(size, lastUpdate.length * 2);
        lastX = Arrays.copyOf(lastX, n);
        lastY = Arrays.copyOf(lastY, n);
        lastTime = Arrays.copyOf(lastTime, n);
        int old = lastUpdate.length;
        lastUpdate = Arrays.copyOf(lastUpdate, n);
        Arrays.fill(lastUpdate, old, n, -1);
    }

    /** Crossings per minute, oldest first; minutes without crossings are left out. */
    public List<MinuteCount> perMinute() {
        List<MinuteCount> out = new ArrayList<>(perMinute.size());
        for (Map.Entry<Long, int[]> e : perMinute.entrySet()) {
            out.add(new MinuteCount(e.getKey(), e.getValue()[0], e.getValue()[1]));
        }
        return out;
    }

    public int forwardTotal() {
        return forward;
    }

    public int backwardTotal() {
        return backward;
    }

    /** Forgets counts and positions. */
    public void reset() {
        perMinute.clear();
        forward = 0;
        backward = 0;
        update++;
        lastFrameTime = Long.MIN_VALUE;
    }

    public String id() {
        return id;
    }

    public double ax() {
        return ax;
    }

    public double ay() {
        return ay;
    }

    public double bx() {
        return bx;
    }

    public double by() {
        return by;
    }
}
