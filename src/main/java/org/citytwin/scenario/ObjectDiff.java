package org.citytwin.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.model.MeshPart;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Object-level difference of two models (two scenarios, or two surveys of one area) in one local frame.
 * Objects are paired by gml:id, then by the PLATEAU building ID ({@code uro:buildingID} or the generic
 * attribute {@code 建物ID}), then by footprint overlap of at least {@link #MIN_OVERLAP} among objects of the same
 * kind. A pair is changed when an attribute value differs or the geometry moved by more than {@link #TOLERANCE}.
 * Unpaired objects of A are removed, of B added.
 */
public final class ObjectDiff {

    public static final double TOLERANCE = 0.1;
    public static final double MIN_OVERLAP = 0.5;
    /** Ids the reader made up for objects without gml:id: they say nothing about identity across files. */
    private static final String GENERATED_ID = "noid_";

    private final List<CityObject> a;
    private final List<CityObject> b;
    private final Map<CityObject, Geometry> plans = new IdentityHashMap<>();
    private DiffResult result;

    public ObjectDiff(List<CityObject> a, List<CityObject> b) {
        this.a = a;
        this.b = b;
    }

    public static DiffResult diff(List<CityObject> a, List<CityObject> b) {
        return new ObjectDiff(a, b).getResult();
    }

    public DiffResult getResult() {
        if (result == null) result = compute();
        return result;
    }

    private DiffResult compute() {
        Map<CityObject, Pair> pairs = new IdentityHashMap<>();
        List<CityObject> restA = new ArrayList<>(a);
        List<CityObject> restB = new ArrayList<>(b);
        pairBy(restA, restB, pairs, ObjectDiff::stableId, "gml:id");
        pairBy(restA, restB, pairs, ObjectDiff::buildingId, "buildingID");
        pairByFootprint(restA, restB, pairs);

        List<ObjectChange> changes = new ArrayList<>();
        int unchanged = 0;
        for (CityObject objectA : a) {
            Pair p = pairs.get(objectA);
            if (p == null) {
                changes.add(new ObjectChange(ObjectChange.Kind.REMOVED, objectA.id(), null, objectA.type(), null,
                        List.of(), 0, sizes(objectA), null));
                continue;
            }
            List<ObjectChange.AttributeDelta> deltas = attributeDeltas(objectA, p.b);
            double moved = displacement(objectA.displayMesh(), p.b.displayMesh());
            if (deltas.isEmpty() && moved <= TOLERANCE) {
                unchanged++;
            } else {
                changes.add(new ObjectChange(ObjectChange.Kind.CHANGED, objectA.id(), p.b.id(), p.b.type(), p.by,
                        deltas, moved, sizes(objectA), sizes(p.b)));
            }
        }
        for (CityObject objectB : restB) {
            changes.add(new ObjectChange(ObjectChange.Kind.ADDED, null, objectB.id(), objectB.type(), null,
                    List.of(), 0, null, sizes(objectB)));
        }
        return new DiffResult(changes, unchanged);
    }

    private record Pair(CityObject b, String by) {
    }

    private static void pairBy(List<CityObject> restA, List<CityObject> restB, Map<CityObject, Pair> pairs,
                               java.util.function.Function<CityObject, String> key, String by) {
        Map<String, List<CityObject>> byKey = new HashMap<>();
        for (CityObject o : restB) {
            String k = key.apply(o);
            if (k != null) byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(o);
        }
        List<CityObject> pairedB = new ArrayList<>();
        restA.removeIf(objectA -> {
            String k = key.apply(objectA);
            List<CityObject> candidates = k == null ? null : byKey.get(k);
            if (candidates == null || candidates.isEmpty()) return false;
            CityObject objectB = candidates.remove(0); // duplicates pair in file order
            pairs.put(objectA, new Pair(objectB, by));
            pairedB.add(objectB);
            return true;
        });
        removeAllByIdentity(restB, pairedB);
    }

    private void pairByFootprint(List<CityObject> restA, List<CityObject> restB, Map<CityObject, Pair> pairs) {
        STRtree index = new STRtree();
        for (CityObject o : restB) {
            Geometry plan = plan(o);
            if (!plan.isEmpty()) index.insert(plan.getEnvelopeInternal(), o);
        }
        if (index.isEmpty()) return;
        List<CityObject> pairedB = new ArrayList<>();
        java.util.Set<CityObject> taken = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        restA.removeIf(objectA -> {
            Geometry planA = plan(objectA);
            if (planA.isEmpty()) return false;
            CityObject best = null;
            double bestOverlap = MIN_OVERLAP;
            for (Object candidate : index.query(planA.getEnvelopeInternal())) {
                CityObject objectB = (CityObject) candidate;
                if (taken.contains(objectB) || objectB.kind() != objectA.kind()) continue;
                double overlap = Footprint.overlap(planA, plan(objectB));
                if (overlap >= bestOverlap) {
                    bestOverlap = overlap;
                    best = objectB;
                }
            }
            if (best == null) return false;
            taken.add(best);
            pairedB.add(best);
            pairs.put(objectA, new Pair(best, "footprint"));
            return true;
        });
        removeAllByIdentity(restB, pairedB);
    }

    private static void removeAllByIdentity(List<CityObject> list, List<CityObject> remove) {
        java.util.Set<CityObject> gone = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(remove);
        list.removeIf(gone::contains);
    }

    private Geometry plan(CityObject o) {
        return plans.computeIfAbsent(o, x -> Footprint.of(x.displayMesh()));
    }

    private ObjectSizes sizes(CityObject o) {
        return ObjectSizes.of(o, plan(o));
    }

    private static String stableId(CityObject o) {
        return o.id() == null || o.id().startsWith(GENERATED_ID) ? null : o.id();
    }

    static String buildingId(CityObject o) {
        Attribute id = o.attribute("uro:buildingID");
        if (id == null) id = findByLocalName(o.attributes(), "建物ID");
        return id == null || id.value() == null || id.value().isBlank() ? null : id.value().strip();
    }

    private static Attribute findByLocalName(List<Attribute> attributes, String localName) {
        for (Attribute a : attributes) {
            String name = a.name();
            if (name.equals(localName) || name.endsWith(":" + localName)) return a;
            Attribute nested = findByLocalName(a.children(), localName);
            if (nested != null) return nested;
        }
        return null;
    }

    /** Differing values by attribute path (nested names joined with '/'); code labels are ignored, codes count. */
    static List<ObjectChange.AttributeDelta> attributeDeltas(CityObject a, CityObject b) {
        Map<String, String> va = flatten(a.attributes());
        Map<String, String> vb = flatten(b.attributes());
        List<ObjectChange.AttributeDelta> deltas = new ArrayList<>();
        for (String name : new TreeSet<>(union(va.keySet(), vb.keySet()))) {
            String x = va.get(name), y = vb.get(name);
            if (!java.util.Objects.equals(x, y)) deltas.add(new ObjectChange.AttributeDelta(name, x, y));
        }
        if (!java.util.Objects.equals(a.name(), b.name())) deltas.add(0, new ObjectChange.AttributeDelta("gml:name", a.name(), b.name()));
        return deltas;
    }

    private static java.util.Set<String> union(java.util.Set<String> x, java.util.Set<String> y) {
        java.util.Set<String> all = new java.util.HashSet<>(x);
        all.addAll(y);
        return all;
    }

    private static Map<String, String> flatten(List<Attribute> attributes) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten(attributes, "", out);
        return out;
    }

    private static void flatten(List<Attribute> attributes, String prefix, Map<String, String> out) {
        Map<String, Integer> seen = new HashMap<>();
        for (Attribute attr : attributes) {
            int n = seen.merge(attr.name(), 1, Integer::sum);
            String path = prefix + attr.name() + (n > 1 ? "[" + n + "]" : "");
            if (attr.value() != null) out.put(path, attr.value() + (attr.unit() == null ? "" : " " + attr.unit()));
            flatten(attr.children(), path + "/", out);
        }
    }

    /**
     * How far the geometry moved: the largest shift of a bounding-box corner, or when the boxes agree, the largest
     * distance of a vertex from the other mesh's vertices (catches a rotation in place; vertex order is free).
     */
    static double displacement(MeshPart a, MeshPart b) {
        double[] boxA = box(a.vertices()), boxB = box(b.vertices());
        if (boxA == null || boxB == null) return boxA == boxB ? 0 : Double.POSITIVE_INFINITY;
        double moved = 0;
        for (int i = 0; i < 6; i++) moved = Math.max(moved, Math.abs(boxA[i] - boxB[i]));
        if (moved > TOLERANCE) return moved;
        return Math.max(moved, VertexShift.between(a.vertices(), b.vertices(), 1.0));
    }

    private static double[] box(double[] v) {
        if (v.length == 0) return null;
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < v.length; i += 3) {
            for (int k = 0; k < 3; k++) {
                box[k] = Math.min(box[k], v[i + k]);
                box[k + 3] = Math.max(box[k + 3], v[i + k]);
            }
        }
        return box;
    }
}
