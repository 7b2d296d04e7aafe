package org.citytwin.scene;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citytwin.model.Envelope;

/** Finds the 3x3-cell neighbourhood holding the most weight (triangles) and returns the union of its parts' bounds. */
final class DensestRegion {
    private DensestRegion() {
    }

    /** @return union of the bounds whose centres lie in the heaviest 3x3 block of cells, or null when there are none */
    static Envelope of(List<Envelope> parts, long[] weights, double cellSize) {
        Map<Long, Long> cells = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).isEmpty()) cells.merge(key(cell(parts.get(i).centerX(), cellSize), cell(parts.get(i).centerY(), cellSize)), weights[i], Long::sum);
        }
        long best = -1;
        long bestX = 0, bestY = 0;
        for (Long k : cells.keySet()) {
            long cx = k >> 32, cy = (int) (long) k;
            long sum = 0;
            for (int dx = -1; dx <= 1; dx++) for (int dy = -1; dy <= 1; dy++) sum += cells.getOrDefault(key(cx + dx, cy + dy), 0L);
            if (sum > best) {
                best = sum;
                bestX = cx;
                bestY = cy;
            }
        }
        if (best < 0) return null;
        Envelope union = new Envelope();
        for (Envelope e : parts) {
            if (!e.isEmpty() && Math.abs(cell(e.centerX(), cellSize) - bestX) <= 1 && Math.abs(cell(e.centerY(), cellSize) - bestY) <= 1) union.include(e);
        }
        return union;
    }

    private static long cell(double v, double size) {
        return (long) Math.floor(v / size);
    }

    private static long key(long x, long y) {
        return (x << 32) | (y & 0xFFFFFFFFL);
    }
}
