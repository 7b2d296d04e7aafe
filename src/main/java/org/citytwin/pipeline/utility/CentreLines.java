package org.citytwin.pipeline.utility;

import java.util.Arrays;

/** Joins the pieces of a centre line (a MultiCurve's members, a Curve's segments) into one polyline. */
public final class CentreLines {

    /** Ends closer than this (in the file's units; metres or degrees both make it "the same point") meet. */
    private static final double SAME = 1e-7;

    private CentreLines() {
    }

    /**
     * {@code line} continued by {@code next} when one starts where the other ends (either way round); otherwise
     * the longer of the two in vertex count, since a centre line is one polyline.
     */
    public static double[] join(double[] line, double[] next) {
        if (same(line, line.length - 3, next, 0)) return concat(line, next);
        if (same(next, next.length - 3, line, 0)) return concat(next, line);
        return next.length > line.length ? next.clone() : line;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length - 3);
        System.arraycopy(b, 3, out, a.length, b.length - 3);
        return out;
    }

    private static boolean same(double[] a, int i, double[] b, int j) {
        return Math.abs(a[i] - b[j]) < SAME && Math.abs(a[i + 1] - b[j + 1]) < SAME && Math.abs(a[i + 2] - b[j + 2]) < SAME;
    }
}
