package org.citytwin.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.LocalFrame;
import org.citytwin.model.MeshPart;
import org.citytwin.model.SurfaceLook;
import org.citytwin.pipeline.cache.CacheEntry;
import org.citytwin.pipeline.cache.Dependency;
import org.citytwin.pipeline.cache.LoadCache;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * The load cache's part in one {@link DatasetLoader} load: looks each file up before it is read, keeps what was
 * read fresh, and stores it once the load's meshes exist. A load of one file also caches and reuses its merged
 * tile meshes (untextured ones only: atlases are rebuilt from the images); several files are merged anew.
 */
final class CacheRun {

    private final LoadCache cache;
    private final Map<String, LoadCache.Lookup> lookups = new ConcurrentHashMap<>();
    private final Map<String, CacheEntry> hits = new ConcurrentHashMap<>();
    private final Map<String, CacheEntry> read = new ConcurrentHashMap<>();

    CacheRun(LoadCache cache) {
        this.cache = cache;
    }

    /**
     * Every setting a file's result depends on besides its bytes: the path as given (it is written into the
     * model), the frame its vertices are in ("own" when the file anchors it), textures, theme and dataset root.
     */
    static String context(Path file, LocalFrame frame, boolean textures, String theme, DatasetRoot root) {
        return "path=" + file + "\nframe=" + (frame == null ? "own" : frame.originLatitude() + "," + frame.originLongitude())
                + "\ntextures=" + textures + "\ntheme=" + theme + "\nroot=" + root.folder();
    }

    /** The cached entry of {@code file}, or null (then the file is read and {@link #read} told). */
    CacheEntry find(Path file, String context) {
        LoadCache.Lookup lookup = cache.lookup(file, context);
        lookups.put(file.toString(), lookup);
        if (lookup.entry() != null) hits.put(file.toString(), lookup.entry());
        return lookup.entry();
    }

    /** A file read fresh: its result, the frame after it, its themes and the code lists and images it looked up. */
    void read(CityFile file, LocalFrame frame, List<String> themes, List<Path> consulted) {
        if (!lookups.containsKey(file.path())) return;
        Set<Path> depends = new LinkedHashSet<>(consulted);
        for (CityObject o : file.objects()) {
            for (MeshPart m : o.meshes().values()) {
                for (SurfaceLook look : m.looks()) if (look.isTextured()) depends.add(Path.of(look.texturePath()));
            }
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (Path p : depends) dependencies.add(Dependency.of(p));
        read.put(file.path(), new CacheEntry(file, frame, themes, dependencies, null));
    }

    /** The cached meshes when the load is the one file they were merged from, else null. */
    List<TileMesh> meshes(List<CityFile> files) {
        if (files.size() != 1) return null;
        CacheEntry hit = hits.get(files.get(0).path());
        return hit == null || hit.file() != files.get(0) ? null : hit.meshes();
    }

    /** Stores every file read fresh; with the meshes of a one-file load unless one of them is textured. */
    void store(List<CityFile> files, List<TileMesh> meshes) {
        boolean keepMeshes = files.size() == 1 && meshes.stream().noneMatch(m -> m.isTextured() || m.atlas() != null);
        for (CityFile f : files) {
            CacheEntry fresh = read.get(f.path());
            if (fresh == null || fresh.file() != f) continue;
            CacheEntry entry = keepMeshes ? new CacheEntry(f, fresh.frame(), fresh.themes(), fresh.dependencies(), meshes)
                    : fresh;
            lookups.get(f.path()).store(entry);
        }
    }
}
