package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citytwin.scene.FxTestSupport.onFx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.thematic.Classification;
import org.citytwin.thematic.LegendEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The memory budget releases least-recently-seen tiles and rebuilds them, painted, when seen again; far tiles draw boxes. */
class TileResidencyTest {
    private static final int N = 6;
    private static final double SPACING = 200;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    /** An N×N grid of 40 m boxes 200 m apart, one tile each, tile (i, j) at (200·i, 200·j), object id "b{i}-{j}". */
    private static CityScene grid(int n) {
        CityScene cs = new CityScene(320, 200);
        List<TileMesh> meshes = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                TileMesh b = TestMeshes.box(FeatureKind.BUILDING, i * SPACING - 20, j * SPACING - 20, 0,
                        i * SPACING + 20, j * SPACING + 20, 30);
                meshes.add(new TileMesh(b.kind(), i, j, b.points(), b.triangles(), b.faceObject(), List.of("b" + i + "-" + j),
                        null, null, "grid.gml"));
            }
        }
        cs.addMeshes(meshes, null);
        return cs;
    }

    private static MeshView tile(CityScene cs, int i, int j) {
        for (Node n : cs.layer(FeatureKind.BUILDING).getChildren()) {
            if (n instanceof MeshView v && v.getUserData() instanceof TileMesh m && m.tileX() == i && m.tileY() == j) return v;
        }
        throw new AssertionError("no tile " + i + "," + j);
    }

    private static void lookAt(CityScene cs, int i, int j, double heading, double distance) {
        lookAt(cs, i, j, heading, 40, distance);
    }

    private static void lookAt(CityScene cs, int i, int j, double heading, double pitch, double distance) {
        CameraRig rig = cs.camera();
        rig.lookAt(rig.toView(i * SPACING, j * SPACING, 15), heading, pitch, distance);
        cs.settleTiles();
    }

    @Test
    void evictionRespectsTheBudgetAndTilesComeBackWithTheirThematicColour() throws Exception {
        onFx(() -> {
            CityScene cs = grid(N);
            cs.setLevelOfDetail(0, 0);
            long perTile = TileMeshViews.residentBytes((TileMesh) tile(cs, 0, 0).getUserData());
            long budget = 4 * perTile;
            cs.setMeshBudget(budget);
            assertThat(cs.residentMeshBytes()).isLessThanOrEqualTo(budget);

            Classification red = new Classification("test", Map.of("b0-0", 0),
                    List.of(new LegendEntry(0xE02020, "red", 1), new LegendEntry(0x808080, "no value", 0)));
            new ThematicPainter().apply(cs.layers(), red);
            lookAt(cs, 0, 0, 0, 80);
            int faces = ((TriangleMesh) tile(cs, 0, 0).getMesh()).getFaces().size() / 6;
            assertThat(faces).as("two-sided: each of 12 triangles twice").isEqualTo(24);

            for (int j = 0; j < N; j++) {
                for (int i = 0; i < N; i++) {
                    lookAt(cs, i, j, 180, 80); // looking south, over tiles seen before
                    assertThat(cs.residentMeshBytes()).as("after looking at tile %d,%d", i, j).isLessThanOrEqualTo(budget);
                    assertThat(residentBytes(cs)).as("counted from the views themselves").isLessThanOrEqualTo(budget);
                    assertThat(tile(cs, i, j).isVisible()).as("tile looked at drawn in full").isTrue();
                    assertThat(TileMeshViews.isResident(tile(cs, i, j))).isTrue();
                }
            }
            assertThat(cs.tileReleases()).isPositive();
            assertThat(TileMeshViews.isResident(tile(cs, 0, 0))).as("least recently seen: released").isFalse();

            lookAt(cs, 0, 0, 0, 80);
            MeshView back = tile(cs, 0, 0);
            assertThat(TileMeshViews.isResident(back) && back.isVisible()).as("rebuilt when looked at again").isTrue();
            assertThat(((TriangleMesh) back.getMesh()).getFaces().size() / 6).isEqualTo(faces);
            assertThat(back.getMaterial()).isInstanceOf(PhongMaterial.class);
            assertThat(((PhongMaterial) back.getMaterial()).getDiffuseMap()).as("thematic palette re-applied").isNotNull();
            return null;
        });
        Image shot = onFx(() -> {
            CityScene cs = grid(N);
            cs.setLevelOfDetail(0, 0);
            cs.setMeshBudget(2 * TileMeshViews.residentBytes((TileMesh) tile(cs, 0, 0).getUserData()));
            new ThematicPainter().apply(cs.layers(), new Classification("test", Map.of("b0-0", 0),
                    List.of(new LegendEntry(0xE02020, "red", 1), new LegendEntry(0x808080, "no value", 0))));
            for (int i = 0; i < N; i++) lookAt(cs, i, N - 1, 0, 80); // tile 0,0 out of view and released
            assertThat(TileMeshViews.isResident(tile(cs, 0, 0))).isFalse();
            cs.camera().top(Envelope.of(-20, -20, 0, 20, 20, 30));
            cs.settleTiles();
            Image img = SceneSnapshots.render(cs, 320, 200);
            SceneSnapshots.writePng(img, Path.of("target/test-shots/residency-rebuilt-red.png"));
            return img;
        });
        assertThat(share(shot, FxTestSupport::isRed)).as("rebuilt tile drawn in its thematic red").isGreaterThan(0.3);
    }

    @Test
    void aFarTileDrawsItsBoxesANearOneItsFullMesh() throws Exception {
        onFx(() -> {
            CityScene cs = grid(5);
            cs.setLevelOfDetail(10, 0);
            lookAt(cs, 2, 0, 0, 8, 60); // from the south, low, looking north up column 2
            MeshView near = tile(cs, 2, 0), far = tile(cs, 2, 4);
            assertThat(near.isVisible()).as("near tile in full").isTrue();
            MeshView nearProxy = TileResidency.proxyOf(near);
            assertThat(nearProxy == null || !nearProxy.isVisible()).isTrue();
            assertThat(far.isVisible()).as("far tile: full mesh not drawn").isFalse();
            MeshView proxy = TileResidency.proxyOf(far);
            assertThat(proxy).isNotNull();
            assertThat(proxy.isVisible()).as("far tile: its boxes drawn").isTrue();
            assertThat(proxy.getParent().getParent()).as("in the tile's layer").isSameAs(cs.layer(FeatureKind.BUILDING));
            assertThat(((TriangleMesh) proxy.getMesh()).getFaces().size() / 6).as("one-sided box without bottom").isEqualTo(10);
            assertThat(cs.proxyTileCount()).isPositive();
            assertThat(cs.fullTileCount()).isPositive();

            cs.setLevelOfDetail(0, 0);
            assertThat(far.isVisible()).as("LOD off: full again").isTrue();
            assertThat(proxy.isVisible()).isFalse();
            return null;
        });
    }

    @Test
    void proxyBoxesFaceOutwards() throws Exception {
        Image shot = onFx(() -> {
            CityScene cs = grid(1);
            cs.setLevelOfDetail(1e9, 0); // every tile as boxes
            cs.camera().oblique(Envelope.of(-20, -20, 0, 20, 20, 30));
            cs.settleTiles();
            assertThat(cs.proxyTileCount()).isEqualTo(1);
            Image img = SceneSnapshots.render(cs, 320, 200);
            SceneSnapshots.writePng(img, Path.of("target/test-shots/residency-proxy.png"));
            return img;
        });
        assertThat(share(shot, FxTestSupport::isBuilding)).as("box top and walls drawn from outside").isGreaterThan(0.3);
        assertThat(FxTestSupport.isBuilding(shot.getPixelReader().getColor(160, 100))).as("the top, seen from above").isTrue();
    }

    @Test
    void farBoxesAreMadeAFewPerPassAndAllArriveWithinAFewPulses() throws Exception {
        int n = 4;
        CityScene cs = onFx(() -> {
            CityScene scene = grid(n);
            scene.setProxyTrianglesPerPass(1); // one tile's boxes per pass
            scene.setLevelOfDetail(0, 0); // no boxes while the camera is framed
            scene.camera().oblique(Envelope.of(-20, -20, 0, (n - 1) * SPACING + 20, (n - 1) * SPACING + 20, 30));
            scene.settleTiles();
            assertThat(proxies(scene)).isZero();
            scene.setLevelOfDetail(1e9, 0); // every tile as boxes, from the next pass on
            assertThat(proxies(scene)).as("one pass made one tile's boxes").isEqualTo(1);
            return scene;
        });
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> onFx(() -> proxies(cs)) == n * n);
        assertThat(onFx(cs::proxyTileCount)).isEqualTo(n * n);
    }

    @Test
    void aPictureRenderedOffScreenWaitsForEveryBoxNotForLaterPulses() throws Exception {
        int n = 4;
        int[] made = new int[3];
        boolean[] pendingAfter = new boolean[1];
        onFx(() -> {
            CityScene scene = grid(n); // not in a window: the snapshot command's case
            scene.setProxyTrianglesPerPass(1); // one tile's boxes per pass
            scene.setLevelOfDetail(1e9, 0); // every tile as boxes
            made[0] = proxies(scene);
            SceneSnapshots.render(scene, 320, 200);
            made[1] = proxies(scene); // counted in the same FX event: no pulse came between
            pendingAfter[0] = scene.tilesSettling();
            scene.settleTiles();
            made[2] = proxies(scene);
            return null;
        });
        assertThat(made[0]).as("before the picture, one pass's boxes").isEqualTo(1);
        assertThat(made[1]).as("the picture's tiles in view all have their boxes").isGreaterThan(1).isEqualTo(made[2]);
        assertThat(pendingAfter[0]).as("no pass left for a later pulse").isFalse();
    }

    private static int proxies(CityScene cs) {
        int made = 0;
        for (Node node : cs.layer(FeatureKind.BUILDING).getChildren()) {
            if (node instanceof MeshView v && v.getUserData() instanceof TileMesh && TileResidency.proxyOf(v) != null) made++;
        }
        return made;
    }

    private static long residentBytes(CityScene cs) {
        long sum = 0;
        for (Node n : cs.layer(FeatureKind.BUILDING).getChildren()) {
            if (n instanceof MeshView v && v.getUserData() instanceof TileMesh m && TileMeshViews.isResident(v)) {
                sum += TileMeshViews.residentBytes(m);
            }
        }
        return sum;
    }

    private static double share(Image img, java.util.function.Predicate<Color> test) {
        int hits = 0, total = 0;
        for (int y = (int) (img.getHeight() / 3); y < img.getHeight() * 2 / 3; y++) {
            for (int x = (int) (img.getWidth() / 3); x < img.getWidth() * 2 / 3; x++) {
                total++;
                if (test.test(img.getPixelReader().getColor(x, y))) hits++;
            }
        }
        return (double) hits / total;
    }
}
