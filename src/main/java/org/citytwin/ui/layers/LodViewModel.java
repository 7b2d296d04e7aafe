package org.citytwin.ui.layers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LodChoice;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.pipeline.texture.TextureImages;
import org.citytwin.pipeline.tile.LodSelection;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.pipeline.tile.TileMesher;

/**
 * The LOD shown per feature kind. Keeps every loaded object, so a new choice re-merges that kind's tile
 * meshes from the LODs already tessellated (no re-reading) on a background thread and hands them to the
 * scene on the FX thread. A revision counter tells menus to rebuild.
 */
public final class LodViewModel {
    private final Map<FeatureKind, List<CityObject>> objects = new EnumMap<>(FeatureKind.class);
    private final Executor executor;
    private final BiConsumer<FeatureKind, List<TileMesh>> replaceKind;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private LodSelection selection = LodSelection.HIGHEST;
    private java.util.function.Predicate<CityObject> shown = o -> true;
    private final Map<FeatureKind, Long> generation = new EnumMap<>(FeatureKind.class);
    /** LODs with surfaces per kind, kept as loads come (menus ask at every revision); absent: count again. */
    private final Map<FeatureKind, SortedSet<Integer>> availableLods = new EnumMap<>(FeatureKind.class);
    private List<CityObject> scenario; // a scenario's objects replacing the loaded ones in the scene; null = base
    private boolean textures = true;

    /** @param replaceKind FX thread: swap the meshes of one kind in the scene */
    public LodViewModel(Executor executor, BiConsumer<FeatureKind, List<TileMesh>> replaceKind) {
        this.executor = executor;
        this.replaceKind = replaceKind;
    }

    /** Bumped whenever kinds, available LODs or the selection change. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** FX thread: remember a finished load; kinds with a non-default choice are re-merged to honour it. */
    public void add(LoadResult result) {
        add(arrivalOf(result));
    }

    /** A load's objects sorted by kind (kinds in order of first appearance) and the LODs each kind has. */
    public record Arrival(List<CityObject> all, Map<FeatureKind, List<CityObject>> byKind,
                          Map<FeatureKind, SortedSet<Integer>> lods) {
    }

    /** What {@link #add(Arrival)} needs of a finished load: pure computation, any thread. */
    public static Arrival arrivalOf(LoadResult result) {
        List<CityObject> all = new ArrayList<>();
        Map<FeatureKind, List<CityObject>> byKind = new java.util.LinkedHashMap<>();
        Map<FeatureKind, SortedSet<Integer>> lods = new EnumMap<>(FeatureKind.class);
        result.files().forEach(f -> f.objects().forEach(o -> {
            all.add(o);
            byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o);
            SortedSet<Integer> set = lods.computeIfAbsent(o.kind(), k -> new TreeSet<>());
            o.meshes().forEach((lod, mesh) -> {
                if (!mesh.isEmpty()) set.add(lod);
            });
        }));
        return new Arrival(all, byKind, lods);
    }

    /** FX thread: as {@link #add(LoadResult)} with the load sorted beforehand ({@link #arrivalOf}, off the FX thread). */
    public void add(Arrival arrival) {
        arrival.byKind().forEach((kind, list) -> {
            List<CityObject> known = objects.get(kind);
            SortedSet<Integer> cached = availableLods.get(kind);
            if (known == null || known.isEmpty()) availableLods.put(kind, new TreeSet<>(arrival.lods().get(kind)));
            else if (cached != null) cached.addAll(arrival.lods().get(kind));
            objects.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(list);
        });
        if (scenario != null) scenario.addAll(arrival.all()); // shown at once; the scenario's edits are re-applied by its owner
        arrival.byKind().keySet().stream().filter(k -> !selection.of(k).isHighest()).forEach(this::remesh);
        revision.set(revision.get() + 1);
    }

    /** Every object shown: the loaded ones, or a scenario's when one is shown. */
    public List<CityObject> allObjects() {
        return scenario != null ? List.copyOf(scenario) : baseObjects();
    }

    /** Every loaded object, all kinds, whatever scenario is shown. */
    public List<CityObject> baseObjects() {
        List<CityObject> all = new ArrayList<>();
        objects.values().forEach(all::addAll);
        return all;
    }

    /**
     * FX thread: shows a scenario's objects (the loaded ones with its edits applied) instead of the loaded ones, or
     * base again with null. Only kinds whose objects differ are re-merged.
     */
    public void showScenario(List<CityObject> objects) {
        java.util.Set<FeatureKind> kinds = java.util.EnumSet.noneOf(FeatureKind.class);
        Map<FeatureKind, List<CityObject>> before = byKind(allObjects());
        scenario = objects == null ? null : new ArrayList<>(objects);
        Map<FeatureKind, List<CityObject>> after = byKind(allObjects());
        kinds.addAll(before.keySet());
        kinds.addAll(after.keySet());
        kinds.removeIf(k -> sameObjects(before.get(k), after.get(k)));
        kinds.forEach(this::remesh);
        revision.set(revision.get() + 1);
    }

    public boolean showsScenario() {
        return scenario != null;
    }

    private static Map<FeatureKind, List<CityObject>> byKind(List<CityObject> all) {
        Map<FeatureKind, List<CityObject>> out = new EnumMap<>(FeatureKind.class);
        all.forEach(o -> out.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o));
        return out;
    }

    /** Same objects, by identity (an edited object is a new instance). */
    private static boolean sameObjects(List<CityObject> a, List<CityObject> b) {
        if (a == null || b == null) return a == b;
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
        return true;
    }

    public List<FeatureKind> kinds() {
        return List.copyOf(objects.keySet());
    }

    /** LODs with surfaces among the loaded objects of a kind. */
    public SortedSet<Integer> availableLods(FeatureKind kind) {
        SortedSet<Integer> cached = availableLods.get(kind);
        if (cached != null) return new TreeSet<>(cached);
        SortedSet<Integer> lods = new TreeSet<>();
        for (CityObject o : objects.getOrDefault(kind, List.of())) {
            o.meshes().forEach((lod, mesh) -> {
                if (!mesh.isEmpty()) lods.add(lod);
            });
        }
        return lods;
    }

    /** The LOD chosen per kind, as the main view merges it (the presenter's audience view merges the same). */
    public LodSelection selection() {
        return selection;
    }

    public LodChoice choice(FeatureKind kind) {
        return selection.of(kind);
    }

    /** FX thread: show another LOD for a kind. */
    public void choose(FeatureKind kind, LodChoice choice) {
        if (choice.equals(selection.of(kind))) return;
        selection = selection.with(kind, choice);
        remesh(kind);
        revision.set(revision.get() + 1);
    }

    /** FX thread: the same LOD for every kind (Preferences' default LOD), replacing per-kind choices. */
    public void chooseForAll(LodChoice choice) {
        selection = LodSelection.all(choice);
        kinds().forEach(this::remesh);
        revision.set(revision.get() + 1);
    }

    /**
     * FX thread: whether re-merged meshes get texture atlases (off decodes no image). Switching on re-merges every
     * kind whose objects have textures or material colours, so atlases a load skipped (textures off then) appear now.
     */
    public void setTextures(boolean on) {
        if (on == textures) return;
        textures = on;
        if (!on) return;
        for (FeatureKind kind : kinds()) {
            if (objects.get(kind).stream().anyMatch(o -> o.meshes().values().stream().anyMatch(m -> m.hasLooks()))) remesh(kind);
        }
    }

    public boolean textures() {
        return textures;
    }

    /** FX thread: only objects passing {@code filter} are meshed (hide/isolate); re-merges the given kinds. */
    public void setShown(java.util.function.Predicate<CityObject> filter, java.util.Collection<FeatureKind> kinds) {
        shown = filter;
        kinds.forEach(this::remesh);
    }

    /** FX thread: forgets these objects (a removed dataset) and re-merges their kinds. */
    public void remove(java.util.Collection<CityObject> gone) {
        java.util.Set<CityObject> set = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        set.addAll(gone);
        java.util.Set<FeatureKind> kinds = java.util.EnumSet.noneOf(FeatureKind.class);
        gone.forEach(o -> kinds.add(o.kind()));
        kinds.forEach(k -> objects.getOrDefault(k, new ArrayList<>()).removeIf(set::contains));
        kinds.forEach(availableLods::remove); // a removed file may have held a kind's only LOD2
        if (scenario != null) scenario.removeIf(set::contains);
        kinds.forEach(this::remesh);
        revision.set(revision.get() + 1);
    }

    private void remesh(FeatureKind kind) {
        List<CityObject> source = scenario != null ? scenario.stream().filter(o -> o.kind() == kind).toList()
                : objects.getOrDefault(kind, List.of());
        List<CityObject> ofKind = source.stream().filter(shown).toList();
        LodSelection chosen = selection;
        long gen = generation.merge(kind, 1L, Long::sum);
        boolean atlases = textures;
        executor.execute(() -> {
            // objects loaded without textures carry no texture references, so this decodes nothing for them
            List<TileMesh> meshes = TileMesher.merge(ofKind, chosen, atlases ? new TextureImages() : null);
            Platform.runLater(() -> {
                if (gen == generation.get(kind)) replaceKind.accept(kind, meshes); // a newer choice or filter wins
            });
        });
    }
}
