package org.citytwin.pipeline;

import java.util.List;
import org.citytwin.model.CityFile;
import org.citytwin.model.Envelope;
import org.citytwin.model.LocalFrame;
import org.citytwin.pipeline.tile.TileMesh;

/** What one load produced: the files read (with their issues), merged tile meshes and their bounds. */
public record LoadResult(List<CityFile> files, List<TileMesh> meshes, Envelope bounds, LocalFrame frame) {

    public long triangleCount() {
        return meshes.stream().mapToLong(TileMesh::triangleCount).sum();
    }

    public boolean anythingLoaded() {
        return files.stream().anyMatch(f -> !f.objects().isEmpty());
    }
}
