package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citytwin.scene.FxTestSupport.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The feeder's slicing, counted not timed: a pulse hands JavaFX only arrays built off the FX thread, and never adds
 * more than its triangle budget (past its first tile).
 */
class TileFeederPreparationTest {
    private static final int N = 6;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    private static List<TileMesh> grid() {
        List<TileMesh> meshes = new ArrayList<>();
        for (int j = 0; j < N; j++) {
            for (int i = 0; i < N; i++) {
                TileMesh b = TestMeshes.box(FeatureKind.BUILDING, i * 200 - 20, j * 200 - 20, 0, i * 200 + 20, j * 200 + 20, 30 + i);
                meshes.add(new TileMesh(b.kind(), i, j, b.points(), b.triangles(), b.faceObject(), List.of("b" + i + "-" + j),
                        null, null, "grid.gml"));
            }
        }
        return meshes;
    }

    private static CityScene scene() {
        CityScene cs = new CityScene(320, 200);
        cs.setCulling(false);
        cs.extendBounds(Envelope.of(-20, -20, 0, (N - 1) * 200 + 20, (N - 1) * 200 + 20, 40));
        return cs;
    }

    private static List<MeshView> tileViews(CityScene cs) {
        List<MeshView> views = new ArrayList<>();
        for (Node n : cs.layer(FeatureKind.BUILDING).getChildren()) {
            if (n instanceof MeshView v && v.getUserData() instanceof TileMesh) views.add(v);
        }
        return views;
    }

    @Test
    void aPulseAddsOnlyTilesWhoseArraysWereBuiltInTheBackgroundAndTheyMatchTheFxBuild() throws Exception {
        ConcurrentLinkedQueue<Runnable> jobs = new ConcurrentLinkedQueue<>();
        CityScene cs = onFx(TileFeederPreparationTest::scene);
        TileFeeder feeder = onFx(() -> {
            TileFeeder f = new TileFeeder(cs, jobs::add); // jobs run only when the test runs them
            f.setMaxWaitPulses(Integer.MAX_VALUE);
            f.setBudgetMillis(1e6);
            f.setTrianglesPerPulse(Long.MAX_VALUE);
            f.enqueue(grid());
            f.feed();
            f.feed();
            return f;
        });
        assertThat(onFx(() -> tileViews(cs))).isEmpty(); // nothing prepared: the pulses stay free
        assertThat(jobs).hasSize(TileFeeder.PREPARED_AHEAD); // the nearest few, each handed over once
        jobs.poll().run();
        jobs.poll().run();
        List<MeshView> added = onFx(() -> {
            feeder.feed();
            return tileViews(cs);
        });
        assertThat(added).hasSize(2);
        assertThat(feeder.pending()).isEqualTo(N * N - 2);
        for (MeshView v : added) {
            TriangleMesh got = (TriangleMesh) v.getMesh();
            TriangleMesh fx = onFx(() -> TileMeshViews.toTriangleMesh((TileMesh) v.getUserData()));
            assertThat(got.getPoints().toArray(null)).containsExactly(fx.getPoints().toArray(null));
            assertThat(got.getFaces().toArray(null)).containsExactly(fx.getFaces().toArray(null));
            assertThat(got.getFaceSmoothingGroups().size()).isEqualTo(fx.getFaceSmoothingGroups().size());
        }
        // the rest come as their arrays do
        CompletableFuture<Void> all = new CompletableFuture<>();
        onFx(() -> {
            feeder.whenAllShown(() -> all.complete(null));
            return null;
        });
        while (!all.isDone()) {
            Runnable job = jobs.poll();
            if (job != null) job.run();
            else Thread.onSpinWait();
        }
        all.get(30, TimeUnit.SECONDS);
        assertThat(onFx(() -> tileViews(cs))).hasSize(N * N);
    }

    @Test
    void noPulseAddsMoreThanItsTriangleBudgetPastTheFirstTile() throws Exception {
        List<TileMesh> tiles = grid();
        int perTile = tiles.get(0).triangleCount();
        List<Integer> batchTriangles = new ArrayList<>();
        CompletableFuture<CityScene> done = new CompletableFuture<>();
        onFx(() -> {
            CityScene cs = scene();
            TileFeeder feeder = new TileFeeder(cs);
            feeder.setBudgetMillis(1e6); // time never ends a pulse here: only the count does
            feeder.setTrianglesPerPulse(2L * perTile);
            feeder.setScaleWithFrameTime(false); // the fixed share: a slow frame on a busy machine would scale it
            feeder.onBatch(views -> batchTriangles.add(views.stream().mapToInt(v -> ((TileMesh) v.getUserData()).triangleCount()).sum()));
            feeder.enqueue(tiles);
            feeder.whenAllShown(() -> done.complete(cs));
            return null;
        });
        CityScene cs = done.get(60, TimeUnit.SECONDS);
        assertThat(batchTriangles).hasSize(N * N / 2).allMatch(t -> t == 2 * perTile);
        assertThat(onFx(() -> tileViews(cs))).hasSize(N * N);
    }
}
