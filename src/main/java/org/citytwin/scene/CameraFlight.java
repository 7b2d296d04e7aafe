package org.citytwin.scene;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point3D;
import javafx.util.Duration;

/**
 * One animated camera move of a {@link CameraRig} (start it with {@code rig.flyTo(...)}): target moves in a
 * straight line, distance geometrically (zooming feels even), heading the short way round, pitch linearly, all
 * on one ease-in-out curve over {@link #DURATION}. FX thread.
 */
public final class CameraFlight {
    public static final Duration DURATION = Duration.millis(600);
    private final CameraRig rig;
    private final Point3D fromTarget, toTarget;
    private final double fromHeading, headingDelta, fromPitch, toPitch, fromDistance, toDistance;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final Timeline timeline;
    private boolean finished;

    CameraFlight(CameraRig rig, Point3D target, double heading, double pitch, double distance) {
        this(rig, target, heading, pitch, distance, DURATION);
    }

    /** @param duration how long the flight takes (a tour stop's flight time); at least 1 ms */
    CameraFlight(CameraRig rig, Point3D target, double heading, double pitch, double distance, Duration duration) {
        this.rig = rig;
        fromTarget = rig.target();
        toTarget = target;
        fromHeading = rig.heading();
        double dh = (heading - fromHeading) % 360;
        if (dh > 180) dh -= 360;
        if (dh < -180) dh += 360;
        headingDelta = dh;
        fromPitch = rig.pitch();
        toPitch = pitch;
        fromDistance = rig.distance();
        toDistance = distance;
        Duration d = duration == null || !(duration.toMillis() >= 1) ? Duration.millis(1) : duration;
        timeline = new Timeline(new KeyFrame(d, new KeyValue(progress, 1, Interpolator.EASE_BOTH)));
        progress.addListener((o, a, b) -> apply(b.doubleValue()));
        timeline.setOnFinished(e -> finish());
    }

    void play() {
        timeline.play();
    }

    void stop() {
        timeline.stop();
    }

    /** Jumps to the end state now. */
    public void finish() {
        timeline.stop();
        apply(1);
        finished = true;
    }

    public boolean isFinished() { return finished; }
    public Point3D endTarget() { return toTarget; }

    /** The camera at eased fraction s (0 = where it started, 1 = the destination). */
    void apply(double s) {
        Point3D t = fromTarget.add(toTarget.subtract(fromTarget).multiply(s));
        double d = fromDistance * Math.pow(toDistance / fromDistance, s);
        rig.lookAt(t, fromHeading + headingDelta * s, fromPitch + (toPitch - fromPitch) * s, d);
    }
}
