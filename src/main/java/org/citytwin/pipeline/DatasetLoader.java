package org.citytwin.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * Loads CityGML files and PLATEAU folders (udx/&lt;type&gt;/*.gml) into the project's model and merged
 * tile meshes, in one local metric frame shared by every load of this loader. Pure Java: callable
 * from a JavaFX Task, the CLI or a test. Thread-safe for sequential loads.
 */
public final class DatasetLoader {

    /** @param crsResolver shared CRS resolver (org.citytwin.geo.CrsResolver) */
    public DatasetLoader(org.citytwin.geo.CrsResolver crsResolver) {
    }

    /** The local frame shared by all loads; null until the first georeferenced file was read. */
    public org.citytwin.model.LocalFrame frame() {
        return null;
    }

    /** Loads the given files and folders; one failing file never stops the rest (its issues say why). */
    public LoadResult load(List<Path> inputs, LoadProgress progress, CancelToken cancel) {
        throw new UnsupportedOperationException("being written");
    }
}
