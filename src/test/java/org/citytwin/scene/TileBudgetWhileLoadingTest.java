package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citytwin.scene.FxTestSupport.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.shape.MeshView;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A progressive load keeps the full meshes within the memory budget at every moment, and still draws every tile. */
class TileBudgetWhileLoadingTest {
    private static final int N = 6;
    private static final double SPACING = 200;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    /** An N×N grid of 40 m boxes 200 m apart, one tile each. */
    private static List<TileMesh> grid() {
        List<TileMesh> meshes = new ArrayList<>();
        for (int j = 0; j < N; j++) {
            for (int i = 0; i < N; i++) {
                TileMesh b = TestMeshes.box(FeatureKind.BUILDING, i * SPACING - 20, j * SPACING - 20, 0,
                        i * SPACING + 20, j * SPACING + 20, 30);
                meshes.add(new TileMesh(b.kind(), i, j, b.points(), b.triangles(), b.faceObject(), List.of("b" + i + "-" + j),
                        null, null, "grid.gml"));
            }
        }
        return meshes;
    }

    /** What the tile views really hold: every view with a mesh counts its full mesh. */
    private static long heldBytes(CityScene cs) {
        long sum = 0;
        for (Node n : cs.layer(FeatureKind.BUILDING).getChildren()) {
            if (n instanceof MeshView v && v.getUserData() instanceof TileMesh m && TileMeshViews.isResident(v)) {
                sum += TileMeshViews.residentBytes(m);
            }
        }
        return sum;
    }

    @Test
    void aTinyBudgetIsNeverPassedWhileTilesStreamInAndEveryTileIsDrawnFullOrAsBoxes() throws Exception {
        List<TileMesh> tiles = grid();
        long perTile = TileMeshViews.residentBytes(tiles.get(0));
        long budget = 3 * perTile;
        long[] peak = {0};
        int[] samples = {0};
        CompletableFuture<CityScene> done = new CompletableFuture<>();
        onFx(() -> {
            CityScene cs = new CityScene(320, 200);
            cs.setCulling(false); // every tile counts as seen: each must be drawn, in full or as its boxes
            cs.setLevelOfDetail(0, 0); // boxes only where the budget says so
            cs.setMeshBudget(budget);
            Runnable sample = () -> {
                peak[0] = Math.max(peak[0], heldBytes(cs));
                samples[0]++;
            };
            // sampled at every view going in (before the pulse's culling pass) and after every pulse's batch
            cs.layer(FeatureKind.BUILDING).getChildren().addListener((ListChangeListener<Node>) c -> sample.run());
            TileFeeder feeder = new TileFeeder(cs);
            feeder.setBudgetMillis(0); // one tile per pulse: many moments to sample
            feeder.onBatch(views -> sample.run());
            cs.extendBounds(Envelope.of(-20, -20, 0, (N - 1) * SPACING + 20, (N - 1) * SPACING + 20, 30));
            feeder.enqueue(tiles);
            feeder.whenAllShown(() -> done.complete(cs));
            return null;
        });
        CityScene cs = done.get(60, TimeUnit.SECONDS);

        assertThat(samples[0]).isGreaterThanOrEqualTo(2 * N * N);
        assertThat(peak[0]).isLessThanOrEqualTo(budget);
        onFx(() -> {
            cs.settleTiles();
            List<MeshView> views = new ArrayList<>();
            for (Node n : cs.layer(FeatureKind.BUILDING).getChildren()) {
                if (n instanceof MeshView v && v.getUserData() instanceof TileMesh) views.add(v);
            }
            assertThat(views).hasSize(N * N);
            assertThat(views).allMatch(TileResidency::isDrawn);
            assertThat(views.stream().filter(MeshView::isVisible).count()).isEqualTo(3); // full: as many as fit
            assertThat(cs.fullTileCount()).isEqualTo(3);
            assertThat(cs.proxyTileCount()).isEqualTo(N * N - 3);
            assertThat(heldBytes(cs)).isEqualTo(cs.residentMeshBytes()).isLessThanOrEqualTo(budget);
            return null;
        });
    }

    @Test
    void tilesAddedAllAtOnceStayWithinTheBudgetToo() throws Exception {
        List<TileMesh> tiles = grid();
        long budget = 5 * TileMeshViews.residentBytes(tiles.get(0));
        onFx(() -> {
            CityScene cs = new CityScene(320, 200);
            cs.setMeshBudget(budget);
            cs.addMeshes(tiles, null);
            assertThat(heldBytes(cs)).isLessThanOrEqualTo(budget);
            assertThat(cs.layer(FeatureKind.BUILDING).getChildren().stream().filter(n -> n.getUserData() instanceof TileMesh))
                    .hasSize(N * N);
            return null;
        });
    }
}
