package org.citytwin.ui.load;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.citytwin.model.CityFile;
import org.citytwin.model.Envelope;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.TileFeeder;

/**
 * Shows a load as it is read: each file's tiles go to the scene's {@link TileFeeder} as soon as that file is done
 * (nearest to the camera first, a few per pulse), the first file of an empty scene is framed at once, and once every
 * tile is in, the steps that need the whole load (ground, layers, inspector, painters, framing) run. A cancelled load's
 * tiles are taken out again. FX thread.
 */
public final class ProgressiveShow implements LoadViewModel.Sink {
    private final CityScene scene;
    private final TileFeeder feeder;
    private final AllShown allShown;
    private final Set<TileMesh> queued = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Per load: the scene was empty when its first tiles came (null before), its bounds then, the camera we left. */
    private Boolean startedEmpty;
    private Envelope boundsBefore;
    private double[] framedPose;

    /** The window's steps once a load's tiles are all in. */
    @FunctionalInterface
    public interface AllShown {
        /**
         * @param intoEmptyScene the load went into an empty scene
         * @param cameraMoved the user moved the camera while the tiles came in (then it is not framed again)
         */
        void shown(LoadResult result, boolean intoEmptyScene, boolean cameraMoved, Runnable done);
    }

    public ProgressiveShow(CityScene scene, TileFeeder feeder, AllShown allShown) {
        this.scene = scene;
        this.feeder = feeder;
        this.allShown = allShown;
    }

    @Override
    public void previewTiles(String file, List<TileMesh> meshes, Envelope bounds) {
        begin();
        include(bounds);
        feeder.enqueuePreviews(meshes);
    }

    @Override
    public void tiles(CityFile file, List<TileMesh> meshes) {
        begin();
        include(file.bounds());
        queued.addAll(meshes);
        feeder.replacePreviews(file.path(), meshes);
    }

    /** Grows the scene by data about to come; the first data of an empty scene is framed, seen while the rest is read. */
    private void include(Envelope bounds) {
        boolean firstData = scene.isEmpty();
        scene.extendBounds(bounds);
        if (startedEmpty && firstData && bounds != null && !bounds.isEmpty()) {
            scene.camera().oblique(bounds);
            framedPose = pose();
        }
    }

    @Override
    public void accept(LoadResult result, Runnable shown) {
        begin();
        scene.extendBounds(result.bounds());
        feeder.enqueue(result.meshes().stream().filter(m -> !queued.contains(m)).toList()); // what no file streamed
        boolean first = startedEmpty;
        feeder.whenAllShown(() -> {
            feeder.dropPreviews(); // every file's final tiles are in
            feeder.keepAdded();
            boolean moved = !java.util.Arrays.equals(framedPose, pose());
            reset();
            allShown.shown(result, first, moved, shown);
        });
    }

    @Override
    public void discard() {
        feeder.discard();
        if (boundsBefore != null) scene.restoreBounds(boundsBefore);
        reset();
    }

    private void begin() {
        if (startedEmpty != null) return;
        startedEmpty = scene.isEmpty();
        boundsBefore = scene.bounds();
        framedPose = pose();
    }

    private void reset() {
        queued.clear();
        startedEmpty = null;
        boundsBefore = null;
        framedPose = null;
    }

    /** Where the camera looks from: to tell whether the user moved it since the first file was framed. */
    private double[] pose() {
        var rig = scene.camera();
        var t = rig.target();
        return new double[] {t.getX(), t.getY(), t.getZ(), rig.heading(), rig.pitch(), rig.distance()};
    }
}
