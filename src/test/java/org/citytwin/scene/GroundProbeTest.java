package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citytwin.scene.FxTestSupport.onFx;

import java.util.List;
import org.assertj.core.data.Offset;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ray straight down used by "height above ground", on synthetic boxes (FX toolkit, no window). */
class GroundProbeTest {

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    @Test
    void findsTheSurfaceBelowSkippingThePickedObjectOrFallsBackToItsBase() throws Exception {
        onFx(() -> {
            CityScene scene = new CityScene(800, 600);
            TileMesh t = TestMeshes.box(FeatureKind.TERRAIN, -100, -100, -2, 100, 100, 3);
            TileMesh terrain = new TileMesh(t.kind(), 0, 0, t.points(), t.triangles(), t.faceObject(), List.of("dem"));
            // tower stands on a podium; the podium roof is the "ground" under the tower's roof when the tower is excluded
            TileMesh buildings = PickerTest.merged(PickerTest.box("podium", 0, 0, 3, 40, 40, 10),
                    PickerTest.box("tower", 10, 10, 10, 20, 20, 60), PickerTest.box("far", 500, 500, 4, 510, 510, 20));
            scene.addMeshes(List.of(terrain, buildings), null);
            GroundProbe probe = new GroundProbe(scene);
            GroundProbe.Ground g = probe.below(15, 15, 60, "tower");
            assertThat(g.found()).isTrue();
            assertThat(g.z()).isCloseTo(10, Offset.offset(1e-4));
            g = probe.below(30, 30, 10, "podium"); // on the podium roof: terrain below
            assertThat(g.found()).isTrue();
            assertThat(g.z()).isCloseTo(3, Offset.offset(1e-4));
            g = probe.below(505, 505, 20, "far"); // off the terrain: the object's own base
            assertThat(g.found()).isFalse();
            assertThat(g.z()).isCloseTo(4, Offset.offset(1e-4));
            return null;
        });
    }
}
