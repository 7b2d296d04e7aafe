package org.citytwin.shadow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges a mesh's triangles into convex planar polygons (Hertel–Mehlhorn: drop a shared edge while the two sides stay
 * convex). A flat rectangular roof of two triangles becomes one quad, an L-shaped one two: the shadow of each such
 * part is one convex hull, so a city unions a few pieces per building instead of one per triangle. Only triangles in
 * one plane merge; steep (wall) triangles are left as they are.
 */
final class ConvexParts {

    /** Above this many triangles a mesh keeps its triangles: the pairwise search would cost more than it saves. */
    private static final int MAX_TRIANGLES = 400;
    private static final double EPS = 1e-7;

    private ConvexParts() {
    }

    /** {@code triangles}: 9 doubles each. Returns polygons as x, y, z triples (counter-clockwise seen from above). */
    static List<double[]> of(double[] triangles, double wallLimit) {
        int n = triangles.length / 9;
        List<double[]> out = new ArrayList<>();
        if (n > MAX_TRIANGLES) {
            for (int i = 0; i < n; i++) out.add(java.util.Arrays.copyOfRange(triangles, 9 * i, 9 * i + 9));
            return out;
        }
        Map<String, List<List<double[]>>> byPlane = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int o = 9 * i;
            double[] a = {triangles[o], triangles[o + 1], triangles[o + 2]};
            double[] b = {triangles[o + 3], triangles[o + 4], triangles[o + 5]};
            double[] c = {triangles[o + 6], triangles[o + 7], triangles[o + 8]};
            double ux = b[0] - a[0], uy = b[1] - a[1], uz = b[2] - a[2], wx = c[0] - a[0], wy = c[1] - a[1], wz = c[2] - a[2];
            double nx = uy * wz - uz * wy, ny = uz * wx - ux * wz, nz = ux * wy - uy * wx;
            double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
            if (len < 1e-12) continue;
            if (Math.abs(nz) / len < wallLimit) {
                out.add(java.util.Arrays.copyOfRange(triangles, o, o + 9));
                continue;
            }
            if (nz < 0) { // counter-clockwise seen from above
                double[] t = b;
                b = c;
                c = t;
                nx = -nx;
                ny = -ny;
                nz = -nz;
            }
            nx /= len;
            ny /= len;
            nz /= len;
            double d = nx * a[0] + ny * a[1] + nz * a[2];
            String plane = Math.round(nx * 1000) + "," + Math.round(ny * 1000) + "," + Math.round(d * 100);
            List<double[]> poly = new ArrayList<>(List.of(a, b, c));
            byPlane.computeIfAbsent(plane, k -> new ArrayList<>()).add(poly);
        }
        for (List<List<double[]>> polys : byPlane.values()) {
            mergeAll(polys);
            for (List<double[]> merged : polys) {
                List<double[]> p = dropCollinear(merged);
                double[] flat = new double[3 * p.size()];
                for (int k = 0; k < p.size(); k++) System.arraycopy(p.get(k), 0, flat, 3 * k, 3);
                out.add(flat);
            }
        }
        return out;
    }

    /** Greedy: merge any two polygons sharing an edge while the result is convex, until none can. */
    private static void mergeAll(List<List<double[]>> polys) {
        boolean merged = true;
        while (merged) {
            merged = false;
            outer:
            for (int i = 0; i < polys.size(); i++) {
                for (int j = i + 1; j < polys.size(); j++) {
                    List<double[]> m = merge(polys.get(i), polys.get(j));
                    if (m != null) {
                        polys.set(i, m);
                        polys.remove(j);
                        merged = true;
                        break outer;
                    }
                }
            }
        }
    }

    /** The union of two CCW convex polygons sharing an edge (u→v in a, v→u in b) when it is convex, else null. */
    private static List<double[]> merge(List<double[]> a, List<double[]> b) {
        int na = a.size(), nb = b.size();
        for (int i = 0; i < na; i++) {
            double[] u = a.get(i), v = a.get((i + 1) % na);
            for (int j = 0; j < nb; j++) {
                if (!same(b.get(j), v) || !same(b.get((j + 1) % nb), u)) continue;
                List<double[]> m = new ArrayList<>(na + nb - 2);
                for (int k = 0; k < na; k++) m.add(a.get((i + 1 + k) % na)); // v ... u
                for (int k = 2; k < nb; k++) m.add(b.get((j + k) % nb)); // after u, up to before v
                return convex(m) ? m : null; // collinear corners stay: a neighbour may share an edge ending there
            }
        }
        return null;
    }

    private static boolean convex(List<double[]> p) {
        int n = p.size();
        for (int i = 0; i < n; i++) {
            double[] o = p.get(i), a = p.get((i + 1) % n), b = p.get((i + 2) % n);
            if ((a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]) < -EPS) return false;
        }
        return true;
    }

    private static List<double[]> dropCollinear(List<double[]> p) {
        List<double[]> out = new ArrayList<>(p.size());
        int n = p.size();
        for (int i = 0; i < n; i++) {
            double[] o = p.get((i + n - 1) % n), a = p.get(i), b = p.get((i + 1) % n);
            if (Math.abs((a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])) > EPS) out.add(a);
        }
        return out.size() >= 3 ? out : p;
    }

    private static boolean same(double[] p, double[] q) {
        return Math.abs(p[0] - q[0]) < 1e-6 && Math.abs(p[1] - q[1]) < 1e-6 && Math.abs(p[2] - q[2]) < 1e-6;
    }
}
