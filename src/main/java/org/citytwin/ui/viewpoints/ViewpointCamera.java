package org.citytwin.ui.viewpoints;

import javafx.geometry.Point3D;
import org.citytwin.scene.CameraRig;

/**
 * The window's side of a viewpoint's camera: capturing the rig's state as a pose and flying to one; the look-at
 * conversion itself is {@link org.citytwin.scene.ViewpointCamera}'s, shared with {@code tour} and {@code report}. Both use the same angles (heading:
 * the compass direction looked at, clockwise from north; pitch/tilt: degrees below the horizon), so only the look-at
 * point is converted: rig view space → local frame (x east, y north, z up) → latitude/longitude via the loader's frame,
 * with the local z as the height.
 */
public final class ViewpointCamera {

    /** The loader's frame (DatasetLoader::toLatLon / ::toLocal); both answer null while nothing is loaded. */
    public interface Frame {
        double[] toLatLon(double x, double y);

        double[] toLocal(double lat, double lon);
    }

    /** lat, lon, height (m), distance (m), heading (deg), tilt (deg, 0–90). */
    public record Pose(double lat, double lon, double height, double distance, double heading, double tilt) {
    }

    private final Frame frame;

    public ViewpointCamera(Frame frame) {
        this.frame = frame;
    }

    /** The loader's frame (for the other lat/lon points a viewpoint stores, such as a pit's corners). */
    public Frame frame() {
        return frame;
    }

    /** Where the rig looks now, or null while there is no frame. A look from below is stored as horizontal (tilt 0). */
    public Pose capture(CameraRig rig) {
        Point3D local = rig.toLocal(rig.target());
        double[] ll = frame.toLatLon(local.getX(), local.getY());
        if (ll == null) return null;
        double tilt = Math.max(0, Math.min(90, rig.pitch()));
        return new Pose(ll[0], ll[1], local.getZ(), rig.distance(), rig.heading(), tilt);
    }

    /** The rig's look-at point (view space) for a pose, or null while there is no frame. */
    public Point3D target(CameraRig rig, double lat, double lon, double height) {
        return org.citytwin.scene.ViewpointCamera.target(rig, frame::toLocal, lat, lon, height); // the same way tours render
    }

    /** Puts the rig at the pose at once; false while there is no frame. */
    public boolean apply(CameraRig rig, Pose pose) {
        Point3D t = target(rig, pose.lat(), pose.lon(), pose.height());
        if (t == null) return false;
        rig.lookAt(t, pose.heading(), pose.tilt(), pose.distance());
        return true;
    }

    /** Flies the rig to the pose (CameraFlight); null while there is no frame. */
    public org.citytwin.scene.CameraFlight flyTo(CameraRig rig, Pose pose) {
        return flyTo(rig, pose, org.citytwin.scene.CameraFlight.DURATION);
    }

    /** As {@link #flyTo(CameraRig, Pose)}, taking {@code duration}. */
    public org.citytwin.scene.CameraFlight flyTo(CameraRig rig, Pose pose, javafx.util.Duration duration) {
        Point3D t = target(rig, pose.lat(), pose.lon(), pose.height());
        return t == null ? null : rig.flyTo(t, pose.heading(), pose.tilt(), pose.distance(), duration);
    }

    public static Pose of(org.citytwin.scenario.Viewpoint v) {
        return new Pose(v.lat(), v.lon(), v.height(), v.distance(), v.heading(), v.tilt());
    }
}
