package org.citytwin.pipeline.cache;

import java.util.List;
import org.citytwin.model.CityFile;
import org.citytwin.model.LocalFrame;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * What a load produced for one source file, as the cache keeps it.
 *
 * @param file         the file with its objects (meshes per LOD, attributes, utility data) and issues
 * @param frame        the loader's local frame after the file was read (the file's vertices are in it); null if none
 * @param themes       appearance themes the file holds
 * @param dependencies other files the result depends on (code lists, texture images), checked on every hit
 * @param meshes       the file's merged tile meshes when it was loaded on its own without textured meshes, else null
 */
public record CacheEntry(CityFile file, LocalFrame frame, List<String> themes, List<Dependency> dependencies,
                         List<TileMesh> meshes) {

    public CacheEntry {
        themes = List.copyOf(themes);
        dependencies = List.copyOf(dependencies);
    }
}
