package org.citytwin.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citytwin.model.Envelope;

/** Single-linkage clusters of boxes in the local metric frame: the places of a loaded scene. */
public final class EnvelopeClusters {
    private EnvelopeClusters() {
    }

    /** @return the union box of each cluster (boxes chained by plan gaps of at most gapMetres), in input order */
    public static List<Envelope> of(List<Envelope> parts, double gapMetres) {
        int[] parent = new int[parts.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                if (!parts.get(i).isEmpty() && !parts.get(j).isEmpty() && gap(parts.get(i), parts.get(j)) <= gapMetres) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, Envelope> clusters = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).isEmpty()) clusters.computeIfAbsent(find(parent, i), k -> new Envelope()).include(parts.get(i));
        }
        return new ArrayList<>(clusters.values());
    }

    /** @return the cluster holding the most weight (triangles), or null when there are no parts */
    public static Envelope heaviest(List<Envelope> parts, long[] weights, double gapMetres) {
        List<Envelope> clusters = of(parts, gapMetres);
        Envelope best = null;
        long bestWeight = -1;
        for (Envelope c : clusters) {
            long w = 0;
            for (int i = 0; i < parts.size(); i++) if (!parts.get(i).isEmpty() && contains(c, parts.get(i))) w += weights[i];
            if (w > bestWeight) {
                bestWeight = w;
                best = c;
            }
        }
        return best;
    }

    /** Plan (x, y) distance between two boxes, 0 when they touch or overlap. */
    public static double gap(Envelope a, Envelope b) {
        double dx = Math.max(0, Math.max(b.minX() - a.maxX(), a.minX() - b.maxX()));
        double dy = Math.max(0, Math.max(b.minY() - a.maxY(), a.minY() - b.maxY()));
        return Math.hypot(dx, dy);
    }

    private static boolean contains(Envelope c, Envelope e) {
        return e.centerX() >= c.minX() && e.centerX() <= c.maxX() && e.centerY() >= c.minY() && e.centerY() <= c.maxY();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }
}
