package org.citytwin.underground;

/**
 * Exact minimal distance between two triangles in 3D, with the two closest points.
 * <p>
 * Two triangles that do not intersect are closest at a vertex–face or an edge–edge pair, so the distance is
 * the minimum of 6 point–triangle and 9 segment–segment distances; they intersect (distance 0) exactly when an
 * edge of one meets the other (coplanar overlaps show up as crossing edges or a vertex inside the other).
 * Triangles are 9 doubles: x,y,z of three corners. Degenerate triangles (slivers, points) are handled.
 */
public final class TriangleDistance {

    /** Per-thread work arrays: this runs millions of times per check, so it allocates nothing. */
    private static final class Scratch {
        final double[] p = new double[3], q = new double[3], bestA = new double[3], bestB = new double[3];
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private TriangleDistance() {
    }

    /**
     * Distance between triangles {@code a} and {@code b} (each 9 doubles starting at the given offsets).
     * Writes the closest point on a to {@code onA} and on b to {@code onB} (3 doubles each) when not null.
     */
    public static double distance(double[] a, int ao, double[] b, int bo, double[] onA, double[] onB) {
        Scratch scratch = SCRATCH.get();
        double[] p = scratch.p, q = scratch.q;
        // edges piercing the other triangle: distance 0
        for (int e = 0; e < 3; e++) {
            int s = ao + 3 * e, t = ao + 3 * ((e + 1) % 3);
            if (segmentHitsTriangle(a, s, t, b, bo, p)) return touch(p, onA, onB);
            s = bo + 3 * e;
            t = bo + 3 * ((e + 1) % 3);
            if (segmentHitsTriangle(b, s, t, a, ao, p)) return touch(p, onA, onB);
        }
        double best = Double.POSITIVE_INFINITY;
        double[] bestA = scratch.bestA, bestB = scratch.bestB;
        for (int v = 0; v < 3; v++) {
            double d = pointTriangle(a, ao + 3 * v, b, bo, q);
            if (d < best) {
                best = d;
                copy(a, ao + 3 * v, bestA);
                System.arraycopy(q, 0, bestB, 0, 3);
            }
            d = pointTriangle(b, bo + 3 * v, a, ao, q);
            if (d < best) {
                best = d;
                copy(b, bo + 3 * v, bestB);
                System.arraycopy(q, 0, bestA, 0, 3);
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double d = segmentSegment(a, ao + 3 * i, ao + 3 * ((i + 1) % 3), b, bo + 3 * j, bo + 3 * ((j + 1) % 3), p, q);
                if (d < best) {
                    best = d;
                    System.arraycopy(p, 0, bestA, 0, 3);
                    System.arraycopy(q, 0, bestB, 0, 3);
                }
            }
        }
        if (onA != null) System.arraycopy(bestA, 0, onA, 0, 3);
        if (onB != null) System.arraycopy(bestB, 0, onB, 0, 3);
        return best;
    }

    /** Convenience form for two 9-double triangles. */
    public static double distance(double[] a, double[] b) {
        return distance(a, 0, b, 0, null, null);
    }

    private static double touch(double[] p, double[] onA, double[] onB) {
        if (onA != null) System.arraycopy(p, 0, onA, 0, 3);
        if (onB != null) System.arraycopy(p, 0, onB, 0, 3);
        return 0;
    }

    private static void copy(double[] src, int o, double[] dst) {
        dst[0] = src[o];
        dst[1] = src[o + 1];
        dst[2] = src[o + 2];
    }

    /** Möller–Trumbore restricted to the segment s→t; writes the hit point. Parallel segments never "hit". */
    static boolean segmentHitsTriangle(double[] seg, int s, int t, double[] tri, int o, double[] hit) {
        double dx = seg[t] - seg[s], dy = seg[t + 1] - seg[s + 1], dz = seg[t + 2] - seg[s + 2];
        double e1x = tri[o + 3] - tri[o], e1y = tri[o + 4] - tri[o + 1], e1z = tri[o + 5] - tri[o + 2];
        double e2x = tri[o + 6] - tri[o], e2y = tri[o + 7] - tri[o + 1], e2z = tri[o + 8] - tri[o + 2];
        double px = dy * e2z - dz * e2y, py = dz * e2x - dx * e2z, pz = dx * e2y - dy * e2x;
        double det = e1x * px + e1y * py + e1z * pz;
        double scale = Math.sqrt((e1x * e1x + e1y * e1y + e1z * e1z) * (e2x * e2x + e2y * e2y + e2z * e2z)
                * (dx * dx + dy * dy + dz * dz));
        if (Math.abs(det) <= 1e-12 * scale || scale == 0) return false;
        double inv = 1 / det;
        double sx = seg[s] - tri[o], sy = seg[s + 1] - tri[o + 1], sz = seg[s + 2] - tri[o + 2];
        double u = (sx * px + sy * py + sz * pz) * inv;
        if (u < 0 || u > 1) return false;
        double qx = sy * e1z - sz * e1y, qy = sz * e1x - sx * e1z, qz = sx * e1y - sy * e1x;
        double v = (dx * qx + dy * qy + dz * qz) * inv;
        if (v < 0 || u + v > 1) return false;
        double tt = (e2x * qx + e2y * qy + e2z * qz) * inv;
        if (tt < 0 || tt > 1) return false;
        hit[0] = seg[s] + tt * dx;
        hit[1] = seg[s + 1] + tt * dy;
        hit[2] = seg[s + 2] + tt * dz;
        return true;
    }

    /** Distance from point p (at offset po) to triangle (Ericson, Real-Time Collision Detection 5.1.5). */
    static double pointTriangle(double[] pt, int po, double[] tri, int o, double[] closest) {
        double px = pt[po], py = pt[po + 1], pz = pt[po + 2];
        double ax = tri[o], ay = tri[o + 1], az = tri[o + 2];
        double abx = tri[o + 3] - ax, aby = tri[o + 4] - ay, abz = tri[o + 5] - az;
        double acx = tri[o + 6] - ax, acy = tri[o + 7] - ay, acz = tri[o + 8] - az;
        double apx = px - ax, apy = py - ay, apz = pz - az;
        double d1 = abx * apx + aby * apy + abz * apz, d2 = acx * apx + acy * apy + acz * apz;
        double cx, cy, cz;
        if (d1 <= 0 && d2 <= 0) {
            cx = ax; cy = ay; cz = az;
        } else {
            double bpx = px - tri[o + 3], bpy = py - tri[o + 4], bpz = pz - tri[o + 5];
            double d3 = abx * bpx + aby * bpy + abz * bpz, d4 = acx * bpx + acy * bpy + acz * bpz;
            double cpx = px - tri[o + 6], cpy = py - tri[o + 7], cpz = pz - tri[o + 8];
            double d5 = abx * cpx + aby * cpy + abz * cpz, d6 = acx * cpx + acy * cpy + acz * cpz;
            double vc = d1 * d4 - d3 * d2, vb = d5 * d2 - d1 * d6, va = d3 * d6 - d5 * d4;
            if (d3 >= 0 && d4 <= d3) { // vertex b
                cx = tri[o + 3]; cy = tri[o + 4]; cz = tri[o + 5];
            } else if (vc <= 0 && d1 >= 0 && d3 <= 0) { // edge ab
                double v = d1 - d3 > 0 ? d1 / (d1 - d3) : 0;
                cx = ax + v * abx; cy = ay + v * aby; cz = az + v * abz;
            } else if (d6 >= 0 && d5 <= d6) { // vertex c
                cx = tri[o + 6]; cy = tri[o + 7]; cz = tri[o + 8];
            } else if (vb <= 0 && d2 >= 0 && d6 <= 0) { // edge ac
                double w = d2 - d6 > 0 ? d2 / (d2 - d6) : 0;
                cx = ax + w * acx; cy = ay + w * acy; cz = az + w * acz;
            } else if (va <= 0 && (d4 - d3) >= 0 && (d5 - d6) >= 0) { // edge bc
                double den = (d4 - d3) + (d5 - d6);
                double w = den > 0 ? (d4 - d3) / den : 0;
                cx = tri[o + 3] + w * (tri[o + 6] - tri[o + 3]);
                cy = tri[o + 4] + w * (tri[o + 7] - tri[o + 4]);
                cz = tri[o + 5] + w * (tri[o + 8] - tri[o + 5]);
            } else {
                double sum = va + vb + vc;
                if (!(Math.abs(sum) > 1e-300)) { // degenerate triangle: fall back to its edges
                    return degeneratePointTriangle(pt, po, tri, o, closest);
                }
                double v = vb / sum, w = vc / sum;
                cx = ax + abx * v + acx * w; cy = ay + aby * v + acy * w; cz = az + abz * v + acz * w;
            }
        }
        closest[0] = cx;
        closest[1] = cy;
        closest[2] = cz;
        double dx = px - cx, dy = py - cy, dz = pz - cz;
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    private static double degeneratePointTriangle(double[] pt, int po, double[] tri, int o, double[] closest) {
        double[] seg = {pt[po], pt[po + 1], pt[po + 2], pt[po], pt[po + 1], pt[po + 2]};
        double[] p = new double[3], q = new double[3];
        double best = Double.POSITIVE_INFINITY;
        for (int e = 0; e < 3; e++) {
            double d = segmentSegment(seg, 0, 3, tri, o + 3 * e, o + 3 * ((e + 1) % 3), p, q);
            if (d < best) {
                best = d;
                System.arraycopy(q, 0, closest, 0, 3);
            }
        }
        return best;
    }

    /** Closest points of segments p1→q1 and p2→q2 (Ericson 5.1.9), degenerate segments included. */
    static double segmentSegment(double[] s1, int p1, int q1, double[] s2, int p2, int q2, double[] c1, double[] c2) {
        double d1x = s1[q1] - s1[p1], d1y = s1[q1 + 1] - s1[p1 + 1], d1z = s1[q1 + 2] - s1[p1 + 2];
        double d2x = s2[q2] - s2[p2], d2y = s2[q2 + 1] - s2[p2 + 1], d2z = s2[q2 + 2] - s2[p2 + 2];
        double rx = s1[p1] - s2[p2], ry = s1[p1 + 1] - s2[p2 + 1], rz = s1[p1 + 2] - s2[p2 + 2];
        double a = d1x * d1x + d1y * d1y + d1z * d1z, e = d2x * d2x + d2y * d2y + d2z * d2z;
        double f = d2x * rx + d2y * ry + d2z * rz;
        double s, t;
        final double eps = 1e-24;
        if (a <= eps && e <= eps) {
            s = 0;
            t = 0;
        } else if (a <= eps) {
            s = 0;
            t = clamp(f / e);
        } else {
            double c = d1x * rx + d1y * ry + d1z * rz;
            if (e <= eps) {
                t = 0;
                s = clamp(-c / a);
            } else {
                double b = d1x * d2x + d1y * d2y + d1z * d2z;
                double denom = a * e - b * b;
                s = denom > 1e-18 * a * e ? clamp((b * f - c * e) / denom) : 0;
                t = (b * s + f) / e;
                if (t < 0) {
                    t = 0;
                    s = clamp(-c / a);
                } else if (t > 1) {
                    t = 1;
                    s = clamp((b - c) / a);
                }
            }
        }
        c1[0] = s1[p1] + d1x * s;
        c1[1] = s1[p1 + 1] + d1y * s;
        c1[2] = s1[p1 + 2] + d1z * s;
        c2[0] = s2[p2] + d2x * t;
        c2[1] = s2[p2 + 1] + d2y * t;
        c2[2] = s2[p2 + 2] + d2z * t;
        double dx = c1[0] - c2[0], dy = c1[1] - c2[1], dz = c1[2] - c2[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }
}
