package org.citytwin.scene;

import javafx.geometry.Point3D;
import org.citytwin.scenario.Viewpoint;

/**
 * The one conversion from a saved viewpoint (look-at lat/lon/height, distance, heading clockwise from north, tilt down
 * from the horizon) to {@link CameraRig#lookAt}. The rig's heading is the compass direction the camera looks and its
 * pitch is degrees below the horizon, so both carry over unchanged; only the look-at point needs the data's frame.
 */
public final class ViewpointCamera {

    /** Latitude/longitude to the local frame (x east, y north, metres), e.g. DatasetLoader::toLocal; null when unknown. */
    @FunctionalInterface
    public interface ToLocal {
        double[] toLocal(double lat, double lon);
    }

    private ViewpointCamera() {
    }

    /** The look-at point in the rig's view space, or null when the data has no geographic frame. */
    public static Point3D target(CameraRig rig, ToLocal frame, double lat, double lon, double height) {
        double[] xy = frame.toLocal(lat, lon);
        return xy == null ? null : rig.toView(xy[0], xy[1], height);
    }

    /** Points the rig as the viewpoint says; false (rig untouched) when the data has no geographic frame. */
    public static boolean apply(CameraRig rig, ToLocal frame, Viewpoint v) {
        Point3D target = target(rig, frame, v.lat(), v.lon(), v.height());
        if (target == null) return false;
        rig.lookAt(target, v.heading(), v.tilt(), v.distance());
        return true;
    }
}
