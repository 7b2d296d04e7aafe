package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citytwin.scene.FxTestSupport.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our own ray cast against a synthetic scene of boxes (no window needed, only the FX toolkit). */
class PickerTest {

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    static TileMesh box(String id, double x0, double y0, double z0, double x1, double y1, double z1) {
        TileMesh b = TestMeshes.box(FeatureKind.BUILDING, x0, y0, z0, x1, y1, z1);
        return new TileMesh(b.kind(), 0, 0, b.points(), b.triangles(), b.faceObject(), List.of(id));
    }

    /** Several boxes merged into one tile mesh, as the tiler does: faceObject tells them apart. */
    static TileMesh merged(TileMesh... boxes) {
        float[] p = new float[0];
        int[] t = new int[0], f = new int[0];
        List<String> ids = new ArrayList<>();
        for (TileMesh b : boxes) {
            int base = p.length / 3;
            p = concat(p, b.points());
            int[] shifted = b.triangles().clone();
            for (int i = 0; i < shifted.length; i++) shifted[i] += base;
            t = concat(t, shifted);
            int[] owner = new int[b.triangleCount()];
            java.util.Arrays.fill(owner, ids.size());
            f = concat(f, owner);
            ids.add(b.objectIds().get(0));
        }
        return new TileMesh(FeatureKind.BUILDING, 0, 0, p, t, f, ids);
    }

    private static float[] concat(float[] a, float[] b) {
        float[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static double[] screenOf(CityScene scene, double x, double y, double z) {
        return scene.camera().project(scene.camera().toView(x, y, z));
    }

    @Test
    void clickingABoxOnScreenReturnsItsIdAndMissingEverythingReturnsEmpty() throws Exception {
        onFx(() -> {
            CityScene scene = new CityScene(800, 600);
            scene.addMeshes(List.of(merged(box("A", 0, 0, 0, 20, 20, 10), box("B", 60, 0, 0, 80, 20, 30)),
                    box("C", 0, 60, 0, 20, 80, 5)), null);
            scene.oblique();
            Picker picker = new Picker(scene);
            for (String[] c : new String[][] {{"A", "10", "10", "10"}, {"B", "70", "10", "30"}, {"C", "10", "70", "5"}}) {
                double[] s = screenOf(scene, Double.parseDouble(c[1]), Double.parseDouble(c[2]), Double.parseDouble(c[3]));
                Optional<Picker.Hit> hit = picker.pick(s[0], s[1]);
                assertThat(hit).as("roof centre of " + c[0]).isPresent();
                assertThat(hit.get().objectId()).isEqualTo(c[0]);
                assertThat(hit.get().kind()).isEqualTo(FeatureKind.BUILDING);
                assertThat(hit.get().z()).as("hit on the roof of " + c[0]).isCloseTo(Double.parseDouble(c[3]),
                        org.assertj.core.data.Offset.offset(0.01));
            }
            assertThat(picker.pick(2, 2)).as("sky in the top-left corner").isEmpty();
            return null;
        });
    }

    @Test
    void theNearestOfTwoBoxesBehindEachOtherWinsAndHiddenLayersAreSkipped() throws Exception {
        onFx(() -> {
            CityScene scene = new CityScene(800, 600);
            // looking straight down: the tall box "top" sits inside the footprint of the low, wide box "low"
            scene.addMeshes(List.of(box("low", 0, 0, 0, 40, 40, 10), box("tall", 15, 15, 0, 25, 25, 50)), null);
            scene.top();
            Picker picker = new Picker(scene);
            double[] s = screenOf(scene, 20, 20, 0);
            assertThat(picker.pick(s[0], s[1]).map(Picker.Hit::objectId)).contains("tall");
            assertThat(picker.pick(s[0], s[1]).get().z()).isCloseTo(50, org.assertj.core.data.Offset.offset(0.01));
            double[] edge = screenOf(scene, 5, 5, 10);
            assertThat(picker.pick(edge[0], edge[1]).map(Picker.Hit::objectId)).contains("low");
            scene.layer(FeatureKind.BUILDING).setVisible(false);
            assertThat(picker.pick(s[0], s[1])).isEmpty();
            return null;
        });
    }

    @Test
    void picksTheMeshesSwappedInByReplaceKind() throws Exception {
        onFx(() -> {
            CityScene scene = new CityScene(800, 600);
            scene.addMeshes(List.of(box("old", 0, 0, 0, 40, 40, 10)), null);
            scene.top();
            Picker picker = new Picker(scene);
            double[] s = screenOf(scene, 20, 20, 0);
            assertThat(picker.pick(s[0], s[1]).map(Picker.Hit::objectId)).contains("old");
            scene.replaceKind(FeatureKind.BUILDING, List.of(box("new", 10, 10, 0, 30, 30, 12)));
            assertThat(picker.pick(s[0], s[1]).map(Picker.Hit::objectId)).contains("new");
            SelectionHighlight highlight = new SelectionHighlight(scene);
            assertThat(highlight.show(FeatureKind.BUILDING, "new")).isEqualTo(12);
            assertThat(scene.overlay().getChildren()).hasSize(1);
            highlight.clear();
            assertThat(scene.overlay().getChildren()).isEmpty();
            return null;
        });
    }
}
