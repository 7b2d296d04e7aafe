package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.citytwin.scene.FxTestSupport.onFx;

import java.util.List;
import javafx.geometry.Point3D;
import org.citytwin.model.FeatureKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** First-person walk mode: eye height above the surface under the eye, moves, exit back to orbit. */
class WalkControllerTest {

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    private static CityScene plaza() {
        CityScene scene = new CityScene(800, 600);
        // a wide flat box 10 m high (a podium) with a 4 m step next to it, and a 30 m tower on the podium
        scene.addMeshes(List.of(TestMeshes.box(FeatureKind.BUILDING, 0, 0, 0, 200, 200, 10),
                TestMeshes.box(FeatureKind.BUILDING, 200, 0, 0, 300, 200, 4),
                TestMeshes.box(FeatureKind.BUILDING, 150, 150, 10, 190, 190, 30)), null);
        return scene;
    }

    @Test
    void theEyeStaysEyeHeightAboveTheFlatBoxTopWhileWalking() throws Exception {
        onFx(() -> {
            CityScene scene = plaza();
            CameraRig rig = scene.camera();
            rig.lookAt(rig.toView(50, 50, 10), 0, 45, 200); // orbiting above the podium, looking north
            WalkController walk = new WalkController(scene);
            walk.enter();
            assertThat(walk.isActive()).isTrue();
            assertThat(walk.eye().getZ()).isCloseTo(10 + WalkController.EYE_HEIGHT, within(1e-3));
            assertThat(rig.toLocal(rig.position()).getZ()).as("the camera is at the eye").isCloseTo(11.6, within(1e-3));
            walk.move(30, 0); // 30 m north
            walk.move(0, 20); // 20 m east
            assertThat(walk.eye().getX()).isCloseTo(70, within(1e-6));
            assertThat(walk.eye().getY()).isCloseTo(80, within(1e-6));
            assertThat(walk.eye().getZ()).isCloseTo(11.6, within(1e-3));
            Point3D cam = rig.toLocal(rig.position());
            assertThat(cam.getX()).isCloseTo(70, within(1e-3));
            assertThat(cam.getZ()).isCloseTo(11.6, within(1e-3));
            // held keys for one second at walking speed, like the frame timer does
            walk.look(0, 0);
            double y0 = walk.eye().getY();
            for (int i = 0; i < 10; i++) {
                walk.move(WalkController.WALK_SPEED * 0.1, 0);
            }
            assertThat(walk.eye().getY() - y0).isCloseTo(WalkController.WALK_SPEED, within(1e-6));
            assertThat(walk.eye().getZ()).isCloseTo(11.6, within(1e-3));
            return null;
        });
    }

    @Test
    void walkingOffTheEdgeStepsDownAndOutOfTheDataFallsBackToTheLowestBase() throws Exception {
        onFx(() -> {
            CityScene scene = plaza();
            scene.camera().lookAt(scene.camera().toView(190, 100, 10), 90, 45, 200); // looking east
            WalkController walk = new WalkController(scene);
            walk.enter();
            assertThat(walk.eye().getZ()).isCloseTo(11.6, within(1e-3));
            walk.move(20, 0); // off the podium onto the 4 m step
            assertThat(walk.eye().getX()).isCloseTo(210, within(1e-6));
            assertThat(walk.eye().getZ()).isCloseTo(5.6, within(1e-3));
            walk.move(200, 0); // beyond the data
            assertThat(walk.eye().getZ()).isCloseTo(1.6, within(1e-3));
            return null;
        });
    }

    @Test
    void lookingAroundAndLeavingReturnsToOrbitAboutTheLookedAtPoint() throws Exception {
        onFx(() -> {
            CityScene scene = plaza();
            CameraRig rig = scene.camera();
            rig.lookAt(rig.toView(100, 20, 10), 0, 45, 200);
            WalkController walk = new WalkController(scene);
            walk.enter();
            walk.look(50, -20); // turn right 10 degrees, look up 4 degrees
            assertThat(walk.heading()).isCloseTo(10, within(1e-6));
            assertThat(walk.pitch()).isCloseTo(1, within(1e-6));
            walk.look(0, 1000);
            assertThat(walk.pitch()).isCloseTo(85, within(1e-6));
            walk.look(0, -480); // level again: 85 - 96 = -11, looking up
            assertThat(rig.pitch()).isCloseTo(-11, within(1e-6));
            walk.exit();
            assertThat(walk.isActive()).isFalse();
            assertThat(rig.heading()).as("back to the heading from before walking").isCloseTo(0, within(1e-9));
            assertThat(rig.pitch()).isCloseTo(45, within(1e-9));
            assertThat(rig.distance()).isCloseTo(200, within(1e-9));
            return null;
        });
    }

    private static double[] cameraMatrix(CameraRig rig) {
        javafx.scene.transform.Affine a = (javafx.scene.transform.Affine) rig.camera().getTransforms().get(0);
        return new double[] {a.getMxx(), a.getMxy(), a.getMxz(), a.getTx(), a.getMyx(), a.getMyy(), a.getMyz(),
            a.getTy(), a.getMzx(), a.getMzy(), a.getMzz(), a.getTz(), rig.camera().getFieldOfView()};
    }

    @Test
    void holdingWMovesWalkingSpeedTimesElapsedTimeAndShiftTenTimesThat() throws Exception {
        onFx(() -> {
            CityScene scene = plaza();
            CameraRig rig = scene.camera();
            rig.lookAt(rig.toView(50, 20, 10), 0, 45, 200); // on the podium, looking north
            WalkController walk = new WalkController(scene);
            walk.enter();
            walk.hold(javafx.scene.input.KeyCode.W, true);
            double y0 = walk.eye().getY();
            // 2.5 s of frames of uneven length: distance follows elapsed time, not the number of frames
            double[] frames = {0.016, 0.033, 0.05, 0.001, 0.1};
            double t = 0;
            for (int i = 0; i < 25; i++) {
                walk.step(frames[i % frames.length]);
                t += frames[i % frames.length];
            }
            assertThat(walk.eye().getY() - y0).isCloseTo(1.4 * t, within(1e-9));
            walk.setRunning(true);
            double y1 = walk.eye().getY();
            for (int i = 0; i < 10; i++) walk.step(0.05); // 0.5 s running
            assertThat(walk.eye().getY() - y1).isCloseTo(14 * 0.5, within(1e-9));
            walk.hold(javafx.scene.input.KeyCode.W, false);
            double y2 = walk.eye().getY();
            walk.step(1);
            assertThat(walk.eye().getY()).as("no key held: standing still").isEqualTo(y2);
            return null;
        });
    }

    @Test
    void leavingRestoresExactlyTheViewFromBeforeWalking() throws Exception {
        onFx(() -> {
            CityScene scene = plaza();
            CameraRig rig = scene.camera();
            rig.lookAt(rig.toView(120, 60, 10), 137.5, 33, 420);
            Point3D target = rig.target();
            double[] before = cameraMatrix(rig);
            WalkController walk = new WalkController(scene);
            walk.enter();
            walk.hold(javafx.scene.input.KeyCode.W, true);
            walk.hold(javafx.scene.input.KeyCode.D, true);
            walk.step(0.7);
            walk.look(120, -60);
            assertThat(cameraMatrix(rig)[3]).as("walking moved the camera").isNotCloseTo(before[3], within(1e-3));
            walk.exit();
            double[] after = cameraMatrix(rig);
            for (int i = 0; i < before.length; i++) {
                assertThat(after[i]).as("camera matrix element " + i).isCloseTo(before[i], within(1e-9));
            }
            assertThat(rig.target().distance(target)).isLessThan(1e-9);
            assertThat(rig.heading()).isCloseTo(137.5, within(1e-9));
            assertThat(rig.pitch()).isCloseTo(33, within(1e-9));
            assertThat(rig.distance()).isCloseTo(420, within(1e-9));
            return null;
        });
    }
}
