package org.citytwin.flow;

import java.util.Arrays;

/**
 * The recent path of every agent over a time window, as primitive arrays: trail {@code k} holds points
 * {@code start(k) .. start(k+1)-1}, oldest first, with the time of each point so a renderer can fade old parts.
 * Filled by {@link FlowStore#trailsAt(long, long, TrailFrame)}; reuse one instance. Not thread-safe.
 */
public final class TrailFrame {
    private int count;
    private int points;
    private int[] start = new int[1];
    private int[] agent = new int[0];
    private final PointColumns position = new PointColumns();
    private long[] time = new long[0];

    /** Number of trails (agents seen in the window). */
    public int count() {
        return count;
    }

    /** Total number of points over all trails. */
    public int pointCount() {
        return points;
    }

    /** First point index of trail k; {@code start(count())} is {@link #pointCount()}. */
    public int start(int k) {
        return start[k];
    }

    /** Agent index of trail k ({@link FlowStore#sourceId(int)}). */
    public int agent(int k) {
        return agent[k];
    }

    public double[] x() {
        return position.x();
    }

    public double[] y() {
        return position.y();
    }

    public double[] z() {
        return position.z();
    }

    /** Epoch ms of each point. */
    public long[] time() {
        return time;
    }

    void begin(int maxTrails) {
        count = 0;
        points = 0;
        if (start.length < maxTrails + 1) {
            start = Arrays.copyOf(start, maxTrails + 1);
            agent = Arrays.copyOf(agent, maxTrails);
        }
        start[0] = 0;
    }

    void point(double px, double py, double pz, long t) {
        if (points == position.capacity()) {
            int n = Math.max(64, points * 2);
            position.growTo(n);
            time = Arrays.copyOf(time, n);
        }
        position.set(points, px, py, pz);
        time[points] = t;
        points++;
    }

    /** Closes the trail begun after the previous one; a trail of fewer than two points is dropped. */
    void endTrail(int agentIndex) {
        if (points - start[count] < 2) {
            points = start[count];
            return;
        }
        agent[count] = agentIndex;
        count++;
        start[count] = points;
    }
}
