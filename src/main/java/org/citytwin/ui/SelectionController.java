package org.citytwin.ui;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.Picker;
import org.citytwin.scene.SelectionHighlight;
import org.citytwin.ui.inspect.InspectorViewModel;

/**
 * Click-to-select and hover for the 3D view: a left press and release within 3 px (no orbit drag) picks and
 * selects, Esc or a click on nothing clears; mouse moves pick at most every 50 ms and show the object's caption
 * in a label next to the cursor. The highlight follows the view model's selection.
 */
public final class SelectionController {
    public static final double CLICK_SLOP = 3;
    public static final long HOVER_NANOS = 50_000_000L;
    private final Picker picker;
    private final SelectionHighlight highlight;
    private final InspectorViewModel vm;
    private final Label hover = new Label();
    private double pressX, pressY;
    private long lastHover;
    private java.util.function.BooleanSupplier suspended = () -> false;

    private SelectionController(CityScene scene, InspectorViewModel vm) {
        this.picker = new Picker(scene);
        this.highlight = new SelectionHighlight(scene);
        this.vm = vm;
    }

    /** Installs the handlers on the view (a pane whose coordinates are the SubScene's) and adds the hover label to it. */
    public static SelectionController install(Pane view, CityScene scene, InspectorViewModel vm) {
        SelectionController c = new SelectionController(scene, vm);
        c.hover.setId("hover-label");
        c.hover.setManaged(false);
        c.hover.setMouseTransparent(true);
        c.hover.setVisible(false);
        c.hover.getStyleClass().add("ct-hover");
        view.getChildren().add(c.hover);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            c.pressX = e.getX();
            c.pressY = e.getY();
        });
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, c::onRelease);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, c::onMove);
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> c.hover.setVisible(false));
        view.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !c.suspended.getAsBoolean()) {
                vm.clear();
                e.consume();
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now == null) c.highlight.clear();
        });
        return c;
    }

    /** Picks at the viewport pixel and selects what is there (or clears); true when something was selected. */
    public boolean selectAt(double x, double y) {
        var hit = picker.pick(x, y);
        if (hit.isEmpty()) {
            vm.clear();
            return false;
        }
        int triangles = highlight.show(hit.get().kind(), hit.get().objectId());
        if (!vm.select(hit.get().objectId(), triangles)) {
            highlight.clear();
            return false;
        }
        return true;
    }

    /** Selects and highlights an object by id (search results); false when it is not indexed. */
    public boolean selectById(org.citytwin.model.FeatureKind kind, String id) {
        int triangles = highlight.show(kind, id);
        if (vm.select(id, triangles)) return true;
        highlight.clear();
        return false;
    }

    /** After an LOD change: rebuild the highlight and the shown triangle count from the new meshes. */
    public void refresh() {
        if (highlight.selectedId() != null) vm.select(highlight.selectedId(), highlight.refresh());
    }

    /** Clears the selection and its highlight. */
    public void clear() {
        highlight.clear();
        vm.clear();
    }

    public Picker picker() { return picker; }
    /** As {@link #suspendWhile}: conditions add up (several tools own clicks in turn). */
    public void alsoSuspendWhile(java.util.function.BooleanSupplier condition) {
        suspendWhile(condition);
    }

    /**
     * Clicks and Esc do not select or clear while the condition holds (another tool, e.g. measuring, owns them).
     * Conditions add up: any one holding suspends selection.
     */
    public void suspendWhile(java.util.function.BooleanSupplier condition) {
        java.util.function.BooleanSupplier before = suspended;
        suspended = () -> before.getAsBoolean() || condition.getAsBoolean();
    }

    private void onRelease(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || suspended.getAsBoolean()) return;
        if (Math.abs(e.getX() - pressX) > CLICK_SLOP || Math.abs(e.getY() - pressY) > CLICK_SLOP) return; // an orbit drag
        selectAt(e.getX(), e.getY());
    }

    private void onMove(MouseEvent e) {
        long now = System.nanoTime();
        if (now - lastHover < HOVER_NANOS) return;
        lastHover = now;
        var hit = picker.pick(e.getX(), e.getY());
        if (hit.isEmpty()) {
            hover.setVisible(false);
            return;
        }
        hover.setText(vm.caption(hit.get().objectId(), hit.get().x(), hit.get().y(), hit.get().z())); // utilities: elevation and cover depth there
        hover.autosize();
        Pane view = (Pane) hover.getParent(); // keep the label inside the view
        hover.relocate(Math.max(0, Math.min(e.getX() + 14, view.getWidth() - hover.getWidth() - 4)),
                Math.max(0, Math.min(e.getY() + 16, view.getHeight() - hover.getHeight() - 4)));
        hover.setVisible(true);
    }
}
