package org.citytwin.ui.navigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.citytwin.scene.FxTestSupport.onFx;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point3D;
import javafx.scene.layout.StackPane;
import org.citytwin.model.FeatureKind;
import org.citytwin.scene.CameraRig;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.FxTestSupport;
import org.citytwin.scene.TestMeshes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Compass, scale bar and the navigation menu wiring (no window needed). */
class NavigationToolsTest {

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    @Test
    void compassNeedleTurnsAgainstTheHeadingAndAClickTurnsNorthUp() throws Exception {
        CityScene scene = onFx(() -> new CityScene(800, 600));
        NavigationTools nav = onFx(() -> {
            scene.addMeshes(List.of(TestMeshes.box(FeatureKind.BUILDING, 0, 0, 0, 40, 40, 20)), null);
            NavigationTools n = NavigationTools.install(new StackPane(scene.viewport()), scene);
            scene.camera().lookAt(new Point3D(0, 0, 0), 0, 45, 100);
            assertThat(n.compass().needleRotation()).isCloseTo(0, within(1e-9));
            scene.camera().lookAt(new Point3D(0, 0, 0), 90, 45, 100); // looking east: north is to the left
            assertThat(n.compass().needleRotation()).isCloseTo(-90, within(1e-9));
            scene.camera().orbit(45, 0);
            assertThat(n.compass().needleRotation()).isCloseTo(-135, within(1e-9));
            n.northUp();
            return n;
        });
        // north-up flies there: wait for the flight's end, then check where it stands
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> Math.abs(scene.camera().heading() % 360) < 1e-6 && Math.abs(scene.camera().pitch() - 45) < 1e-6));
        onFx(() -> {
            assertThat(scene.camera().heading() % 360).isCloseTo(0, within(1e-6));
            assertThat(scene.camera().pitch()).isCloseTo(45, within(1e-6));
            assertThat(nav.compass().needleRotation() % 360).isCloseTo(0, within(1e-6));
            return null;
        });
    }

    @Test
    void scaleBarPicksARoundLengthThatFits() {
        assertThat(ScaleBarView.niceLength(1, 120)).isEqualTo(100);
        assertThat(ScaleBarView.niceLength(0.5, 120)).isEqualTo(50);
        assertThat(ScaleBarView.niceLength(0.2, 120)).isEqualTo(20);
        assertThat(ScaleBarView.niceLength(2, 120)).isEqualTo(200);
        assertThat(ScaleBarView.niceLength(4.5, 120)).isEqualTo(500);
        assertThat(ScaleBarView.niceLength(9, 120)).isEqualTo(1000);
        assertThat(ScaleBarView.niceLength(0.09, 120)).isEqualTo(10);
        assertThat(ScaleBarView.format(1000)).isEqualTo("1 km");
        assertThat(ScaleBarView.format(2000)).isEqualTo("2 km");
        assertThat(ScaleBarView.format(50)).isEqualTo("50 m");
        assertThat(ScaleBarView.format(0.5)).isEqualTo("50 cm");
    }

    @Test
    void scaleBarFollowsTheCameraDistance() throws Exception {
        onFx(() -> {
            CameraRig rig = new CameraRig();
            rig.setViewport(800, 600);
            ScaleBarView bar = new ScaleBarView(rig);
            // 30 degree vertical field of view: at 1000 m the 600 px view spans 2*1000*tan(15°) = 535.9 m, 0.893 m/px
            rig.lookAt(new Point3D(0, 0, 0), 0, 60, 1000);
            assertThat(rig.metresPerPixel()).isCloseTo(0.8932, within(1e-3));
            assertThat(bar.metres()).isEqualTo(100); // 120 px = 107 m
            assertThat(bar.text()).isEqualTo("100 m");
            rig.zoom(10);
            assertThat(bar.metres()).isEqualTo(1000);
            assertThat(bar.text()).isEqualTo("1 km");
            rig.zoom(0.01);
            assertThat(bar.metres()).isEqualTo(10);
            return null;
        });
    }
}
