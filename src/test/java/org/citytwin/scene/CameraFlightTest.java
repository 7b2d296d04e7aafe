package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.citytwin.scene.FxTestSupport.onFx;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point3D;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Animated fly-to and orbiting about a picked pivot. */
class CameraFlightTest {

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    @Test
    void flyToEndsWithTheTargetAtTheEnvelopeCentreAndTheSameFramingAsFit() throws Exception {
        CameraRig rig = new CameraRig();
        Envelope env = new Envelope();
        env.include(100, 200, 0);
        env.include(300, 260, 40);
        CameraFlight flight = onFx(() -> {
            rig.setViewport(800, 600);
            rig.lookAt(new Point3D(0, 0, 0), 170, 60, 50);
            return rig.flyTo(env);
        });
        // the camera leaves its start on the way, and the 0.6 s flight finishes
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(rig::target).distance(new Point3D(0, 0, 0)) > 0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(flight::isFinished));
        Point3D centre = rig.toView(env.centerX(), env.centerY(), env.centerZ());
        assertThat(onFx(rig::target).distance(centre)).isLessThan(1e-6);
        assertThat(onFx(rig::heading)).isCloseTo(170, within(1e-6));
        assertThat(onFx(rig::pitch)).isCloseTo(60, within(1e-6));
        double flownDistance = onFx(rig::distance);
        onFx(() -> {
            rig.fitTo(env);
            return null;
        });
        assertThat(flownDistance).isCloseTo(onFx(rig::distance), within(1e-6));
    }

    @Test
    void easingStartsAndEndsSlowlyAndHeadingTurnsTheShortWay() throws Exception {
        onFx(() -> {
            CameraRig rig = new CameraRig();
            rig.lookAt(new Point3D(0, 0, 0), 350, 40, 100);
            CameraFlight f = rig.flyTo(new Point3D(100, 0, 0), 10, 40, 100);
            f.apply(0.5);
            assertThat(rig.heading()).isCloseTo(0, within(1e-6)); // 350 -> 10 through north, not through 180
            f.finish();
            assertThat(rig.target().distance(new Point3D(100, 0, 0))).isLessThan(1e-9);
            return null;
        });
    }

    @Test
    void orbitingAboutAPickedPointKeepsThatPointStillOnScreen() throws Exception {
        onFx(() -> {
            CityScene scene = new CityScene(800, 600);
            scene.addMeshes(List.of(TestMeshes.box(FeatureKind.BUILDING, 0, 0, 0, 40, 40, 20),
                    TestMeshes.box(FeatureKind.BUILDING, 200, 100, 0, 220, 120, 30)), null);
            scene.oblique();
            CameraRig rig = scene.camera();
            Picker picker = new Picker(scene);
            double[] s = rig.project(rig.toView(210, 110, 30));
            Picker.Hit hit = picker.pick(s[0], s[1]).orElseThrow();
            Point3D pivot = rig.toView(hit.x(), hit.y(), hit.z());
            double[] before = rig.project(pivot);
            Point3D targetBefore = rig.target();
            rig.orbitAbout(pivot, 40, 15);
            double[] after = rig.project(pivot);
            assertThat(after[0]).isCloseTo(before[0], within(0.5));
            assertThat(after[1]).isCloseTo(before[1], within(0.5));
            assertThat(rig.target().distance(targetBefore)).as("the camera turned about the pivot, not the target").isGreaterThan(1);
            return null;
        });
    }
}
