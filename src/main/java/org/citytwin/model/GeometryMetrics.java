package org.citytwin.model;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Sizes computed from an object's triangles (local metres): height (top minus bottom), footprint (area of
 * the downward-facing surfaces seen from above, i.e. the ground surfaces of a solid) and volume, given only
 * when the mesh is closed (every edge shared by exactly two triangles) so that it means something.
 */
public record GeometryMetrics(double height, double footprint, OptionalDouble volume) {

    /** Edges are matched by position at millimetre resolution: polygons of a solid do not share vertex indices. */
    private static final double GRID = 1000.0;

    public static GeometryMetrics of(MeshPart mesh) {
        double[] v = mesh.vertices();
        int[] t = mesh.triangles();
        if (t.length == 0) return new GeometryMetrics(0, 0, OptionalDouble.empty());
        double minZ = Double.MAX_VALUE, maxZ = -Double.MAX_VALUE;
        for (int i = 2; i < v.length; i += 3) {
            minZ = Math.min(minZ, v[i]);
            maxZ = Math.max(maxZ, v[i]);
        }
        double footprint = 0;
        double volume = 0;
        double ox = v[0], oy = v[1], oz = v[2]; // relative to one vertex: keeps the volume sum exact far from the origin
        Map<String, Integer> edges = new HashMap<>();
        for (int i = 0; i < t.length; i += 3) {
            int a = t[i] * 3, b = t[i + 1] * 3, c = t[i + 2] * 3;
            double ax = v[a] - ox, ay = v[a + 1] - oy, az = v[a + 2] - oz;
            double bx = v[b] - ox, by = v[b + 1] - oy, bz = v[b + 2] - oz;
            double cx = v[c] - ox, cy = v[c + 1] - oy, cz = v[c + 2] - oz;
            double nz = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax); // twice the signed area seen from above
            if (nz < 0) footprint += -nz / 2;
            volume += (ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx)) / 6;
            count(edges, v, a, b);
            count(edges, v, b, c);
            count(edges, v, c, a);
        }
        boolean closed = edges.values().stream().allMatch(n -> n == 2);
        return new GeometryMetrics(maxZ - minZ, footprint, closed ? OptionalDouble.of(Math.abs(volume)) : OptionalDouble.empty());
    }

    private static void count(Map<String, Integer> edges, double[] v, int p, int q) {
        String kp = key(v, p), kq = key(v, q);
        if (kp.equals(kq)) return;
        edges.merge(kp.compareTo(kq) < 0 ? kp + "|" + kq : kq + "|" + kp, 1, Integer::sum);
    }

    private static String key(double[] v, int i) {
        return Math.round(v[i] * GRID) + "," + Math.round(v[i + 1] * GRID) + "," + Math.round(v[i + 2] * GRID);
    }
}
