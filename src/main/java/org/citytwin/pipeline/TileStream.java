package org.citytwin.pipeline;

import java.util.List;
import org.citytwin.model.CityFile;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * Receives each file's merged tile meshes as soon as that file is read and meshed (and, for a big file, previews of
 * what is built so far while it is read), before the load ends, so a viewer
 * can show the first files while the rest are still read. Called from a loader thread, once per file, in the order
 * files finish; the load's {@link LoadResult} still holds every mesh (these same objects).
 */
@FunctionalInterface
public interface TileStream {
    TileStream NONE = (file, meshes) -> { };

    void fileTiles(CityFile file, List<TileMesh> meshes);

    /**
     * Preview tiles of a file still being read: the objects built since the last preview, merged untextured. The
     * file's {@link #fileTiles} replace them all; {@code bounds} is theirs, in the local frame.
     */
    default void previewTiles(String file, List<TileMesh> meshes, org.citytwin.model.Envelope bounds) {
    }
}
