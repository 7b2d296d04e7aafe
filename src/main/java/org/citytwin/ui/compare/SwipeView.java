package org.citytwin.ui.compare;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Point3D;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.citytwin.model.Envelope;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.scene.CameraRig;
import org.citytwin.scene.CityScene;

/**
 * The swipe view: a second scene with side B's meshes lies over the main view, clipped to the right of a draggable
 * vertical divider, and follows the main camera (one camera for both: every orbit, pan and zoom of the main view is
 * copied). The overlay is mouse-transparent, so navigation and picking stay on the main view; only the divider's
 * handle takes the mouse.
 */
public final class SwipeView {

    static final double GRAB = 64;
    private final StackPane host;
    private final CityScene main;
    private final DoubleProperty split = new SimpleDoubleProperty(0.5);
    private CityScene right;
    private Pane handle;
    private final ChangeListener<Number> follow = (o, a, b) -> copyCamera();

    /** @param host the stack pane that holds the main viewport (the right scene goes just above it) */
    public SwipeView(StackPane host, CityScene main) {
        this.host = host;
        this.main = main;
    }

    /** Fraction of the width, from the left, where the divider stands. */
    public DoubleProperty splitProperty() {
        return split;
    }

    public boolean isShown() {
        return right != null;
    }

    /** FX thread. Shows B's meshes to the right of the divider; the main view shows A. */
    public void show(List<TileMesh> meshesB, Envelope bounds) {
        hide();
        right = new CityScene(Math.max(1, main.viewport().getWidth()), Math.max(1, main.viewport().getHeight()));
        right.viewport().setId("swipe-right");
        right.addMeshes(meshesB, bounds.isEmpty() ? main.bounds() : bounds);
        right.viewport().setMouseTransparent(true);
        right.viewport().prefWidthProperty().bind(main.viewport().widthProperty());
        right.viewport().prefHeightProperty().bind(main.viewport().heightProperty());
        Rectangle clip = new Rectangle();
        clip.xProperty().bind(split.multiply(main.viewport().widthProperty()));
        clip.widthProperty().bind(main.viewport().widthProperty().subtract(clip.xProperty()));
        clip.heightProperty().bind(main.viewport().heightProperty());
        right.viewport().setClip(clip);
        int at = host.getChildren().indexOf(main.viewport()) + 1;
        host.getChildren().add(at, right.viewport());
        handle = divider();
        host.getChildren().add(at + 1, handle);
        main.camera().revisionProperty().addListener(follow);
        copyCamera();
    }

    /** FX thread. */
    public void hide() {
        if (right == null) return;
        main.camera().revisionProperty().removeListener(follow);
        host.getChildren().removeAll(right.viewport(), handle);
        right = null;
        handle = null;
    }

    /** The scene right of the divider (tests project points through its camera); null while hidden. */
    public CityScene rightScene() {
        return right;
    }

    private void copyCamera() {
        if (right == null) return;
        CameraRig from = main.camera(), to = right.camera();
        Point3D target = from.toLocal(from.target());
        to.lookAt(to.toView(target.getX(), target.getY(), target.getZ()), from.heading(), from.pitch(), from.distance());
    }

    /**
     * A 3 px white line (shadowed, readable on sky and on white roofs) in a 14 px grab zone, with an "A ◀ ▶ B" knob
     * near the top (the compare panel docks at the bottom); dragged anywhere to move the divider.
     */
    private Pane divider() {
        Region line = new Region();
        line.setMaxWidth(3);
        line.setPrefWidth(3);
        line.getStyleClass().add("ct-swipe-line");
        Label knob = new Label("A ◀ ▶ B");
        knob.setId("swipe-knob");
        knob.setMinWidth(Region.USE_PREF_SIZE);
        knob.getStyleClass().add("ct-swipe-knob");
        StackPane.setAlignment(knob, Pos.TOP_CENTER);
        StackPane.setMargin(knob, new Insets(110, 0, 0, 0));
        Region zone = new Region(); // transparent but picked on its bounds: the 14 px around the line take the drag
        zone.setMaxWidth(14);
        zone.setPrefWidth(14);
        StackPane grab = new StackPane(zone, line, knob);
        grab.setId("swipe-divider");
        grab.setMaxWidth(GRAB);
        grab.setPrefWidth(GRAB);
        grab.setPickOnBounds(false); // only the zone and the knob: orbiting still works beside the line
        grab.setCursor(Cursor.H_RESIZE);
        StackPane.setAlignment(grab, Pos.TOP_LEFT);
        grab.translateXProperty().bind(split.multiply(main.viewport().widthProperty()).subtract(GRAB / 2));
        grab.setOnMouseDragged(e -> {
            double x = grab.localToParent(e.getX(), e.getY()).getX() - host.snappedLeftInset();
            double w = main.viewport().getWidth();
            if (w > 0) split.set(Math.max(0, Math.min(1, x / w)));
            e.consume();
        });
        grab.setOnMousePressed(javafx.scene.input.MouseEvent::consume);
        return grab;
    }
}
