package org.citytwin.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;

/**
 * Replays a scenario's edits over the base objects and returns the scenario's objects; base itself is never
 * changed. An edit whose object is not there (demolished earlier, or missing from the data) is reported, not
 * fatal: the rest of the scenario still applies.
 */
public final class ScenarioApplier {

    private final ModelPlacer placer;
    private final List<String> problems = new ArrayList<>();

    /** @param placer turns a placement edit into an object; null when the caller places no models */
    public ScenarioApplier(ModelPlacer placer) {
        this.placer = placer;
    }

    /** Builds a placed proposal object (model file, catalog, ground height and lat/lon are the caller's). */
    public interface ModelPlacer {
        CityObject place(Edit.PlaceModel edit) throws Exception;

        /** A sketched volume as an object ({@link SketchVolume} over the caller's lat/lon and ground). */
        default CityObject sketch(Edit.Sketch edit) throws Exception {
            throw new IllegalStateException("sketches need georeferenced data to stand on");
        }
    }

    public List<CityObject> apply(List<CityObject> base, Scenario scenario) {
        Map<String, CityObject> byId = new LinkedHashMap<>();
        List<CityObject> unnamed = new ArrayList<>();
        for (CityObject o : base) {
            if (byId.putIfAbsent(o.id(), o) != null) unnamed.add(o); // a duplicate id keeps its twin, untouched by edits
        }
        for (Edit edit : scenario.edits()) {
            CityObject target = byId.get(edit.target());
            if (edit instanceof Edit.PlaceModel place) {
                placeModel(byId, place);
            } else if (edit instanceof Edit.Sketch sketch) {
                placeSketch(byId, sketch);
            } else if (target == null) {
                problems.add("Scenario '" + scenario.name() + "': " + edit.op() + " of '" + edit.target()
                        + "' skipped: no such object in the data");
            } else if (edit instanceof Edit.Demolish) {
                byId.remove(edit.target());
            } else if (edit instanceof Edit.ChangeHeight h) {
                byId.put(h.target(), withHeight(target, h.metres()));
            } else if (edit instanceof Edit.SetAttribute a) {
                byId.put(a.target(), target.withAttributes(withAttribute(target.attributes(), a.name(), a.value())));
            }
        }
        List<CityObject> out = new ArrayList<>(byId.values());
        out.addAll(unnamed);
        return out;
    }

    /** What could not be applied, one sentence each. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private void placeModel(Map<String, CityObject> byId, Edit.PlaceModel place) {
        if (byId.containsKey(place.target())) {
            problems.add("Placement '" + place.target() + "' skipped: an object with that id exists already");
            return;
        }
        if (placer == null) {
            problems.add("Placement '" + place.target() + "' of " + place.model() + " skipped: no models are placed here");
            return;
        }
        try {
            byId.put(place.target(), placer.place(place));
        } catch (Exception e) {
            problems.add("Placement '" + place.target() + "' of " + place.model() + " failed: " + e.getMessage());
        }
    }

    private void placeSketch(Map<String, CityObject> byId, Edit.Sketch sketch) {
        if (byId.containsKey(sketch.target())) {
            problems.add("Sketch '" + sketch.target() + "' skipped: an object with that id exists already");
            return;
        }
        if (placer == null) {
            problems.add("Sketch '" + sketch.target() + "' skipped: no proposals are placed here");
            return;
        }
        try {
            byId.put(sketch.target(), placer.sketch(sketch));
        } catch (Exception e) {
            problems.add("Sketch '" + sketch.target() + "' (" + sketch.shape().key() + ") failed: " + e.getMessage());
        }
    }

    /**
     * The object rescaled vertically about its lowest point so that it is {@code metres} tall, every LOD alike; the
     * stated measured height follows.
     */
    static CityObject withHeight(CityObject object, double metres) {
        double bottom = Double.POSITIVE_INFINITY, top = Double.NEGATIVE_INFINITY;
        for (MeshPart m : object.meshes().values()) {
            double[] v = m.vertices();
            for (int i = 2; i < v.length; i += 3) {
                bottom = Math.min(bottom, v[i]);
                top = Math.max(top, v[i]);
            }
        }
        double factor = top > bottom ? metres / (top - bottom) : 1;
        Map<Integer, MeshPart> meshes = new HashMap<>();
        for (var e : object.meshes().entrySet()) {
            MeshPart m = e.getValue();
            double[] v = m.vertices().clone();
            for (int i = 2; i < v.length; i += 3) v[i] = bottom + (v[i] - bottom) * factor;
            meshes.put(e.getKey(), new MeshPart(v, m.triangles(), m.texCoords(), m.triangleLooks(), m.looks()));
        }
        List<Attribute> attributes = object.attribute("bldg:measuredHeight") == null ? object.attributes()
                : withAttribute(object.attributes(), "bldg:measuredHeight", format(metres));
        return new CityObject(object.id(), object.type(), object.kind(), object.name(), object.lods(), meshes,
                attributes, object.sourceFile(), object.utility());
    }

    private static String format(double metres) {
        return metres == Math.rint(metres) ? String.valueOf((long) metres) : String.valueOf(Math.round(metres * 1000) / 1000.0);
    }

    /** Top-level attribute replaced (keeping its unit), added when absent, removed when value is null. */
    static List<Attribute> withAttribute(List<Attribute> attributes, String name, String value) {
        List<Attribute> out = new ArrayList<>();
        boolean done = false;
        for (Attribute a : attributes) {
            if (!done && a.name().equals(name)) {
                done = true;
                if (value != null) out.add(new Attribute(a.name(), value, a.unit(), a.codeSpace(), null, a.children()));
            } else {
                out.add(a);
            }
        }
        if (!done && value != null) out.add(Attribute.of(name, value));
        return out;
    }

    /** A placed model as a city object: a building of the scenario with the edit's facts as attributes. */
    public static CityObject proposal(Edit.PlaceModel edit, String name, MeshPart mesh, List<Attribute> modelAttributes) {
        SortedSet<Integer> lods = new TreeSet<>(List.of(2));
        List<Attribute> attributes = new ArrayList<>(modelAttributes);
        attributes.add(Attribute.of(org.citytwin.model.ProposalAttributes.PROPOSAL, "true"));
        attributes.add(Attribute.of("citytwin:model", edit.model()));
        attributes.add(new Attribute("citytwin:heading", String.valueOf(edit.heading()), "deg", null, List.of()));
        attributes.add(Attribute.of("citytwin:scale", String.valueOf(edit.scale())));
        return new CityObject(edit.target(), "bldg:Building", FeatureKind.BUILDING, name, lods, Map.of(2, mesh),
                attributes, "(proposal)", null);
    }
}
