package org.citytwin.scenario;

import java.util.List;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;

/**
 * The ground height where a proposal is placed: the highest terrain or road surface straight below the point,
 * else the lowest base of the buildings around it (within {@link #NEIGHBOURHOOD} metres), else 0.
 */
public final class GroundSnap {

    public static final double NEIGHBOURHOOD = 150;

    private GroundSnap() {
    }

    public static double heightAt(List<CityObject> objects, double x, double y) {
        double surface = Double.NEGATIVE_INFINITY;
        for (CityObject o : objects) {
            if (o.kind() != FeatureKind.TERRAIN && o.kind() != FeatureKind.TRANSPORTATION) continue;
            surface = Math.max(surface, surfaceBelow(o.displayMesh(), x, y));
        }
        if (surface > Double.NEGATIVE_INFINITY) return surface;
        double base = Double.POSITIVE_INFINITY;
        for (CityObject o : objects) {
            if (o.kind() != FeatureKind.BUILDING) continue;
            double[] v = o.displayMesh().vertices();
            double bottom = Double.POSITIVE_INFINITY;
            boolean near = false;
            for (int i = 0; i < v.length; i += 3) {
                bottom = Math.min(bottom, v[i + 2]);
                near |= Math.hypot(v[i] - x, v[i + 1] - y) <= NEIGHBOURHOOD;
            }
            if (near) base = Math.min(base, bottom);
        }
        return base < Double.POSITIVE_INFINITY ? base : 0;
    }

    /** Height of the highest triangle of the mesh vertically under (x, y), or −∞. */
    static double surfaceBelow(MeshPart mesh, double x, double y) {
        double[] v = mesh.vertices();
        int[] t = mesh.triangles();
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < t.length; i += 3) {
            int a = 3 * t[i], b = 3 * t[i + 1], c = 3 * t[i + 2];
            double d = (v[b + 1] - v[c + 1]) * (v[a] - v[c]) + (v[c] - v[b]) * (v[a + 1] - v[c + 1]);
            if (Math.abs(d) < 1e-12) continue;
            double l1 = ((v[b + 1] - v[c + 1]) * (x - v[c]) + (v[c] - v[b]) * (y - v[c + 1])) / d;
            double l2 = ((v[c + 1] - v[a + 1]) * (x - v[c]) + (v[a] - v[c]) * (y - v[c + 1])) / d;
            double l3 = 1 - l1 - l2;
            if (l1 < -1e-9 || l2 < -1e-9 || l3 < -1e-9) continue;
            best = Math.max(best, l1 * v[a + 2] + l2 * v[b + 2] + l3 * v[c + 2]);
        }
        return best;
    }
}
