package org.citytwin.scenario;

import earcut4j.Earcut;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;
import org.citytwin.model.ProposalAttributes;

/**
 * A sketched proposal as a city object: its footprint taken to the local frame, extruded into a closed prism whose
 * triangles face outwards (so volume, footprint and picking work as for a read building), standing on the lowest
 * ground under its footprint unless the sketch states a base height.
 */
public final class SketchVolume {

    /** A cylinder is drawn as a prism of this many sides (its volume is within 0.2 % of π r² h). */
    public static final int SEGMENTS = 64;

    /** Where lat/lon lies in the local frame, and the ground height there; the caller's loader and ground. */
    public interface Site {
        /** (x, y) in local metres, or null when nothing georeferenced is loaded. */
        double[] toLocal(double lat, double lon);

        double groundAt(double x, double y);
    }

    private SketchVolume() {
    }

    public static CityObject of(Edit.Sketch sketch, Site site) {
        double[] ring = ring(sketch, site);
        double base = sketch.standsOnGround() ? lowestGround(ring, site) : sketch.baseHeight();
        List<Attribute> attributes = new ArrayList<>();
        attributes.add(Attribute.of(ProposalAttributes.PROPOSAL, "true"));
        attributes.add(Attribute.of("citytwin:sketch", sketch.shape().key()));
        attributes.add(new Attribute("bldg:measuredHeight", number(sketch.height()), "m", null, List.of()));
        attributes.add(new Attribute("citytwin:baseHeight", number(base), "m", null, List.of()));
        return new CityObject(sketch.target(), "bldg:Building", FeatureKind.BUILDING, sketch.name(), new TreeSet<>(List.of(2)),
                Map.of(2, prism(ring, base, base + sketch.height())), attributes, "(proposal)", null);
    }

    /** The footprint as counter-clockwise x, y pairs in the local frame. */
    static double[] ring(Edit.Sketch sketch, Site site) {
        List<double[]> points = new ArrayList<>();
        for (Edit.LatLon p : sketch.footprint()) {
            double[] xy = site.toLocal(p.lat(), p.lon());
            if (xy == null) throw new IllegalStateException("nothing georeferenced is loaded, so " + p.lat() + ", " + p.lon()
                    + " has no place in the scene");
            points.add(xy);
        }
        double[] ring;
        if (sketch.shape() == Edit.Sketch.Shape.CYLINDER) {
            double[] c = points.get(0);
            ring = new double[2 * SEGMENTS];
            for (int i = 0; i < SEGMENTS; i++) {
                double a = 2 * Math.PI * i / SEGMENTS;
                ring[2 * i] = c[0] + sketch.radius() * Math.cos(a);
                ring[2 * i + 1] = c[1] + sketch.radius() * Math.sin(a);
            }
        } else {
            ring = new double[2 * points.size()];
            for (int i = 0; i < points.size(); i++) {
                ring[2 * i] = points.get(i)[0];
                ring[2 * i + 1] = points.get(i)[1];
            }
        }
        double area = signedArea(ring);
        if (Math.abs(area) < 1e-6) throw new IllegalArgumentException("the sketched footprint has no area");
        return area > 0 ? ring : reversed(ring);
    }

    /** Lowest ground under the corners and the centre: no corner of the volume floats above a slope. */
    private static double lowestGround(double[] ring, Site site) {
        int n = ring.length / 2;
        int step = Math.max(1, n / 8); // a cylinder's rim is sampled, not all 64 points (each probe scans the ground)
        double cx = 0, cy = 0, low = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            cx += ring[2 * i] / n;
            cy += ring[2 * i + 1] / n;
            if (i % step == 0) low = Math.min(low, site.groundAt(ring[2 * i], ring[2 * i + 1]));
        }
        return Math.min(low, site.groundAt(cx, cy));
    }

    /** Closed prism over a counter-clockwise ring: bottom facing down, top up, one quad per side facing out. */
    static MeshPart prism(double[] ring, double bottom, double top) {
        int n = ring.length / 2;
        double[] v = new double[6 * n];
        for (int i = 0; i < n; i++) {
            v[3 * i] = v[3 * (n + i)] = ring[2 * i];
            v[3 * i + 1] = v[3 * (n + i) + 1] = ring[2 * i + 1];
            v[3 * i + 2] = bottom;
            v[3 * (n + i) + 2] = top;
        }
        List<Integer> cap = Earcut.earcut(ring, null, 2);
        double covered = 0;
        for (int i = 0; i < cap.size(); i += 3) covered += Math.abs(cross(ring, cap.get(i), cap.get(i + 1), cap.get(i + 2))) / 2;
        if (Math.abs(covered - signedArea(ring)) > 0.01 * signedArea(ring)) {
            throw new IllegalArgumentException("the sketched footprint crosses itself; draw its corners in order around it");
        }
        int[] t = new int[2 * cap.size() + 6 * n];
        int k = 0;
        for (int i = 0; i < cap.size(); i += 3) {
            // earcut keeps the ring's orientation only sometimes: wind each cap triangle by its own sign
            int a = cap.get(i), b = cap.get(i + 1), c = cap.get(i + 2);
            if (cross(ring, a, b, c) < 0) {
                int s = b;
                b = c;
                c = s;
            }
            t[k++] = a;
            t[k++] = c;
            t[k++] = b;
            t[k++] = n + a;
            t[k++] = n + b;
            t[k++] = n + c;
        }
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            t[k++] = i;
            t[k++] = j;
            t[k++] = n + j;
            t[k++] = i;
            t[k++] = n + j;
            t[k++] = n + i;
        }
        return new MeshPart(v, t);
    }

    private static double cross(double[] r, int a, int b, int c) {
        return (r[2 * b] - r[2 * a]) * (r[2 * c + 1] - r[2 * a + 1]) - (r[2 * b + 1] - r[2 * a + 1]) * (r[2 * c] - r[2 * a]);
    }

    static double signedArea(double[] xy) {
        double a = 0;
        int n = xy.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) a += xy[2 * j] * xy[2 * i + 1] - xy[2 * i] * xy[2 * j + 1];
        return a / 2;
    }

    private static double[] reversed(double[] ring) {
        int n = ring.length / 2;
        double[] out = new double[ring.length];
        for (int i = 0; i < n; i++) {
            out[2 * i] = ring[2 * (n - 1 - i)];
            out[2 * i + 1] = ring[2 * (n - 1 - i) + 1];
        }
        return out;
    }

    private static String number(double metres) {
        return String.valueOf(Math.round(metres * 1000) / 1000.0);
    }
}
