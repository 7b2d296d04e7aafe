package org.citytwin.scene;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.geometry.Point3D;
import javafx.scene.PerspectiveCamera;
import javafx.scene.transform.Affine;
import org.citytwin.model.Envelope;

/**
 * A PerspectiveCamera orbiting a target point. All positions are in the scene root's JavaFX space
 * (x east, y down, z north, metres, relative to the scene origin). The camera transform is one Affine
 * built from our own basis vectors, so the ray math used for zoom-to-cursor matches the rendering exactly.
 *
 * <p>heading: compass direction the camera looks at (0 = north, 90 = east); pitch: degrees below the horizon.
 */
public final class CameraRig {
    public static final double OBLIQUE_HEADING = 22.5; // looking NNE = standing SSW of the target
    public static final double OBLIQUE_PITCH = 35;
    static final double MIN_PITCH = 2, MAX_PITCH = 90, MIN_DISTANCE = 1;
    /** Lowest pitch while looking from below is allowed: from under the ground, up at pipes and floors. */
    static final double MIN_PITCH_FROM_BELOW = -80;

    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final Affine transform = new Affine();
    private double tx, ty, tz;
    private double heading = OBLIQUE_HEADING, pitch = OBLIQUE_PITCH, distance = 500;
    private double sceneSize = 1000;
    private double minPitch = MIN_PITCH;
    private double viewWidth = 800, viewHeight = 600;
    // Scene origin in the local frame (x east, y north, z up), set by CityScene, used by fitTo.
    private double ox, oy, oz;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private CameraFlight flight;

    public CameraRig() {
        camera.getTransforms().setAll(transform);
        update();
    }

    public PerspectiveCamera camera() { return camera; }
    public Point3D target() { return new Point3D(tx, ty, tz); }
    public double distance() { return distance; }
    public double heading() { return heading; }
    public double pitch() { return pitch; }

    /** Counts camera moves: overlays (compass, scale bar) listen to it instead of polling. */
    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }
    public double viewWidth() { return viewWidth; }
    public double viewHeight() { return viewHeight; }

    /** Metres per screen pixel at the target's depth. */
    public double metresPerPixel() {
        return 2 * distance * Math.tan(Math.toRadians(camera.getFieldOfView() / 2)) / viewHeight;
    }

    /**
     * Like {@link #fitTo} but animated (about 0.6 s, ease in-out) from the current view; a running flight is
     * replaced. FX thread. Returns the flight (tests and callers can wait for it or {@code finish()} it).
     */
    public CameraFlight flyTo(Envelope env) {
        if (env == null || env.isEmpty()) return null;
        double[] from = state();
        fitTo(env);
        double[] to = state();
        restore(from);
        return flyTo(new Point3D(to[0], to[1], to[2]), to[3], to[4], to[5]);
    }

    /** Animated {@link #lookAt}. FX thread. */
    public CameraFlight flyTo(Point3D target, double heading, double pitch, double distance) {
        return flyTo(target, heading, pitch, distance, CameraFlight.DURATION);
    }

    /** Animated {@link #lookAt} taking {@code duration} (a tour stop's flight time). FX thread. */
    public CameraFlight flyTo(Point3D target, double heading, double pitch, double distance, javafx.util.Duration duration) {
        stopFlight();
        flight = new CameraFlight(this, target, normalize(heading), clamp(pitch, minPitch, MAX_PITCH),
                Math.max(MIN_DISTANCE, distance), duration);
        flight.play();
        return flight;
    }

    /** Whether an animated flight is under way (tests wait for its end rather than for a fixed time). FX thread. */
    public boolean isFlying() {
        return flight != null && !flight.isFinished();
    }

    /** Stops an animated flight where it is (user input takes over). */
    public void stopFlight() {
        if (flight != null) flight.stop();
        flight = null;
    }

    private double[] state() {
        return new double[] {tx, ty, tz, heading, pitch, distance, sceneSize};
    }

    private void restore(double[] s) {
        tx = s[0];
        ty = s[1];
        tz = s[2];
        heading = s[3];
        pitch = s[4];
        distance = s[5];
        sceneSize = s[6];
        update();
    }

    /**
     * Orbits about a pivot (view space), e.g. the picked point under the cursor: the whole camera turns rigidly
     * about it, so the pivot stays where it is on screen while heading and pitch change.
     */
    public void orbitAbout(Point3D pivot, double dHeading, double dPitch) {
        double[] r = right(), d = down(), f = forward();
        Point3D v = target().subtract(pivot);
        double a = dot(r, v), b = dot(d, v), c = dot(f, v);
        heading = normalize(heading + dHeading);
        pitch = clamp(pitch + dPitch, minPitch, MAX_PITCH);
        r = right();
        d = down();
        f = forward();
        tx = pivot.getX() + a * r[0] + b * d[0] + c * f[0];
        ty = pivot.getY() + a * r[1] + b * d[1] + c * f[1];
        tz = pivot.getZ() + a * r[2] + b * d[2] + c * f[2];
        update();
    }

    /**
     * First-person placement (walk mode): the eye at a view-space point looking along heading/pitch, where pitch
     * may also look up (down to -85, i.e. 85 degrees above the horizon). The target is 1 m ahead.
     */
    public void placeEye(Point3D eye, double heading, double pitch) {
        this.heading = normalize(heading);
        this.pitch = clamp(pitch, -85, MAX_PITCH);
        distance = MIN_DISTANCE;
        double[] f = forward();
        tx = eye.getX() + f[0] * distance;
        ty = eye.getY() + f[1] * distance;
        tz = eye.getZ() + f[2] * distance;
        update();
    }

    /**
     * Lets the orbit go below the horizon (camera under the target, looking up), for the underground view; off
     * again, a camera looking up is brought back to the lowest normal pitch.
     */
    public void setLookFromBelow(boolean on) {
        minPitch = on ? MIN_PITCH_FROM_BELOW : MIN_PITCH;
        if (pitch < minPitch) {
            pitch = minPitch;
            update();
        }
    }

    public boolean looksFromBelow() {
        return minPitch < MIN_PITCH;
    }

    public void setViewport(double width, double height) {
        if (width > 0 && height > 0) {
            viewWidth = width;
            viewHeight = height;
            revision.set(revision.get() + 1);
        }
    }

    void setOrigin(double x, double y, double z) {
        ox = x;
        oy = y;
        oz = z;
    }

    /** Local frame point (x east, y north, z up) to the JavaFX space the camera works in. */
    public Point3D toView(double x, double y, double z) {
        return new Point3D(x - ox, -(z - oz), y - oy);
    }

    /** JavaFX view-space point back to the local frame (x east, y north, z up): the inverse of {@link #toView}. */
    public Point3D toLocal(Point3D v) {
        return new Point3D(v.getX() + ox, v.getZ() + oy, -v.getY() + oz);
    }

    public void setSceneSize(double size) {
        sceneSize = Math.max(1, size);
        update();
    }

    public void lookAt(Point3D target, double heading, double pitch, double distance) {
        tx = target.getX();
        ty = target.getY();
        tz = target.getZ();
        this.heading = normalize(heading);
        this.pitch = clamp(pitch, minPitch, MAX_PITCH);
        this.distance = Math.max(MIN_DISTANCE, distance);
        update();
    }

    /** Frames the envelope (local frame) from the current direction: every corner lands inside the view. */
    public void fitTo(Envelope env) {
        if (env == null || env.isEmpty()) return;
        Point3D c = toView(env.centerX(), env.centerY(), env.centerZ());
        double[] f = forward(), r = right(), d = down();
        double t = Math.tan(Math.toRadians(camera.getFieldOfView() / 2));
        double aspect = viewWidth / viewHeight, margin = 0.85;
        double need = MIN_DISTANCE;
        for (int i = 0; i < 8; i++) {
            Point3D p = toView((i & 1) == 0 ? env.minX() : env.maxX(), (i & 2) == 0 ? env.minY() : env.maxY(),
                    (i & 4) == 0 ? env.minZ() : env.maxZ()).subtract(c);
            double a = dot(r, p), b = dot(d, p), depth = dot(f, p);
            // corner at depth (D + depth) must satisfy |a| <= (D + depth) * t * aspect * margin, same for b
            need = Math.max(need, Math.abs(a) / (t * aspect * margin) - depth);
            need = Math.max(need, Math.abs(b) / (t * margin) - depth);
        }
        sceneSize = Math.max(1, env.diagonal());
        lookAt(c, heading, pitch, need);
    }

    /** Straight down, north up, framing the envelope. */
    public void top(Envelope env) {
        heading = 0;
        pitch = MAX_PITCH;
        fitTo(env);
        update();
    }

    /** From the south-south-west, 35 degrees down, framing the envelope. */
    public void oblique(Envelope env) {
        heading = OBLIQUE_HEADING;
        pitch = OBLIQUE_PITCH;
        fitTo(env);
        update();
    }

    public void orbit(double dHeading, double dPitch) {
        heading = normalize(heading + dHeading);
        pitch = clamp(pitch + dPitch, minPitch, MAX_PITCH);
        update();
    }

    /** Moves the target horizontally by screen pixels ("grab the ground": content follows the mouse). */
    public void panPixels(double dx, double dy) {
        double perPixel = 2 * distance * Math.tan(Math.toRadians(camera.getFieldOfView() / 2)) / viewHeight;
        double h = Math.toRadians(heading);
        double[] r = right();
        // forward along the ground; divide by sin(pitch) so oblique drags keep up with the foreshortened ground
        double fwd = dy * perPixel / Math.max(0.3, Math.sin(Math.toRadians(pitch)));
        tx += -r[0] * dx * perPixel + Math.sin(h) * fwd;
        tz += -r[2] * dx * perPixel + Math.cos(h) * fwd;
        update();
    }

    /** Multiplies the distance by factor (&lt;1 zooms in) keeping the target. */
    public void zoom(double factor) {
        distance = Math.max(MIN_DISTANCE, distance * factor);
        update();
    }

    /**
     * Zooms toward the point under the cursor: the camera and target are scaled about that point, so it
     * stays under the cursor. The point is where the cursor ray meets the horizontal plane of the target
     * (or a point at target depth when the ray looks above the horizon).
     */
    public void zoomAt(double px, double py, double factor) {
        double newDistance = Math.max(MIN_DISTANCE, distance * factor);
        factor = newDistance / distance;
        Point3D p = pointUnderCursor(px, py);
        tx = p.getX() + (tx - p.getX()) * factor;
        ty = p.getY() + (ty - p.getY()) * factor;
        tz = p.getZ() + (tz - p.getZ()) * factor;
        distance = newDistance;
        update();
    }

    /** The ground point (target height plane) under a viewport pixel. */
    public Point3D pointUnderCursor(double px, double py) {
        double[] dir = ray(px, py);
        Point3D eye = position();
        double s = distance;
        if (dir[1] > 1e-6) {
            s = Math.min((ty - eye.getY()) / dir[1], 20 * distance); // do not jump to the horizon
        }
        return new Point3D(eye.getX() + dir[0] * s, eye.getY() + dir[1] * s, eye.getZ() + dir[2] * s);
    }

    /** Direction (not normalised) of the ray through viewport pixel (px, py). */
    public double[] ray(double px, double py) {
        double t = Math.tan(Math.toRadians(camera.getFieldOfView() / 2));
        double nx = (2 * px / viewWidth - 1) * t * viewWidth / viewHeight;
        double ny = (2 * py / viewHeight - 1) * t;
        double[] f = forward(), r = right(), d = down();
        return new double[] {f[0] + r[0] * nx + d[0] * ny, f[1] + r[1] * nx + d[1] * ny, f[2] + r[2] * nx + d[2] * ny};
    }

    /**
     * Where the ray through viewport pixel (px, py) meets the horizontal plane at local height z: local {x, y}, or
     * null when the ray runs parallel to it or away from it (a click on the sky).
     */
    public double[] onPlane(double px, double py, double z) {
        Point3D eye = toLocal(position());
        double[] v = ray(px, py);
        double dx = v[0], dy = v[2], dz = -v[1]; // view (x, y down, z north) to local (x east, y north, z up)
        if (Math.abs(dz) < 1e-9) return null;
        double t = (z - eye.getZ()) / dz;
        if (t <= 0) return null;
        return new double[] {eye.getX() + dx * t, eye.getY() + dy * t};
    }

    /** Viewport pixel (x, y) of a point in view space, or null when it is behind the camera. */
    public double[] project(Point3D p) {
        Point3D v = p.subtract(position());
        double[] f = forward(), r = right(), d = down();
        double depth = dot(f, v);
        if (depth <= 0) return null;
        double t = Math.tan(Math.toRadians(camera.getFieldOfView() / 2));
        double nx = dot(r, v) / (depth * t * viewWidth / viewHeight), ny = dot(d, v) / (depth * t);
        return new double[] {(nx + 1) / 2 * viewWidth, (ny + 1) / 2 * viewHeight};
    }

    public Point3D position() {
        double[] f = forward();
        return new Point3D(tx - f[0] * distance, ty - f[1] * distance, tz - f[2] * distance);
    }

    double[] forward() {
        double h = Math.toRadians(heading), p = Math.toRadians(pitch);
        return new double[] {Math.cos(p) * Math.sin(h), Math.sin(p), Math.cos(p) * Math.cos(h)};
    }

    double[] right() {
        double h = Math.toRadians(heading);
        return new double[] {Math.cos(h), 0, -Math.sin(h)};
    }

    double[] down() { // forward x right, so (right, down, forward) is JavaFX's right-handed camera basis
        double[] f = forward(), r = right();
        return new double[] {f[1] * r[2] - f[2] * r[1], f[2] * r[0] - f[0] * r[2], f[0] * r[1] - f[1] * r[0]};
    }

    private void update() {
        double[] f = forward(), r = right(), d = down();
        Point3D eye = position();
        transform.setToTransform(r[0], d[0], f[0], eye.getX(), r[1], d[1], f[1], eye.getY(), r[2], d[2], f[2], eye.getZ());
        // Near/far follow the distance: 1 m detail up close and a 10 km city from afar without z-fighting.
        camera.setNearClip(Math.max(0.05, distance / 1000));
        camera.setFarClip(distance * 50 + sceneSize * 2);
        revision.set(revision.get() + 1);
    }

    private static double dot(double[] a, Point3D b) {
        return a[0] * b.getX() + a[1] * b.getY() + a[2] * b.getZ();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    static double normalize(double deg) {
        double h = deg % 360;
        return h < 0 ? h + 360 : h;
    }
}
