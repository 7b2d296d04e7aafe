package org.citytwin.ui.measure;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.citytwin.measure.MeasureTool;
import org.citytwin.measure.Measurement;
import org.citytwin.measure.VertexSnap;
import org.citytwin.scene.CameraRig;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.GroundProbe;
import org.citytwin.scene.MeasureOverlay;
import org.citytwin.scene.Picker;
import org.citytwin.ui.SelectionController;

/**
 * Measure mode on the 3D view: while a tool is active, a left click (not an orbit drag) picks a surface point,
 * snapped to the nearest corner of the triangle hit when close (see {@link VertexSnap}, or within
 * {@value #SNAP_PIXELS} px on screen), and adds it; a double click or Enter finishes a distance or area, Esc
 * leaves the mode. Mouse moves update the cursor read-out at most every 50 ms. Selection clicks are suspended
 * while measuring.
 */
public final class MeasureController {
    static final double SNAP_PIXELS = 8;
    private final CityScene scene;
    private final Picker picker;
    private final GroundProbe ground;
    private final MeasureOverlay overlay;
    private final MeasureViewModel vm;
    private final Label readout = new Label();
    private final RubberBand rubberBand;
    private double pressX, pressY;
    private long lastMove;
    // a move dropped by the 50 ms limit is picked when the limit ends: the read-out and line end where the mouse stopped
    private final javafx.animation.PauseTransition trailing =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(SelectionController.HOVER_NANOS / 1e6));
    private double moveX, moveY;

    private MeasureController(CityScene scene, Picker picker, MeasureViewModel vm) {
        this.scene = scene;
        this.picker = picker;
        this.ground = new GroundProbe(scene);
        this.overlay = new MeasureOverlay(scene);
        this.vm = vm;
        this.rubberBand = new RubberBand(scene.camera());
        trailing.setOnFinished(e -> {
            lastMove = System.nanoTime();
            pickAt(moveX, moveY);
        });
    }

    /** Installs the handlers, the measurement panel and the cursor read-out on the view (coordinates = SubScene's). */
    public static MeasureController install(StackPane view, CityScene scene, SelectionController selection, MeasureViewModel vm) {
        MeasureController c = new MeasureController(scene, selection.picker(), vm);
        selection.suspendWhile(vm::isActive);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            c.pressX = e.getX();
            c.pressY = e.getY();
        });
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, c::onRelease);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, c::onMove);
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            c.trailing.stop();
            vm.clearCursor();
            c.rubberBand.hide();
        });
        view.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (!vm.isActive()) return;
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.setTool(null);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                vm.finish();
                c.rubberBand.hide();
                e.consume();
            }
        });
        vm.measurements().addListener((javafx.collections.ListChangeListener<Measurement>) ch -> {
            c.overlay.show(vm.measurements());
            double[] open = c.openEnd();
            if (open == null) c.rubberBand.hide(); // finished, removed or cleared
            else c.rubberBand.startAt(open); // a point was added: the next segment starts there
        });
        vm.toolProperty().addListener((o, was, now) -> c.rubberBand.hide());
        // marker sizes follow the camera distance: redraw after zooming (a handful of nodes)
        view.addEventHandler(javafx.scene.input.ScrollEvent.SCROLL, e -> c.redraw());
        view.addEventHandler(KeyEvent.KEY_PRESSED, e -> c.redraw());

        c.readout.setId("cursor-readout");
        c.readout.setMouseTransparent(true);
        c.readout.textProperty().bind(vm.readoutProperty());
        c.readout.visibleProperty().bind(vm.readoutProperty().isNotEmpty());
        c.readout.getStyleClass().add("ct-readout");
        StackPane.setAlignment(c.readout, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(c.readout, new Insets(8));
        MeasurePanel panel = new MeasurePanel(vm);
        StackPane.setAlignment(panel, Pos.TOP_LEFT);
        StackPane.setMargin(panel, new Insets(10));
        view.getChildren().addAll(c.rubberBand.node(), c.readout, panel);
        return c;
    }

    public MeasureViewModel viewModel() { return vm; }

    /** Lifts the cursor read-out above another bottom-right overlay (the scale bar) while that one shows. */
    public void keepReadoutAbove(javafx.scene.layout.Region below) {
        readout.translateYProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> below.isVisible() ? -(below.getHeight() + 6) : 0, below.heightProperty(), below.visibleProperty()));
    }
    /** The line from the last measured point to the cursor. */
    public javafx.scene.shape.Line rubberBand() { return rubberBand.node(); }

    private void redraw() {
        if (!vm.measurements().isEmpty()) overlay.show(vm.measurements());
    }
    public MeasureOverlay overlay() { return overlay; }

    /**
     * Picks at viewport pixel (sx, sy) and adds the point to the active tool's measurement; returns the point added
     * (local frame, snapped), or null when nothing is under the pixel or no tool is active.
     */
    public double[] clickAt(double sx, double sy) {
        MeasureTool tool = vm.tool();
        if (tool == null) return null;
        var hit = picker.pick(sx, sy);
        if (hit.isEmpty()) return null;
        var h = hit.get();
        double[] p = snapped(h, sx, sy);
        if (tool == MeasureTool.HEIGHT) {
            GroundProbe.Ground g = ground.below(p[0], p[1], p[2], h.objectId());
            vm.addHeight(p, g.z(), g.found());
        } else {
            vm.addPoint(p);
        }
        return p;
    }

    /** The surface point under (sx, sy) in the local frame, snapped to a triangle corner when close; null on nothing. */
    public double[] pointAt(double sx, double sy) {
        var hit = picker.pick(sx, sy);
        return hit.map(h -> snapped(h, sx, sy)).orElse(null);
    }

    /** The surface point under (sx, sy) in the local frame, not snapped; null on nothing. */
    public double[] surfaceAt(double sx, double sy) {
        return picker.pick(sx, sy).map(h -> new double[] {h.x(), h.y(), h.z() + scene.layer(h.kind()).getTranslateY()})
                .orElse(null);
    }

    private double[] snapped(Picker.Hit h, double sx, double sy) {
        double lift = scene.layer(h.kind()).getTranslateY(); // mesh z = drawn z + lift (areal layers are drawn raised)
        double[] p = {h.x(), h.y(), h.z() + lift};
        float[] pts = h.mesh().points();
        int[] tri = h.mesh().triangles();
        double[][] corners = new double[3][];
        for (int k = 0; k < 3; k++) {
            int v = 3 * tri[3 * h.triangle() + k];
            corners[k] = new double[] {pts[v], pts[v + 1], pts[v + 2]};
        }
        CameraRig rig = scene.camera();
        var eye = rig.toLocal(rig.position());
        int best = VertexSnap.nearest(p, corners, new double[] {eye.getX(), eye.getY(), eye.getZ() + lift});
        if (best < 0) { // close on screen?
            double bestPx = SNAP_PIXELS;
            for (int k = 0; k < 3; k++) {
                double[] s = rig.project(rig.toView(corners[k][0], corners[k][1], corners[k][2] - lift));
                if (s == null) continue;
                double d = Math.hypot(s[0] - sx, s[1] - sy);
                if (d <= bestPx) {
                    bestPx = d;
                    best = k;
                }
            }
        }
        return best < 0 ? p : corners[best];
    }

    private void onRelease(MouseEvent e) {
        if (!vm.isActive() || e.getButton() != MouseButton.PRIMARY) return;
        if (Math.abs(e.getX() - pressX) > SelectionController.CLICK_SLOP
                || Math.abs(e.getY() - pressY) > SelectionController.CLICK_SLOP) return; // an orbit drag
        if (e.getClickCount() >= 2 && vm.tool() != MeasureTool.HEIGHT) {
            vm.finish(); // the first click of the pair already added the point
            rubberBand.hide();
        } else {
            clickAt(e.getX(), e.getY());
        }
        e.consume();
    }

    private void onMove(MouseEvent e) {
        moveX = e.getX();
        moveY = e.getY();
        long now = System.nanoTime();
        if (now - lastMove < SelectionController.HOVER_NANOS) { // no pick now, but the line keeps up with the cursor
            double[] open = openEnd();
            if (open != null) rubberBand.showToPixel(open, moveX, moveY);
            else rubberBand.hide(); // finished by a double click or Enter
            if (trailing.getStatus() != javafx.animation.Animation.Status.RUNNING) trailing.playFromStart();
            return;
        }
        lastMove = now;
        trailing.stop();
        pickAt(moveX, moveY);
    }

    /** The cursor read-out and the line's end for the surface under the view pixel (x, y). */
    private void pickAt(double x, double y) {
        double[] open = openEnd();
        if (open == null) rubberBand.hide();
        var hit = picker.pick(x, y);
        if (hit.isEmpty()) {
            vm.clearCursor();
            if (open != null) rubberBand.showToPixel(open, x, y);
            return;
        }
        var h = hit.get();
        vm.showCursor(h.x(), h.y(), h.z() + scene.layer(h.kind()).getTranslateY());
        if (open != null) rubberBand.show(open, snapped(h, x, y)); // where a click would add its point
    }

    /** The last point of the open distance or area, or null when none is open. */
    private double[] openEnd() {
        Measurement m = vm.current();
        if (m == null || m.tool() == MeasureTool.HEIGHT || m.points().isEmpty() || !vm.isActive()) return null;
        return m.points().get(m.points().size() - 1);
    }

}
