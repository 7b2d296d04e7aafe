package org.citytwin.scene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.geometry.Point3D;
import javafx.scene.shape.MeshView;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.pipeline.tile.TileMesher;

/**
 * Puts queued tile meshes into the scene a few per pulse, nearest to the camera first, so a big city appears
 * progressively and the FX thread never blocks for the whole load: each pulse creates views until its time budget
 * or its triangle budget is spent (always at least one tile), then yields to rendering and input. Given a background
 * executor, the mesh arrays of the next few tiles are built there ({@link MeshArrays}) and a pulse only hands finished
 * arrays to JavaFX; a tile whose arrays are not ready yet waits for a later pulse. Views go in through
 * {@link CityScene#addTile}, so the styles, textures toggle and culling current at that moment apply to them.
 * FX thread only.
 */
public final class TileFeeder {
    /** Pulse budget for creating views: well under a 60 Hz frame, leaving the rest for rendering. */
    public static final double DEFAULT_BUDGET_MS = 10;
    /**
     * Triangles of new meshes per pulse past its first tile: Prism builds a new mesh's vertex buffers on the render
     * thread for the next frame, and the FX thread waits for that frame before its next pulse, so this bounds the
     * next gap as the time budget bounds this one. Both grow when frames are slow ({@link FrameCostScale}).
     */
    public static final long DEFAULT_TRIANGLES_PER_PULSE = 40_000;
    /** Tiles, nearest first, whose arrays are built ahead of their pulse. */
    static final int PREPARED_AHEAD = 6;
    /** Pulses to wait for the nearest tile's arrays before building them on the FX thread (a stalled executor). */
    static final int MAX_WAIT_PULSES = 120;

    private final CityScene scene;
    private final List<TileMesh> pending = new ArrayList<>();
    /** Queued tiles that are previews (identity), and the preview views shown per tile square of a file's kind. */
    private final java.util.Set<TileMesh> previews = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final java.util.Map<Square, List<MeshView>> previewViews = new java.util.HashMap<>();
    private final List<MeshView> added = new ArrayList<>();
    private final List<Consumer<List<MeshView>>> batchListeners = new ArrayList<>();
    private final List<Runnable> whenEmpty = new ArrayList<>();
    private final List<PulseWork> pulseListeners = new ArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (scaleWithFrameTime) frameCost.pulse(now);
            feed();
        }
    };
    private final FrameCostScale frameCost = new FrameCostScale();
    private boolean scaleWithFrameTime = true;
    private final java.util.concurrent.Executor prepare;
    /** Arrays built for queued tiles (written by the executor); the tiles handed to it and not yet fed (FX thread). */
    private final java.util.Map<TileMesh, MeshArrays> ready = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final java.util.Set<TileMesh> preparing = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private int waited;
    private int maxWaitPulses = MAX_WAIT_PULSES;
    private double budgetMs = DEFAULT_BUDGET_MS;
    private long trianglesPerPulse = DEFAULT_TRIANGLES_PER_PULSE;
    private boolean sorted;
    private long sortedAtRevision = -1;
    private boolean running;

    /** A feeder that builds mesh arrays on the FX thread, in the pulse that adds the tile (tests, tools). */
    public TileFeeder(CityScene scene) {
        this(scene, null);
    }

    /** @param prepare where the next tiles' mesh arrays are built (null: on the FX thread) */
    public TileFeeder(CityScene scene, java.util.concurrent.Executor prepare) {
        this.scene = scene;
        this.prepare = prepare;
    }

    /** Pulses to wait for arrays before building them here (tests that hold the executor back). */
    void setMaxWaitPulses(int pulses) {
        maxWaitPulses = pulses;
    }

    /** Triangles per pulse past its first tile (see {@link #DEFAULT_TRIANGLES_PER_PULSE}). */
    public void setTrianglesPerPulse(long triangles) {
        trianglesPerPulse = Math.max(0, triangles);
    }

    /** Whether slow frames let a pulse take more than its share ({@link FrameCostScale}); on by default. */
    public void setScaleWithFrameTime(boolean scale) {
        scaleWithFrameTime = scale;
        if (!scale) frameCost.reset();
    }

    /** Milliseconds of view creation per pulse (0: one tile per pulse, as tests use to see the order). */
    public void setBudgetMillis(double ms) {
        budgetMs = ms;
    }

    /** Queues tiles; they go into the scene from the next pulse on. */
    public void enqueue(List<TileMesh> tiles) {
        if (tiles.isEmpty()) return;
        pending.addAll(tiles);
        sorted = false;
        if (!running) {
            running = true;
            timer.start();
        }
    }

    /** One tile square of one file's kind: what a final tile replaces previews by. */
    private record Square(org.citytwin.model.FeatureKind kind, String file, int x, int y) {
        static Square of(TileMesh t) {
            return new Square(t.kind(), t.sourceFile(), t.tileX(), t.tileY());
        }
    }

    /**
     * Queues preview tiles of a file being read (see {@link org.citytwin.pipeline.TileStream#previewTiles}): shown like
     * any tile, and taken out square by square as the file's final tiles go in ({@link #replacePreviews}).
     */
    public void enqueuePreviews(List<TileMesh> tiles) {
        previews.addAll(tiles);
        enqueue(tiles);
    }

    /**
     * Queues a file's final tiles in place of its previews: queued previews are dropped, shown ones whose square has
     * no final tile go now, the others as their square's final tile goes in (no gap, no double drawing for long).
     */
    public void replacePreviews(String file, List<TileMesh> finals) {
        pending.removeIf(t -> previews.contains(t) && java.util.Objects.equals(t.sourceFile(), file) && previews.remove(t));
        java.util.Set<Square> squares = new java.util.HashSet<>();
        for (TileMesh t : finals) squares.add(Square.of(t));
        List<MeshView> gone = new ArrayList<>();
        previewViews.entrySet().removeIf(e -> {
            boolean drop = java.util.Objects.equals(e.getKey().file(), file) && !squares.contains(e.getKey());
            if (drop) gone.addAll(e.getValue());
            return drop;
        });
        if (!gone.isEmpty()) scene.removeTiles(gone);
        forgetUnqueued();
        enqueue(finals);
    }

    /** Takes out every preview still shown or queued (a load's end: its final tiles are all in). */
    public void dropPreviews() {
        pending.removeIf(previews::contains);
        previews.clear();
        List<MeshView> gone = new ArrayList<>();
        previewViews.values().forEach(gone::addAll);
        previewViews.clear();
        if (!gone.isEmpty()) scene.removeTiles(gone);
        forgetUnqueued();
    }

    /** Drops arrays built for tiles no longer queued (previews replaced). */
    private void forgetUnqueued() {
        java.util.Set<TileMesh> queued = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        queued.addAll(pending);
        preparing.retainAll(queued);
        synchronized (ready) {
            ready.keySet().retainAll(queued);
        }
    }

    /** Tiles queued and not yet in the scene. */
    public int pending() { return pending.size(); }

    /** Tells {@code listener} the views each pulse added, right after they went in (painters, counters, tests). */
    public void onBatch(Consumer<List<MeshView>> listener) {
        batchListeners.add(listener);
    }

    /** The FX-thread time one pulse's feeding took, on the {@link System#nanoTime()} clock. */
    @FunctionalInterface
    public interface PulseWork {
        void fed(long startNanos, long endNanos);
    }

    /** Tells {@code listener} how long each pulse's feeding took (benchmarks). */
    public void onPulse(PulseWork listener) {
        pulseListeners.add(listener);
    }

    /** Runs {@code then} once every tile queued so far is in the scene: now when none is pending. */
    public void whenAllShown(Runnable then) {
        if (pending.isEmpty()) then.run();
        else whenEmpty.add(then);
    }

    /**
     * Drops the queue and takes out every view this feeder added since the last {@link #keepAdded()} (a cancelled
     * load shows nothing); pending {@link #whenAllShown} actions are dropped too.
     */
    public void discard() {
        pending.clear();
        previews.clear();
        previewViews.clear();
        whenEmpty.clear();
        stop();
        scene.removeTiles(added);
        added.clear();
    }

    /** Forgets the views added so far: they stay whatever {@link #discard()} is called later. */
    public void keepAdded() {
        added.clear();
    }

    private void stop() {
        running = false;
        timer.stop();
        frameCost.reset();
        preparing.clear();
        ready.clear();
        waited = 0;
    }

    /** One pulse's share: nearest tiles first until the budget is spent. */
    void feed() {
        if (pending.isEmpty()) {
            finish();
            return;
        }
        long t0 = System.nanoTime();
        long revision = scene.camera().revisionProperty().get();
        if (!sorted || revision != sortedAtRevision) sortByDistance(revision);
        prepareAhead();
        long budget = (long) (frameCost.budgetMs(budgetMs) * 1e6);
        long triangleShare = (long) (trianglesPerPulse * frameCost.factor());
        List<MeshView> batch = new ArrayList<>();
        // the queue is sorted farthest first, so taking from its end is cheap
        List<MeshView> replaced = new ArrayList<>();
        int taken = 0;
        long triangles = 0;
        while (!pending.isEmpty()) {
            if (taken > 0 && (System.nanoTime() - t0 >= budget || triangles >= triangleShare)) break;
            TileMesh tile = pending.get(pending.size() - 1);
            MeshArrays arrays = ready.remove(tile);
            if (arrays == null && prepare != null && tile.triangleCount() > 0 && (taken > 0 || ++waited < maxWaitPulses)) {
                break; // its arrays come in a later pulse
            }
            waited = 0;
            pending.remove(pending.size() - 1);
            preparing.remove(tile);
            taken++;
            triangles += tile.triangleCount();
            MeshView view = scene.addTile(tile, arrays);
            if (previews.remove(tile)) {
                if (view != null) previewViews.computeIfAbsent(Square.of(tile), k -> new ArrayList<>()).add(view);
            } else {
                List<MeshView> old = previewViews.remove(Square.of(tile));
                if (old != null) replaced.addAll(old);
            }
            if (view != null) batch.add(view);
        }
        prepareAhead();
        if (taken == 0) return; // nothing ready yet: the pulse stays free
        frameCost.fed();
        if (!replaced.isEmpty()) scene.removeTiles(replaced);
        added.addAll(batch);
        scene.updateCulling();
        for (Consumer<List<MeshView>> l : List.copyOf(batchListeners)) l.accept(batch);
        long t1 = System.nanoTime();
        for (PulseWork l : List.copyOf(pulseListeners)) l.fed(t0, t1);
        if (pending.isEmpty()) finish();
    }

    /** Hands the nearest queued tiles without arrays to the executor. */
    private void prepareAhead() {
        if (prepare == null) return;
        int ahead = (int) Math.ceil(PREPARED_AHEAD * frameCost.factor()); // a scaled pulse takes more tiles
        for (int i = pending.size() - 1, n = 0; i >= 0 && n < ahead; i--, n++) {
            TileMesh tile = pending.get(i);
            if (tile.triangleCount() == 0 || !preparing.add(tile)) continue;
            try {
                prepare.execute(() -> ready.put(tile, MeshArrays.of(tile)));
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                preparing.remove(tile); // built on the FX thread after the wait
            }
        }
    }

    private void finish() {
        stop();
        List<Runnable> then = List.copyOf(whenEmpty);
        whenEmpty.clear();
        then.forEach(Runnable::run);
    }

    /** Farthest first (so the nearest is at the end): distance of the tile's square centre from the eye. */
    private void sortByDistance(long revision) {
        Point3D eye = scene.camera().toLocal(scene.camera().position());
        pending.sort(Comparator.comparingDouble((TileMesh t) -> distanceSquared(t, eye)).reversed());
        sorted = true;
        sortedAtRevision = revision;
    }

    /** Squared horizontal distance from a local-frame point to the centre of the tile's square. */
    public static double distanceSquared(TileMesh tile, Point3D local) {
        double size = TileMesher.DEFAULT_TILE_SIZE;
        double dx = (tile.tileX() + 0.5) * size - local.getX();
        double dy = (tile.tileY() + 0.5) * size - local.getY();
        return dx * dx + dy * dy;
    }
}
