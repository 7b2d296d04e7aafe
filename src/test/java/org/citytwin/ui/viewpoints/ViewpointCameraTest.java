package org.citytwin.ui.viewpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.citytwin.scene.FxTestSupport.onFx;
import static org.citytwin.scene.FxTestSupport.startFx;

import javafx.geometry.Point3D;
import org.citytwin.geo.LocalProjection;
import org.citytwin.model.LocalFrame;
import org.citytwin.scene.CameraRig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CameraRig state ↔ a viewpoint's lat/lon/height/distance/heading/tilt, both ways, through a real local projection. */
class ViewpointCameraTest {
    static final LocalProjection TOKYO = new LocalProjection(new LocalFrame(35.5494, 139.7798));
    static final ViewpointCamera CAMERA = new ViewpointCamera(new ViewpointCamera.Frame() {
        public double[] toLatLon(double x, double y) { return TOKYO.toLatLon(x, y); }
        public double[] toLocal(double lat, double lon) { return TOKYO.toLocal(lat, lon); }
    });

    @BeforeAll
    static void fx() throws Exception {
        startFx();
    }

    @Test
    void rigToViewpointGivesTheLookAtPointInLatLonAndTheSameAngles() throws Exception {
        ViewpointCamera.Pose pose = onFx(() -> {
            CameraRig rig = new CameraRig();
            rig.lookAt(rig.toView(350, -420, 12.5), 90, 30, 640);
            // heading 90 = looking east: the eye stands west of the target, above it
            Point3D eye = rig.toLocal(rig.position());
            assertThat(eye.getX()).isLessThan(350);
            assertThat(eye.getY()).isCloseTo(-420, within(1e-6));
            assertThat(eye.getZ()).isCloseTo(12.5 + 640 * Math.sin(Math.toRadians(30)), within(1e-6));
            return CAMERA.capture(rig);
        });
        double[] ll = TOKYO.toLatLon(350, -420);
        assertThat(pose.lat()).isCloseTo(ll[0], within(1e-9));
        assertThat(pose.lon()).isCloseTo(ll[1], within(1e-9));
        assertThat(pose.height()).isCloseTo(12.5, within(0.01));
        assertThat(pose.distance()).isCloseTo(640, within(0.01));
        assertThat(pose.heading()).isCloseTo(90, within(0.01));
        assertThat(pose.tilt()).isCloseTo(30, within(0.01));
    }

    @Test
    void viewpointToRigAndBackAgreesWithin1cmAndAHundredthOfADegree() throws Exception {
        ViewpointCamera.Pose wanted = new ViewpointCamera.Pose(35.5521, 139.7755, 18.2, 812.5, 247.3, 61.4);
        Object[] result = onFx(() -> {
            CameraRig rig = new CameraRig();
            assertThat(CAMERA.apply(rig, wanted)).isTrue();
            return new Object[] {rig.toLocal(rig.target()), rig.heading(), rig.pitch(), rig.distance(), CAMERA.capture(rig)};
        });
        Point3D local = (Point3D) result[0];
        double[] xy = TOKYO.toLocal(wanted.lat(), wanted.lon());
        assertThat(local.getX()).isCloseTo(xy[0], within(0.01));
        assertThat(local.getY()).isCloseTo(xy[1], within(0.01));
        assertThat(local.getZ()).isCloseTo(18.2, within(0.01));
        assertThat((double) result[1]).isCloseTo(247.3, within(0.01));
        assertThat((double) result[2]).isCloseTo(61.4, within(0.01));
        assertThat((double) result[3]).isCloseTo(812.5, within(0.01));
        ViewpointCamera.Pose back = (ViewpointCamera.Pose) result[4];
        // 1 cm is about 9e-8 degrees of latitude
        assertThat(back.lat()).isCloseTo(wanted.lat(), within(1e-7));
        assertThat(back.lon()).isCloseTo(wanted.lon(), within(1e-7));
        assertThat(back.height()).isCloseTo(wanted.height(), within(0.01));
        assertThat(back.heading()).isCloseTo(wanted.heading(), within(0.01));
        assertThat(back.tilt()).isCloseTo(wanted.tilt(), within(0.01));
    }

    @Test
    void noFrameYetMeansNoViewpoint() throws Exception {
        ViewpointCamera none = new ViewpointCamera(new ViewpointCamera.Frame() {
            public double[] toLatLon(double x, double y) { return null; }
            public double[] toLocal(double lat, double lon) { return null; }
        });
        assertThat(onFx(() -> none.capture(new CameraRig()))).isNull();
        assertThat(onFx(() -> none.apply(new CameraRig(), new ViewpointCamera.Pose(35, 139, 0, 10, 0, 45)))).isFalse();
    }
}
