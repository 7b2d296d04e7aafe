package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citytwin.scene.FxTestSupport.onFx;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.shape.MeshView;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tiles outside the camera's frustum are not drawn; what the camera sees is unchanged. */
class TileCullingTest {

    private static final int N = 5;
    private static final double SPACING = 200;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    /** A 5×5 grid of 40 m boxes 200 m apart, one tile each, tile (i, j) at (200·i, 200·j). */
    private static CityScene grid() {
        CityScene cs = new CityScene(320, 200);
        List<TileMesh> meshes = new ArrayList<>();
        for (int j = 0; j < N; j++) {
            for (int i = 0; i < N; i++) {
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

    /** Looks north at the centre tile from its south, close, so the south row is behind the camera. */
    private static void lookNorthAtCentre(CityScene cs, double heading) {
        CameraRig rig = cs.camera();
        rig.lookAt(rig.toView(2 * SPACING, 2 * SPACING, 10), heading, 20, 120);
    }

    @Test
    void tilesBehindTheCameraAreHiddenAndComeBackWhenItTurns() throws Exception {
        onFx(() -> {
            CityScene cs = grid();
            lookNorthAtCentre(cs, 0);
            assertThat(tile(cs, 2, 2).isVisible()).as("the tile looked at").isTrue();
            assertThat(tile(cs, 2, 4).isVisible()).as("straight ahead, 400 m north").isTrue();
            assertThat(tile(cs, 2, 0).isVisible()).as("behind the camera").isFalse();
            assertThat(tile(cs, 0, 4).isVisible() && tile(cs, 4, 4).isVisible())
                    .as("far corners outside a 30° view at 120 m").isFalse();
            int seen = cs.visibleTileCount();
            assertThat(seen).isBetween(2, N * N - 5);
            assertThat(cs.visibleTriangleCount()).isEqualTo(12L * seen);

            cs.camera().orbit(180, 0); // now looking south
            assertThat(tile(cs, 2, 0).isVisible()).as("ahead now").isTrue();
            assertThat(tile(cs, 2, 4).isVisible()).as("behind now").isFalse();

            cs.setCulling(false);
            assertThat(cs.visibleTileCount()).isEqualTo(N * N);
            assertThat(tile(cs, 2, 4).isVisible()).isTrue();
            return null;
        });
    }

    @Test
    void aFileHiddenByTheUserStaysHiddenWhenTheCameraSeesIt() throws Exception {
        onFx(() -> {
            CityScene cs = grid();
            lookNorthAtCentre(cs, 0);
            cs.setFileVisible(FeatureKind.BUILDING, "grid.gml", false);
            assertThat(tile(cs, 2, 2).isVisible()).isFalse();
            cs.camera().orbit(10, 0);
            assertThat(tile(cs, 2, 2).isVisible()).as("a camera move does not undo the user's choice").isFalse();
            assertThat(cs.visibleTileCount()).isZero();
            cs.setFileVisible(FeatureKind.BUILDING, "grid.gml", true);
            assertThat(tile(cs, 2, 2).isVisible()).isTrue();
            assertThat(tile(cs, 2, 0).isVisible()).as("still culled").isFalse();
            return null;
        });
    }

    @Test
    void cullingDoesNotChangeThePicture() throws Exception {
        FxTestSupport.requireScene3d();
        for (double heading : new double[] {0, 63, 180}) {
            CityScene culled = onFx(TileCullingTest::grid), full = onFx(TileCullingTest::grid);
            Image a = onFx(() -> {
                lookNorthAtCentre(culled, heading);
                return SceneSnapshots.render(culled, 320, 200);
            });
            Image b = onFx(() -> {
                full.setCulling(false);
                lookNorthAtCentre(full, heading);
                return SceneSnapshots.render(full, 320, 200);
            });
            assertThat(onFx(culled::visibleTileCount)).isLessThan(N * N);
            int differing = 0, building = 0;
            for (int y = 0; y < 200; y++) {
                for (int x = 0; x < 320; x++) {
                    if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) differing++;
                    if (FxTestSupport.isBuilding(b.getPixelReader().getColor(x, y))) building++;
                }
            }
            assertThat(building).as("buildings in view at heading " + heading).isGreaterThan(200);
            assertThat(differing).as("pixels that differ at heading " + heading).isZero();
        }
    }

    @Test
    void frustumKeepsASphereStraddlingTheEdgeAndDropsOneJustOutside() throws Exception {
        onFx(() -> {
            CameraRig rig = new CameraRig();
            rig.setViewport(400, 400);
            rig.lookAt(new Point3D(0, 0, 0), 0, 90, 100); // straight down from 100 m
            TileCulling.Frustum f = new TileCulling.Frustum(rig);
            double half = 100 * Math.tan(Math.toRadians(rig.camera().getFieldOfView() / 2)); // half width on the ground
            assertThat(f.mayContain(new TileCulling.Sphere(0, 0, 0, 1))).isTrue();
            assertThat(f.mayContain(new TileCulling.Sphere(half + 0.5, 0, 0, 1))).as("straddling").isTrue();
            assertThat(f.mayContain(new TileCulling.Sphere(half * 1.2 + 2, 0, 0, 1))).as("outside").isFalse();
            assertThat(f.mayContain(new TileCulling.Sphere(0, 0, 150, 10))).as("above the camera").isFalse();
            return null;
        });
    }
}
