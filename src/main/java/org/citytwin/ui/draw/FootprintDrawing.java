package org.citytwin.ui.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Sphere;
import org.citytwin.scene.CameraRig;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.GroundProbe;
import org.citytwin.scene.Picker;
import org.citytwin.ui.SelectionController;

/**
 * Draws a footprint on the ground by clicks: a box from two corners, a circle from its centre and a point on its
 * rim, or a polygon closed by a double click (or Enter). Each click lands on the ground under the cursor: the terrain or road hit, the ground below a
 * building or pipe hit, else the plane at the reference ground elevation. Esc cancels. Corners show as dots.
 */
public final class FootprintDrawing {
    public enum Shape { BOX, CIRCLE, POLYGON }

    private static final PhongMaterial DOT = new PhongMaterial(Color.rgb(122, 78, 29));
    private final CityScene scene;
    private final Picker picker;
    private final GroundProbe ground;
    private final Group dots = new Group();
    private final List<double[]> points = new ArrayList<>();
    private Shape shape;
    private Consumer<List<double[]>> onDone;
    private DoubleSupplier referenceGround = () -> 0;
    private double pressX, pressY;

    public FootprintDrawing(Pane view, CityScene scene, Picker picker) {
        this.scene = scene;
        this.picker = picker;
        this.ground = new GroundProbe(scene);
        dots.setMouseTransparent(true);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getX();
            pressY = e.getY();
        });
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onRelease);
        view.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (!isActive()) return;
            if (e.getCode() == KeyCode.ESCAPE) {
                cancel();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && shape == Shape.POLYGON && points.size() >= 3) {
                finish();
                e.consume();
            }
        });
    }

    public boolean isActive() {
        return shape != null;
    }

    /** Elevation used where a click hits nothing (e.g. a utilities-only file with no ground). */
    public void setReferenceGround(DoubleSupplier z) {
        referenceGround = z;
    }

    /** Starts drawing; {@code done} receives the corners (x, y, ground z in the local frame). */
    public void start(Shape shape, Consumer<List<double[]>> done) {
        cancel();
        this.shape = shape;
        this.onDone = done;
        if (!scene.overlay().getChildren().contains(dots)) scene.overlay().getChildren().add(dots);
    }

    public void cancel() {
        shape = null;
        points.clear();
        dots.getChildren().clear();
        scene.overlay().getChildren().remove(dots);
    }

    /** Adds the ground point under viewport pixel (sx, sy); returns it, or null when the ray misses everything. */
    double[] clickAt(double sx, double sy) {
        if (!isActive()) return null;
        double[] p = groundAt(sx, sy);
        if (p == null) return null;
        points.add(p);
        Sphere s = new Sphere(Math.max(0.1, scene.camera().distance() * 0.004), 10);
        s.setMaterial(DOT);
        s.setTranslateX(p[0]);
        s.setTranslateY(-p[2]);
        s.setTranslateZ(p[1]);
        dots.getChildren().add(s);
        if (shape != Shape.POLYGON && points.size() == 2) finish();
        return p;
    }

    void finish() {
        List<double[]> corners = List.copyOf(points);
        Consumer<List<double[]>> done = onDone;
        cancel();
        if (done != null) done.accept(corners);
    }

    private double[] groundAt(double sx, double sy) {
        var hit = picker.pick(sx, sy);
        if (hit.isPresent()) {
            var h = hit.get();
            if (h.kind().isAreal() || h.kind() == org.citytwin.model.FeatureKind.TRANSPORTATION) {
                return new double[] {h.x(), h.y(), h.z()};
            }
            if (h.kind() == org.citytwin.model.FeatureKind.UTILITY) { // a buried pipe: the ground above it, not one below
                return new double[] {h.x(), h.y(), scene.groundModel().at(h.x(), h.y()).z()};
            }
            GroundProbe.Ground g = ground.below(h.x(), h.y(), h.z(), h.objectId());
            return new double[] {h.x(), h.y(), g.found() ? g.z() : scene.groundModel().at(h.x(), h.y()).z()};
        }
        CameraRig rig = scene.camera();
        double z = referenceGround.getAsDouble();
        double planeY = rig.toView(0, 0, z).getY();
        double[] d = rig.ray(sx, sy);
        Point3D eye = rig.position();
        if (Math.abs(d[1]) < 1e-9) return null;
        double s = (planeY - eye.getY()) / d[1];
        if (s <= 0) return null;
        Point3D local = rig.toLocal(new Point3D(eye.getX() + d[0] * s, eye.getY() + d[1] * s, eye.getZ() + d[2] * s));
        return new double[] {local.getX(), local.getY(), scene.groundModel().at(local.getX(), local.getY()).z()};
    }

    private void onRelease(MouseEvent e) {
        if (!isActive() || e.getButton() != MouseButton.PRIMARY) return;
        if (Math.abs(e.getX() - pressX) > SelectionController.CLICK_SLOP
                || Math.abs(e.getY() - pressY) > SelectionController.CLICK_SLOP) return; // an orbit drag
        if (e.getClickCount() >= 2 && shape == Shape.POLYGON) {
            if (points.size() >= 3) finish(); // the first click of the pair already added the corner
        } else {
            clickAt(e.getX(), e.getY());
        }
        e.consume();
    }
}
