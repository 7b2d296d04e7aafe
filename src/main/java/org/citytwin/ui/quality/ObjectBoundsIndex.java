package org.citytwin.ui.quality;

import java.util.HashMap;
import java.util.Map;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.pipeline.LoadResult;

/**
 * gml:id → local-frame bounds of every object loaded, so an issue naming a gml:id can fly the camera there.
 * Keyed by file and id (ids repeat across PLATEAU tiles); an id alone finds the first object loaded with it.
 */
public final class ObjectBoundsIndex {

    private Map<String, Envelope> byFileAndId = new HashMap<>();
    private Map<String, Envelope> byId = new HashMap<>();

    /** The objects of one finished load that have a mesh: pure computation, any thread (then {@link #addAll}). */
    public static ObjectBoundsIndex of(LoadResult result) {
        ObjectBoundsIndex index = new ObjectBoundsIndex();
        index.add(result);
        return index;
    }

    /**
     * Adds what another index holds, as if its loads were added here after the ones before; {@code later} is left
     * empty. The smaller side is copied into the larger, so a ward's index (200,000 objects) handed over after its
     * load costs the FX thread next to nothing.
     */
    public void addAll(ObjectBoundsIndex later) {
        if (later.byFileAndId.size() > byFileAndId.size()) {
            // the same entries either way: a later load's file+id wins, an earlier load's bare id stays
            byFileAndId.forEach(later.byFileAndId::putIfAbsent);
            later.byId.putAll(byId);
            byFileAndId = later.byFileAndId;
            byId = later.byId;
        } else {
            byFileAndId.putAll(later.byFileAndId);
            later.byId.forEach(byId::putIfAbsent);
        }
        later.byFileAndId = new HashMap<>();
        later.byId = new HashMap<>();
    }

    /** Adds the objects of one finished load that have a mesh. */
    public void add(LoadResult result) {
        for (CityFile file : result.files()) {
            for (CityObject object : file.objects()) {
                double[] v = object.displayMesh().vertices();
                if (v.length < 3) continue;
                Envelope e = new Envelope();
                e.includeAll(v, v.length);
                byFileAndId.put(key(object.sourceFile(), object.id()), e);
                byId.putIfAbsent(object.id(), e);
            }
        }
    }

    /** Bounds of the object, or null when it is unknown or has no geometry. {@code file} may be null. */
    public Envelope find(String file, String gmlId) {
        if (gmlId == null) return null;
        Envelope e = file == null ? null : byFileAndId.get(key(file, gmlId));
        if (e == null) e = byId.get(gmlId);
        return e == null ? null : e.copy();
    }

    public int size() {
        return byFileAndId.size();
    }

    private static String key(String file, String id) {
        return file + '\n' + id;
    }
}
