package org.citytwin.flow;

import java.util.Arrays;

/**
 * Where every visible agent is at one instant, as parallel primitive arrays (index {@code 0..count()-1}), so a
 * renderer can copy positions into one mesh 30 times a second without allocating. Filled by
 * {@link FlowStore#frameAt(long, AgentFrame)}; reuse one instance per consumer. Not thread-safe.
 */
public final class AgentFrame {
    private long timeMillis;
    private int count;
    private final PointColumns position = new PointColumns();
    private double[] speed = new double[0];
    private double[] heading = new double[0];
    private int[] agent = new int[0];
    private int[] group = new int[0];

    /** The instant this frame shows (epoch ms). */
    public long timeMillis() {
        return timeMillis;
    }

    /** Number of agents present at {@link #timeMillis()}; the arrays may be longer. */
    public int count() {
        return count;
    }

    /** East, local metres. */
    public double[] x() {
        return position.x();
    }

    /** North, local metres. */
    public double[] y() {
        return position.y();
    }

    /** Elevation, metres. */
    public double[] z() {
        return position.z();
    }

    /** Metres per second: as sampled, or derived from the surrounding samples. */
    public double[] speed() {
        return speed;
    }

    /** Degrees clockwise from north: as sampled, or derived from the movement; NaN when standing still. */
    public double[] heading() {
        return heading;
    }

    /** Agent index in the store: {@link FlowStore#sourceId(int)} gives its id (for picking and labels). */
    public int[] agent() {
        return agent;
    }

    /** Group index (the sample attribute {@value FlowStore#GROUP_ATTRIBUTE}): {@link FlowStore#groupName(int)}. */
    public int[] group() {
        return group;
    }

    void begin(long time, int capacity) {
        timeMillis = time;
        count = 0;
        if (position.capacity() < capacity) {
            int n = Math.max(capacity, position.capacity() + position.capacity() / 2);
            position.growTo(n);
            speed = Arrays.copyOf(speed, n);
            heading = Arrays.copyOf(heading, n);
            agent = Arrays.copyOf(agent, n);
            group = Arrays.copyOf(group, n);
        }
    }

    void add(double px, double py, double pz, double v, double h, int agentIndex, int groupIndex) {
        int i = count++;
        position.set(i, px, py, pz);
        speed[i] = v;
        heading[i] = h;
        agent[i] = agentIndex;
        group[i] = groupIndex;
    }
}
