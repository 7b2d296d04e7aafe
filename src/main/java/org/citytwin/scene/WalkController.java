package org.citytwin.scene;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * First-person walk mode on a {@link CityScene}: the eye stays {@link #EYE_HEIGHT} above the surface under it
 * (a ray cast straight down with the {@link Picker}; where nothing is below, the lowest base of the loaded data),
 * W/A/S/D or the arrows walk at {@link #WALK_SPEED} (Shift: {@link #RUN_FACTOR} times faster), a mouse drag
 * looks around. V toggles, Esc leaves: the camera returns to exactly the view it had before walking. Movement is
 * speed times the real time between frames (the frame timer's delta), never a step per key event.
 *
 * <p>While active, the controller's event filters consume the view's mouse and key events, so orbit controls
 * and selection stay quiet. FX thread only.
 */
public final class WalkController {
    public static final double EYE_HEIGHT = 1.6;
    public static final double WALK_SPEED = 1.4; // m/s
    public static final double RUN_FACTOR = 10;
    /** Steps up to this height are climbed (the ground ray starts this far above the feet). */
    static final double STEP = 0.6;
    /** Vertical field of view while walking: wider than the orbit camera's, like a person's view. */
    static final double WALK_FOV = 55;
    private double orbitFov = 30;
    private final CityScene scene;
    private final Picker picker;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private final Set<KeyCode> held = EnumSet.noneOf(KeyCode.class);
    private double x, y, eyeZ; // local frame
    private double heading, pitch;
    private double lastX, lastY;
    private boolean fast;
    private long lastNanos = -1;
    /** The orbit view before walking (target, heading, pitch, distance), restored exactly on exit. */
    private Point3D savedTarget;
    private double savedHeading, savedPitch, savedDistance;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (lastNanos > 0) tick(Math.min(0.1, (now - lastNanos) / 1e9));
            lastNanos = now;
        }
    };

    public WalkController(CityScene scene) {
        this.scene = scene;
        this.picker = new Picker(scene);
    }

    /** Adds the walk-mode filters (and the V toggle) to the view node. */
    public WalkController install(Node view) {
        view.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.V && !e.isShortcutDown()) {
                toggle();
                e.consume();
            } else if (isActive()) {
                if (e.getCode() == KeyCode.ESCAPE) exit();
                else held.add(e.getCode());
                fast = e.isShiftDown();
                e.consume();
            }
        });
        view.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (!isActive()) return;
            held.remove(e.getCode());
            fast = e.isShiftDown();
            e.consume();
        });
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!isActive()) return;
            lastX = e.getX();
            lastY = e.getY();
            view.requestFocus();
            e.consume();
        });
        view.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!isActive()) return;
            look(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
            e.consume();
        });
        view.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (isActive()) e.consume();
        });
        view.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (isActive()) e.consume();
        });
        view.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (isActive()) e.consume();
        });
        view.focusedProperty().addListener((o, was, now) -> {
            if (!now) held.clear();
        });
        return this;
    }

    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }
    public boolean isActive() { return active.get(); }

    public void toggle() {
        if (isActive()) exit();
        else enter();
    }

    /** Stands at the ground under the current orbit target, looking the way the camera looked, level. */
    public void enter() {
        if (isActive() || scene.isEmpty()) return;
        CameraRig rig = scene.camera();
        rig.stopFlight();
        savedTarget = rig.target();
        savedHeading = rig.heading();
        savedPitch = rig.pitch();
        savedDistance = rig.distance();
        Point3D t = rig.toLocal(rig.target());
        x = t.getX();
        y = t.getY();
        heading = rig.heading();
        pitch = 5;
        eyeZ = groundBelow(x, y, scene.bounds().maxZ() + 1000) + EYE_HEIGHT;
        orbitFov = rig.camera().getFieldOfView();
        rig.camera().setFieldOfView(WALK_FOV);
        active.set(true);
        apply();
        lastNanos = -1;
        timer.start();
    }

    /** Back to orbit mode with exactly the view from before walking (target, heading, pitch, distance, FOV). */
    public void exit() {
        if (!isActive()) return;
        timer.stop();
        held.clear();
        fast = false;
        active.set(false);
        CameraRig rig = scene.camera();
        rig.camera().setFieldOfView(orbitFov);
        rig.lookAt(savedTarget, savedHeading, savedPitch, savedDistance);
    }

    public Point3D eye() { return new Point3D(x, y, eyeZ); }
    public double heading() { return heading; }
    public double pitch() { return pitch; }

    /** Mouse-look by a drag of (dx, dy) pixels: right turns right, down looks down. */
    public void look(double dx, double dy) {
        heading = CameraRig.normalize(heading + dx * 0.2);
        pitch = Math.max(-85, Math.min(85, pitch + dy * 0.2));
        apply();
    }

    /**
     * Walks forward/right (metres along the ground, heading-relative) and settles the eye on the surface below.
     * Public for tests and scripted tours.
     */
    public void move(double forward, double right) {
        double h = Math.toRadians(heading);
        x += Math.sin(h) * forward + Math.cos(h) * right;
        y += Math.cos(h) * forward - Math.sin(h) * right;
        eyeZ = groundBelow(x, y, eyeZ - EYE_HEIGHT + STEP) + EYE_HEIGHT;
        apply();
    }

    /** Holds or releases a movement key, as the key filters do (tests and scripted tours). */
    public void hold(KeyCode key, boolean down) {
        if (down) held.add(key);
        else held.remove(key);
    }

    /** Shift held: runs at {@link #RUN_FACTOR} times walking speed. */
    public void setRunning(boolean run) { fast = run; }

    /** Advances by {@code seconds} of real time with the keys now held (the frame timer calls this per frame). */
    public void step(double seconds) {
        if (isActive() && seconds > 0) tick(seconds);
    }

    /** One frame: moves by the held keys for dt seconds. */
    void tick(double dt) {
        double f = 0, r = 0;
        if (held.contains(KeyCode.W) || held.contains(KeyCode.UP)) f += 1;
        if (held.contains(KeyCode.S) || held.contains(KeyCode.DOWN)) f -= 1;
        if (held.contains(KeyCode.D) || held.contains(KeyCode.RIGHT)) r += 1;
        if (held.contains(KeyCode.A) || held.contains(KeyCode.LEFT)) r -= 1;
        if (held.contains(KeyCode.Q)) look(-90 * dt / 0.2, 0);
        if (held.contains(KeyCode.E)) look(90 * dt / 0.2, 0);
        if (f == 0 && r == 0) return;
        double step = WALK_SPEED * (fast ? RUN_FACTOR : 1) * dt / Math.hypot(f, r);
        move(f * step, r * step);
    }

    /**
     * Height of the first surface below (x, y) starting at fromZ; when there is none there, from high above;
     * when there is nothing at all, the lowest base of the loaded data.
     */
    double groundBelow(double px, double py, double fromZ) {
        Optional<Picker.Hit> hit = picker.cast(px, py, fromZ, 0, 0, -1);
        if (hit.isEmpty()) hit = picker.cast(px, py, scene.bounds().maxZ() + 1000, 0, 0, -1);
        return hit.map(Picker.Hit::z).orElse(scene.bounds().minZ());
    }

    private void apply() {
        CameraRig rig = scene.camera();
        rig.placeEye(rig.toView(x, y, eyeZ), heading, pitch);
    }
}
