package org.citytwin.flow;

import java.util.Arrays;

/**
 * One agent's samples kept sorted by time in primitive arrays. Appending in time order is O(1); a late sample
 * is inserted at its own time (binary search + shift); a second sample at the same instant replaces the first.
 * Not thread-safe: {@link FlowStore} guards it.
 */
final class Track {
    final int index;
    final int group;
    final boolean step;
    long[] t = new long[4];
    double[] x = new double[4];
    double[] y = new double[4];
    double[] z = new double[4];
    double[] speed = new double[4];
    double[] heading = new double[4];
    int n;
    /** Segment found by the last lookup: playback asks for nearly the same time every frame. */
    private int cursor;

    Track(int index, int group, boolean step) {
        this.index = index;
        this.group = group;
        this.step = step;
    }

    /** @return true when a new sample was added, false when it replaced one at the same instant */
    boolean add(long time, double px, double py, double pz, double v, double h) {
        int at;
        if (n == 0 || time > t[n - 1]) {
            at = n;
        } else {
            int found = Arrays.binarySearch(t, 0, n, time);
            if (found >= 0) {
                set(found, time, px, py, pz, v, h);
                return false;
            }
            at = -found - 1;
        }
        if (n == t.length) grow();
        if (at < n) {
            int tail = n - at;
            System.arraycopy(t, at, t, at + 1, tail);
            System.arraycopy(x, at, x, at + 1, tail);
            System.arraycopy(y, at, y, at + 1, tail);
            System.arraycopy(z, at, z, at + 1, tail);
            System.arraycopy(speed, at, speed, at + 1, tail);
            System.arraycopy(heading, at, heading, at + 1, tail);
        }
        set(at, time, px, py, pz, v, h);
        n++;
        return true;
    }

    long start() {
        return t[0];
    }

    long end() {
        return t[n - 1];
    }

    /** Index i of the last sample with t[i] <= time; requires start() <= time. */
    int segmentAt(long time) {
        int c = cursor;
        if (c < n && t[c] <= time && (c + 1 == n || time < t[c + 1])) return c;
        if (c + 1 < n && t[c + 1] <= time && (c + 2 == n || time < t[c + 2])) return cursor = c + 1;
        int found = Arrays.binarySearch(t, 0, n, time);
        int i = found >= 0 ? found : -found - 2;
        // equal times cannot occur (add() replaces), so i is the last sample at or before time
        cursor = i;
        return i;
    }

    /** Writes the position at {@code time} (within [start, end + hold]) into {@code frame}. */
    void interpolate(long time, AgentFrame frame) {
        int i = segmentAt(time);
        if (i == n - 1 || step) {
            frame.add(x[i], y[i], z[i], speedAt(i), headingAt(i), index, group);
            return;
        }
        double f = (double) (time - t[i]) / (t[i + 1] - t[i]);
        frame.add(x[i] + f * (x[i + 1] - x[i]), y[i] + f * (y[i + 1] - y[i]), z[i] + f * (z[i + 1] - z[i]),
                Double.isNaN(speed[i]) || Double.isNaN(speed[i + 1]) ? speedAt(i) : speed[i] + f * (speed[i + 1] - speed[i]),
                headingAt(i), index, group);
    }

    double xAt(int i, long time) {
        return i == n - 1 || step ? x[i] : x[i] + fraction(i, time) * (x[i + 1] - x[i]);
    }

    double yAt(int i, long time) {
        return i == n - 1 || step ? y[i] : y[i] + fraction(i, time) * (y[i + 1] - y[i]);
    }

    double zAt(int i, long time) {
        return i == n - 1 || step ? z[i] : z[i] + fraction(i, time) * (z[i + 1] - z[i]);
    }

    private double fraction(int i, long time) {
        return (double) (time - t[i]) / (t[i + 1] - t[i]);
    }

    /** The sampled speed, else the speed along the segment starting at i (the one before it at the end). */
    private double speedAt(int i) {
        if (!Double.isNaN(speed[i])) return speed[i];
        if (n < 2) return Double.NaN;
        int a = i == n - 1 ? i - 1 : i;
        double dx = x[a + 1] - x[a];
        double dy = y[a + 1] - y[a];
        double dz = z[a + 1] - z[a];
        return Math.sqrt(dx * dx + dy * dy + dz * dz) / ((t[a + 1] - t[a]) / 1000.0);
    }

    /** The sampled heading, else the direction of the segment (clockwise from north); NaN when not moving. */
    private double headingAt(int i) {
        if (!Double.isNaN(heading[i])) return heading[i];
        if (n < 2) return Double.NaN;
        int a = i == n - 1 ? i - 1 : i;
        double dx = x[a + 1] - x[a];
        double dy = y[a + 1] - y[a];
        if (dx == 0 && dy == 0) return Double.NaN;
        double deg = Math.toDegrees(Math.atan2(dx, dy));
        return deg < 0 ? deg + 360 : deg;
    }

    private void set(int i, long time, double px, double py, double pz, double v, double h) {
        t[i] = time;
        x[i] = px;
        y[i] = py;
        z[i] = pz;
        speed[i] = v;
        heading[i] = h;
    }

    private void grow() {
        int size = t.length * 2;
        t = Arrays.copyOf(t, size);
        x = Arrays.copyOf(x, size);
        y = Arrays.copyOf(y, size);
        z = Arrays.copyOf(z, size);
        speed = Arrays.copyOf(speed, size);
        heading = Arrays.copyOf(heading, size);
    }
}
