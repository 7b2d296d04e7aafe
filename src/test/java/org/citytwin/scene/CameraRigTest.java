package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.citytwin.scene.FxTestSupport.onFx;
import static org.citytwin.scene.FxTestSupport.startFx;

import javafx.geometry.Point3D;
import org.citytwin.model.Envelope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CameraRigTest {

    @BeforeAll
    static void fx() throws Exception {
        startFx();
    }

    private static CameraRig rig() throws Exception {
        return onFx(() -> {
            CameraRig rig = new CameraRig();
            rig.setViewport(800, 600);
            rig.lookAt(new Point3D(0, 0, 0), 0, 45, 100);
            return rig;
        });
    }

    @Test
    void centrePixelLooksAtTheTarget() throws Exception {
        CameraRig rig = rig();
        Point3D p = rig.pointUnderCursor(400, 300);
        assertThat(p.distance(rig.target())).isLessThan(1e-6);
    }

    @Test
    void zoomTowardCursorMovesTargetTowardThePointUnderTheCursorAndKeepsItThere() throws Exception {
        CameraRig rig = rig();
        Point3D under = rig.pointUnderCursor(700, 150);
        double before = rig.target().distance(under);
        rig.zoomAt(700, 150, 0.5);
        assertThat(rig.distance()).isCloseTo(50, within(1e-9));
        assertThat(rig.target().distance(under)).isCloseTo(before * 0.5, within(1e-6));
        // the ground point stays under the cursor
        assertThat(rig.pointUnderCursor(700, 150).distance(under)).isLessThan(1e-6);
        // right half of the screen is east when looking north: the target moved east
        assertThat(rig.target().getX()).isGreaterThan(0);
    }

    @Test
    void zoomCannotGoThroughTheGround() throws Exception {
        CameraRig rig = rig();
        for (int i = 0; i < 100; i++) rig.zoomAt(400, 300, 0.5);
        assertThat(rig.distance()).isGreaterThanOrEqualTo(CameraRig.MIN_DISTANCE);
        assertThat(rig.camera().getNearClip()).isGreaterThanOrEqualTo(0.05);
    }

    @Test
    void fitToFramesEveryCornerOfTheEnvelope() throws Exception {
        CameraRig rig = rig();
        Envelope env = Envelope.of(1000, 2000, 5, 3000, 2600, 120);
        for (Runnable view : new Runnable[] {() -> rig.fitTo(env), () -> rig.top(env), () -> rig.oblique(env)}) {
            view.run();
            double minX = 1e9, maxX = -1e9, minY = 1e9, maxY = -1e9;
            for (int i = 0; i < 8; i++) {
                double[] px = rig.project(rig.toView((i & 1) == 0 ? env.minX() : env.maxX(),
                        (i & 2) == 0 ? env.minY() : env.maxY(), (i & 4) == 0 ? env.minZ() : env.maxZ()));
                assertThat(px).isNotNull();
                minX = Math.min(minX, px[0]);
                maxX = Math.max(maxX, px[0]);
                minY = Math.min(minY, px[1]);
                maxY = Math.max(maxY, px[1]);
            }
            assertThat(minX).isGreaterThanOrEqualTo(0);
            assertThat(maxX).isLessThanOrEqualTo(800);
            assertThat(minY).isGreaterThanOrEqualTo(0);
            assertThat(maxY).isLessThanOrEqualTo(600);
            // and it is not a postage stamp: the envelope spans most of the view one way or the other
            assertThat(Math.max((maxX - minX) / 800, (maxY - minY) / 600)).isGreaterThan(0.7);
            assertThat(rig.camera().getFarClip()).isGreaterThan(rig.distance() + env.diagonal());
        }
        assertThat(rig.pitch()).isEqualTo(CameraRig.OBLIQUE_PITCH);
    }

    @Test
    void pitchIsClampedSoTheViewCannotFlip() throws Exception {
        CameraRig rig = rig();
        rig.orbit(0, 500);
        assertThat(rig.pitch()).isEqualTo(90);
        rig.orbit(0, -500);
        assertThat(rig.pitch()).isGreaterThan(0);
    }
}
