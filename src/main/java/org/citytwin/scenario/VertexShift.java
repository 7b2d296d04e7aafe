package org.citytwin.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the vertices of one mesh lie from those of another, independent of vertex order: the larger of the two
 * directed distances "every vertex of A to its nearest vertex of B" and back (Hausdorff over vertices). Distances
 * beyond {@code reach} are reported as {@code reach}: callers only ask whether a shift exceeds a small tolerance.
 */
final class VertexShift {

    private VertexShift() {
    }

    static double between(double[] a, double[] b, double reach) {
        return Math.max(directed(a, b, reach), directed(b, a, reach));
    }

    private static double directed(double[] from, double[] to, double reach) {
        Map<Long, List<Integer>> grid = new HashMap<>();
        for (int i = 0; i < to.length; i += 3) grid.computeIfAbsent(cell(to[i], to[i + 1], to[i + 2], reach), k -> new ArrayList<>()).add(i);
        double worst = 0;
        for (int i = 0; i < from.length && worst < reach; i += 3) {
            double best = reach;
            long cx = (long) Math.floor(from[i] / reach), cy = (long) Math.floor(from[i + 1] / reach), cz = (long) Math.floor(from[i + 2] / reach);
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    for (long dz = -1; dz <= 1; dz++) {
                        List<Integer> near = grid.get(key(cx + dx, cy + dy, cz + dz));
                        if (near == null) continue;
                        for (int j : near) {
                            double ex = from[i] - to[j], ey = from[i + 1] - to[j + 1], ez = from[i + 2] - to[j + 2];
                            best = Math.min(best, Math.sqrt(ex * ex + ey * ey + ez * ez));
                        }
                    }
                }
            }
            worst = Math.max(worst, best);
        }
        return worst;
    }

    private static long cell(double x, double y, double z, double size) {
        return key((long) Math.floor(x / size), (long) Math.floor(y / size), (long) Math.floor(z / size));
    }

    private static long key(long x, long y, long z) {
        return (x & 0x1FFFFF) << 42 | (y & 0x1FFFFF) << 21 | (z & 0x1FFFFF);
    }
}
