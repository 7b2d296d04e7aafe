package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Point3D;
import org.citytwin.scenario.Viewpoint;
import org.junit.jupiter.api.Test;

/** Viewpoint (lat/lon/height, distance, heading from north, tilt down) to the rig: where the eye ends up. */
class ViewpointCameraTest {

    /** A toy frame: 1e-3 degree = 100 m, origin at 35N 139E. */
    private static final ViewpointCamera.ToLocal FRAME = (lat, lon) -> new double[] {(lon - 139) * 1e5, (lat - 35) * 1e5};

    private static Point3D eye(double heading, double tilt) {
        CameraRig rig = new CameraRig();
        Viewpoint v = Viewpoint.camera("v", null, 35.001, 139.002, 10, 100, heading, tilt, null);
        assertThat(ViewpointCamera.apply(rig, FRAME, v)).isTrue();
        assertThat(rig.heading()).isCloseTo(((heading % 360) + 360) % 360, within(1e-9));
        return rig.toLocal(rig.position()); // local frame: x east, y north, z up
    }

    @Test
    void straightDownIsAboveTheLookAtPoint() {
        Point3D e = eye(0, 90);
        assertThat(e.getX()).isCloseTo(200, within(1e-6));
        assertThat(e.getY()).isCloseTo(100, within(1e-6));
        assertThat(e.getZ()).isCloseTo(110, within(1e-6));
    }

    @Test
    void headingIsWhereTheCameraLooksClockwiseFromNorth() {
        Point3D north = eye(0, 30); // looking north: the eye is south of the target, 100 m away, 50 m up
        assertThat(north.getX()).isCloseTo(200, within(1e-6));
        assertThat(north.getY()).isCloseTo(100 - 100 * Math.cos(Math.toRadians(30)), within(1e-6));
        assertThat(north.getZ()).isCloseTo(10 + 50, within(1e-6));
        Point3D east = eye(90, 30); // looking east: the eye is west of the target
        assertThat(east.getX()).isCloseTo(200 - 100 * Math.cos(Math.toRadians(30)), within(1e-6));
        assertThat(east.getY()).isCloseTo(100, within(1e-6));
        Point3D west = eye(-90, 30); // -90 = 270, looking west
        assertThat(west.getX()).isCloseTo(200 + 100 * Math.cos(Math.toRadians(30)), within(1e-6));
    }

    @Test
    void theLookAtPointProjectsToTheViewCentre() {
        CameraRig rig = new CameraRig();
        rig.setViewport(640, 480);
        Viewpoint v = Viewpoint.camera("v", null, 35.001, 139.002, 10, 100, 45, 40, null);
        ViewpointCamera.apply(rig, FRAME, v);
        double[] px = rig.project(rig.toView(200, 100, 10));
        assertThat(px[0]).isCloseTo(320, within(1e-6));
        assertThat(px[1]).isCloseTo(240, within(1e-6));
        assertThat(ViewpointCamera.apply(new CameraRig(), (lat, lon) -> null, v)).isFalse();
    }
}
