package org.citytwin.flow;

import java.util.Arrays;

/**
 * Positions of many points as three parallel primitive arrays (local metres) that always grow together; the
 * common core of {@link AgentFrame} and {@link TrailFrame}, which decide when and how far to grow.
 */
final class PointColumns {
    private double[] x = new double[0];
    private double[] y = new double[0];
    private double[] z = new double[0];

    int capacity() {
        return x.length;
    }

    /** Grows all three arrays to {@code n} slots, keeping what they hold. */
    void growTo(int n) {
        x = Arrays.copyOf(x, n);
        y = Arrays.copyOf(y, n);
        z = Arrays.copyOf(z, n);
    }

    void set(int i, double px, double py, double pz) {
        x[i] = px;
        y[i] = py;
        z[i] = pz;
    }

    double[] x() {
        return x;
    }

    double[] y() {
        return y;
    }

    double[] z() {
        return z;
    }
}
