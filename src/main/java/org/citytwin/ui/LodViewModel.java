package org.citytwin.ui;

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
        List<FeatureKind> touched = new ArrayList<>();
        result.files().forEach(f -> f.objects().forEach(o -> {
            objects.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o);
            if (!touched.contains(o.kind())) touched.add(o.kind());
        }));
        touched.stream().filter(k -> !selection.of(k).isHighest()).forEach(this::remesh);
        revision.set(revision.get() + 1);
    }

    /** Every loaded object, all kinds. */
    public List<CityObject> allObjects() {
        List<CityObject> all = new ArrayList<>();
        objects.values().forEach(all::addAll);
        return all;
    }

    public List<FeatureKind> kinds() {
        return List.copyOf(objects.keySet());
    }

    /** LODs with surfaces among the loaded objects of a kind. */
    public SortedSet<Integer> availableLods(FeatureKind kind) {
        SortedSet<Integer> lods = new TreeSet<>();
        for (CityObject o : objects.getOrDefault(kind, List.of())) {
            o.meshes().forEach((lod, mesh) -> {
                if (!mesh.isEmpty()) lods.add(lod);
            });
        }
        return lods;
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
        kinds.forEach(this::remesh);
        revision.set(revision.get() + 1);
    }

    private void remesh(FeatureKind kind) {
        List<CityObject> ofKind = objects.getOrDefault(kind, List.of()).stream().filter(shown).toList();
        LodSelection chosen = selection;
        long gen = generation.merge(kind, 1L, Long::sum);
        executor.execute(() -> {
            // objects loaded without textures carry no texture references, so this decodes nothing for them
            List<TileMesh> meshes = TileMesher.merge(ofKind, chosen, new TextureImages());
            Platform.runLater(() -> {
                if (gen == generation.get(kind)) replaceKind.accept(kind, meshes); // a newer choice or filter wins
            });
        });
    }
}
