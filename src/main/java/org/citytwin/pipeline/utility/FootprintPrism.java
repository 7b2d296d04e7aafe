package org.citytwin.pipeline.utility;

import java.util.HashMap;
import java.util.Map;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.tessellate.TriangleBuffer;

/**
 * Extrudes a flat triangulated footprint (e.g. the LOD0 map polygon of a duct, which PLATEAU gives at height 0)
 * into a closed vertical prism between two elevations: the footprint as top and bottom, and a wall along every
 * boundary edge (an edge used by exactly one triangle).
 */
public final class FootprintPrism {

    private FootprintPrism() {
    }

    public static MeshPart extrude(MeshPart footprint, double bottom, double top) {
        if (footprint.isEmpty() || !(top > bottom)) return MeshPart.EMPTY;
        double[] v = footprint.vertices();
        int[] t = footprint.triangles();
        int n = footprint.vertexCount();
        TriangleBuffer b = new TriangleBuffer();
        for (int i = 0; i < n; i++) b.addVertex(v[i * 3], v[i * 3 + 1], top);
        for (int i = 0; i < n; i++) b.addVertex(v[i * 3], v[i * 3 + 1], bottom);
        boolean up = normalZ(v, t) >= 0;
        Map<Long, Integer> edgeUse = new HashMap<>();
        for (int k = 0; k < t.length; k += 3) {
            int a = t[k], c = t[k + 1], d = t[k + 2];
            if (up) {
                b.addTriangle(a, c, d);
                b.addTriangle(n + a, n + d, n + c);
            } else {
                b.addTriangle(a, d, c);
                b.addTriangle(n + a, n + c, n + d);
            }
            for (int e = 0; e < 3; e++) edgeUse.merge(key(t[k + e], t[k + (e + 1) % 3]), 1, Integer::sum);
        }
        for (int k = 0; k < t.length; k += 3) {
            for (int e = 0; e < 3; e++) {
                int p = t[k + e];
                int q = t[k + (e + 1) % 3];
                if (edgeUse.get(key(p, q)) != 1) continue;
                if (!up) { int s = p; p = q; q = s; }
                // boundary edge p→q runs counter-clockwise seen from above: the wall faces outwards
                b.addTriangle(p, n + p, n + q);
                b.addTriangle(p, n + q, q);
            }
        }
        return new MeshPart(b.vertices(), b.triangles());
    }

    private static long key(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    /** Sum of the triangles' signed areas seen from above: positive when they wind counter-clockwise. */
    private static double normalZ(double[] v, int[] t) {
        double sum = 0;
        for (int k = 0; k < t.length; k += 3) {
            int a = t[k] * 3, c = t[k + 1] * 3, d = t[k + 2] * 3;
            sum += (v[c] - v[a]) * (v[d + 1] - v[a + 1]) - (v[d] - v[a]) * (v[c + 1] - v[a + 1]);
        }
        return sum;
    }
}
