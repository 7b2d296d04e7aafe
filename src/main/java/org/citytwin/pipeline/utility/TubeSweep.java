package org.citytwin.pipeline.utility;

import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.tessellate.TriangleBuffer;

/**
 * Sweeps a circular cross-section along a 3D centre line into a closed tube. Joints are mitred: at an inner
 * vertex the ring lies in the plane bisecting the two segments, so consecutive segments meet without gaps or
 * overlaps; a bend sharper than {@link #MAX_MITRE_TURN} starts a fresh ring instead (a mitre would spike).
 * Both ends are capped. Usage: {@code TubeSweep.sweep(xyz, radius)}; a rectangular profile (box culverts, rectangular
 * sewers) with {@code TubeSweep.sweep(xyz, width, height)}, width horizontal, height vertical.
 */
public final class TubeSweep {

    /** Sides of the cross-section: smooth enough at street scale, cheap for thousands of pipes. */
    static final int SIDES = 12;
    /** Largest turn (radians) joined by a mitre; beyond it the tube restarts with a butt joint. */
    static final double MAX_MITRE_TURN = Math.toRadians(120);

    private final TriangleBuffer buffer = new TriangleBuffer();

    private TubeSweep() {
    }

    /** Tube of {@code radius} around the polyline {@code xyz} (triples, local metres); EMPTY for fewer than 2 distinct points. */
    public static MeshPart sweep(double[] xyz, double radius) {
        double[] line = withoutDuplicates(xyz);
        if (line.length < 6 || !(radius > 0)) return MeshPart.EMPTY;
        return sweep(line, circle(radius));
    }

    /** Tube of a {@code width} × {@code height} rectangle (metres) around {@code xyz}; EMPTY as {@link #sweep(double[], double)}. */
    public static MeshPart sweep(double[] xyz, double width, double height) {
        double[] line = withoutDuplicates(xyz);
        if (line.length < 6 || !(width > 0) || !(height > 0)) return MeshPart.EMPTY;
        return sweep(line, rectangle(width / 2, height / 2));
    }

    private static MeshPart sweep(double[] line, double[][] profile) {
        TubeSweep sweep = new TubeSweep();
        sweep.build(line, profile);
        return new MeshPart(sweep.buffer.vertices(), sweep.buffer.triangles());
    }

    /** SIDES points (c, d) counter-clockwise on a circle. */
    private static double[][] circle(double radius) {
        double[][] profile = new double[SIDES][];
        for (int s = 0; s < SIDES; s++) {
            double a = 2 * Math.PI * s / SIDES;
            profile[s] = new double[] {Math.cos(a) * radius, Math.sin(a) * radius};
        }
        return profile;
    }

    /** SIDES points counter-clockwise on a rectangle: its four corners and two more along each side. */
    private static double[][] rectangle(double hw, double hh) {
        double[][] corners = {{hw, -hh}, {hw, hh}, {-hw, hh}, {-hw, -hh}};
        int perSide = SIDES / 4;
        double[][] profile = new double[SIDES][];
        for (int s = 0; s < SIDES; s++) {
            double[] a = corners[s / perSide], b = corners[(s / perSide + 1) % 4];
            double t = (double) (s % perSide) / perSide;
            profile[s] = new double[] {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t};
        }
        return profile;
    }

    private void build(double[] p, double[][] profile) {
        int n = p.length / 3;
        double[] dir = direction(p, 0);
        double[][] offsets = startRing(dir, profile);
        int ring = addRing(p, 0, offsets);
        cap(p, 0, ring, true);
        for (int i = 1; i < n; i++) {
            double[] next = i < n - 1 ? direction(p, i) : null;
            if (next == null) {
                int end = addRing(p, i, offsets);
                connect(ring, end);
                cap(p, i, end, false);
                return;
            }
            double turn = Math.acos(clamp(dot(dir, next)));
            if (turn > MAX_MITRE_TURN) {
                int end = addRing(p, i, offsets);
                connect(ring, end);
                cap(p, i, end, false);
                offsets = startRing(next, profile);
                ring = addRing(p, i, offsets);
                cap(p, i, ring, true);
            } else {
                double[] normal = normalize(new double[] {dir[0] + next[0], dir[1] + next[1], dir[2] + next[2]});
                double along = dot(dir, normal);
                for (double[] o : offsets) {
                    // slide each offset along the incoming direction onto the bisecting plane
                    double t = dot(o, normal) / along;
                    o[0] -= dir[0] * t;
                    o[1] -= dir[1] * t;
                    o[2] -= dir[2] * t;
                }
                int joint = addRing(p, i, offsets);
                connect(ring, joint);
                ring = joint;
            }
            dir = next;
        }
    }

    private int addRing(double[] p, int i, double[][] offsets) {
        int first = -1;
        for (double[] o : offsets) {
            int v = buffer.addVertex(p[i * 3] + o[0], p[i * 3 + 1] + o[1], p[i * 3 + 2] + o[2]);
            if (first < 0) first = v;
        }
        return first;
    }

    private void connect(int a, int b) {
        for (int s = 0; s < SIDES; s++) {
            int s1 = (s + 1) % SIDES;
            // counter-clockwise seen from outside
            buffer.addTriangle(a + s, b + s1, b + s);
            buffer.addTriangle(a + s, a + s1, b + s1);
        }
    }

    private void cap(double[] p, int i, int ring, boolean start) {
        int centre = buffer.addVertex(p[i * 3], p[i * 3 + 1], p[i * 3 + 2]);
        for (int s = 0; s < SIDES; s++) {
            int s1 = (s + 1) % SIDES;
            if (start) buffer.addTriangle(centre, ring + s1, ring + s);
            else buffer.addTriangle(centre, ring + s, ring + s1);
        }
    }

    /** Ring offsets perpendicular to {@code dir}: the profile's c along the horizontal u, d along v (up for a level line). */
    private static double[][] startRing(double[] dir, double[][] profile) {
        double[] helper = Math.abs(dir[2]) < 0.9 ? new double[] {0, 0, 1} : new double[] {1, 0, 0};
        double[] u = normalize(cross(dir, helper));
        double[] v = cross(dir, u);
        double[][] offsets = new double[SIDES][];
        for (int s = 0; s < SIDES; s++) {
            double c = profile[s][0];
            double d = profile[s][1];
            offsets[s] = new double[] {u[0] * c + v[0] * d, u[1] * c + v[1] * d, u[2] * c + v[2] * d};
        }
        return offsets;
    }

    private static double[] direction(double[] p, int i) {
        return normalize(new double[] {p[i * 3 + 3] - p[i * 3], p[i * 3 + 4] - p[i * 3 + 1], p[i * 3 + 5] - p[i * 3 + 2]});
    }

    static double[] withoutDuplicates(double[] xyz) {
        double[] out = new double[xyz.length];
        int n = 0;
        for (int i = 0; i + 2 < xyz.length; i += 3) {
            if (!Double.isFinite(xyz[i]) || !Double.isFinite(xyz[i + 1]) || !Double.isFinite(xyz[i + 2])) continue;
            if (n > 0 && Math.abs(xyz[i] - out[n - 3]) < 1e-6 && Math.abs(xyz[i + 1] - out[n - 2]) < 1e-6
                    && Math.abs(xyz[i + 2] - out[n - 1]) < 1e-6) continue;
            out[n++] = xyz[i];
            out[n++] = xyz[i + 1];
            out[n++] = xyz[i + 2];
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static double clamp(double c) {
        return Math.max(-1, Math.min(1, c));
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    static double[] normalize(double[] a) {
        double len = Math.sqrt(dot(a, a));
        return len == 0 ? new double[] {1, 0, 0} : new double[] {a[0] / len, a[1] / len, a[2] / len};
    }
}
