package org.citytwin.flow;

import java.util.Arrays;

/**
 * One agent's samples kept sorted by time: times in one array, values interleaved in another (x, y, z, speed,
 * heading per sample) so a lookup touches few cache lines. Appending in time order is O(1); a late sample is
 * inserted at its own time (binary search + shift); a second sample at the same instant replaces the first.
 * Not thread-safe: {@link FlowStore} guards it.
 */
final class Track {
    static final int STRIDE = 5;
    static final int X = 0;
    static final int Y = 1;
    static final int Z = 2;
    static final int SPEED = 3;
    static final int HEADING = 4;

    final int index;
    final int group;
    final boolean step;
    long[] t = new long[4];
    double[] v = new double[4 * STRIDE];
    int n;
    /** Segment found by the last lookup: playback asks for nearly the same time every frame. */
    private int cursor;

    Track(int index, int group, boolean step) {
        this.index = index;
        this.group = group;
        this.step = step;
    }

    /** @return true when a new sample was added, false when it replaced one at the same instant */
    boolean add(long time, double px, double py, double pz, double speed, double heading) {
        int at;
        if (n == 0 || time > t[n - 1]) {
            at = n;
        } else {
            int found = Arrays.binarySearch(t, 0, n, time);
            if (found >= 0) {
                set(found, time, px, py, pz, speed, heading);
                return false;
            }
            at = -found - 1;
        }
        if (n == t.length) {
            t = Arrays.copyOf(t, n * 2);
            v = Arrays.copyOf(v, n * 2 * STRIDE);
        }
        if (at < n) {
            System.arraycopy(t, at, t, at + 1, n - at);
            System.arraycopy(v, at * STRIDE, v, (at + 1) * STRIDE, (n - at) * STRIDE);
        }
        set(at, time, px, py, pz, speed, heading);
        n++;
        return true;
    }

    /**
     * Drops samples before {@code time}, keeping the last one at or before it so positions at {@code time} stay
     * interpolated. Returns how many were dropped.
     */
    int trimBefore(long time) {
        if (n == 0 || t[0] >= time) return 0;
        int found = Arrays.binarySearch(t, 0, n, time);
        int keepFrom = found >= 0 ? found : Math.max(0, -found - 2);
        if (keepFrom == 0) return 0;
        System.arraycopy(t, keepFrom, t, 0, n - keepFrom);
        System.arraycopy(v, keepFrom * STRIDE, v, 0, (n - keepFrom) * STRIDE);
        n -= keepFrom;
        cursor = 0;
        return keepFrom;
    }

    long start() {
        return t[0];
    }

    long end() {
        return t[n - 1];
    }

    double x(int i) {
        return v[i * STRIDE + X];
    }

    double y(int i) {
        return v[i * STRIDE + Y];
    }

    double z(int i) {
        return v[i * STRIDE + Z];
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

    /**
     * Fills {@code seg} (at {@code base}) with the piece of track holding {@code time} (within [start, end]):
     * {@link FlowStore} caches it so later frames inside the same piece need not come back here.
     * Layout: from, until (exclusive; +inf after the last sample), x, y, z at from, their rates per ms, speed,
     * heading.
     */
    void segment(long time, double[] seg, int base) {
        int i = segmentAt(time);
        int a = i * STRIDE;
        seg[base] = t[i];
        seg[base + 2] = v[a + X];
        seg[base + 3] = v[a + Y];
        seg[base + 4] = v[a + Z];
        seg[base + 8] = speedAt(i);
        seg[base + 9] = headingAt(i);
        if (i == n - 1) {
            seg[base + 1] = Double.POSITIVE_INFINITY;
            seg[base + 5] = seg[base + 6] = seg[base + 7] = 0;
            return;
        }
        seg[base + 1] = t[i + 1];
        if (step) {
            seg[base + 5] = seg[base + 6] = seg[base + 7] = 0;
            return;
        }
        double dt = t[i + 1] - t[i];
        int b = a + STRIDE;
        seg[base + 5] = (v[b + X] - v[a + X]) / dt;
        seg[base + 6] = (v[b + Y] - v[a + Y]) / dt;
        seg[base + 7] = (v[b + Z] - v[a + Z]) / dt;
    }

    double xAt(int i, long time) {
        return i == n - 1 || step ? x(i) : x(i) + fraction(i, time) * (x(i + 1) - x(i));
    }

    double yAt(int i, long time) {
        return i == n - 1 || step ? y(i) : y(i) + fraction(i, time) * (y(i + 1) - y(i));
    }

    double zAt(int i, long time) {
        return i == n - 1 || step ? z(i) : z(i) + fraction(i, time) * (z(i + 1) - z(i));
    }

    private double fraction(int i, long time) {
        return (double) (time - t[i]) / (t[i + 1] - t[i]);
    }

    /** The sampled speed, else the speed along the segment starting at i (the one before it at the end). */
    private double speedAt(int i) {
        double s = v[i * STRIDE + SPEED];
        if (!Double.isNaN(s)) return s;
        if (n < 2) return Double.NaN;
        int a = i == n - 1 ? i - 1 : i;
        double dx = x(a + 1) - x(a);
        double dy = y(a + 1) - y(a);
        double dz = z(a + 1) - z(a);
        return Math.sqrt(dx * dx + dy * dy + dz * dz) / ((t[a + 1] - t[a]) / 1000.0);
    }

    /** The sampled heading, else the direction of the segment (clockwise from north); NaN when not moving. */
    private double headingAt(int i) {
        double h = v[i * STRIDE + HEADING];
        if (!Double.isNaN(h)) return h;
        if (n < 2) return Double.NaN;
        int a = i == n - 1 ? i - 1 : i;
        double dx = x(a + 1) - x(a);
        double dy = y(a + 1) - y(a);
        if (dx == 0 && dy == 0) return Double.NaN;
        double deg = Math.toDegrees(Math.atan2(dx, dy));
        return deg < 0 ? deg + 360 : deg;
    }

    private void set(int i, long time, double px, double py, double pz, double speed, double heading) {
        t[i] = time;
        int a = i * STRIDE;
        v[a + X] = px;
        v[a + Y] = py;
        v[a + Z] = pz;
        v[a + SPEED] = speed;
        v[a + HEADING] = heading;
    }
}
