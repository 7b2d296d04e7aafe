package org.citytwin.ui.navigation;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import org.citytwin.scene.CameraControls;
import org.citytwin.scene.CameraRig;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.Picker;
import org.citytwin.scene.WalkController;
import org.citytwin.text.Texts;

/**
 * Navigation extras for the 3D view: animated fit, orbit about the picked point, compass (click: north up),
 * scale bar and first-person walk mode. {@link #install} adds the overlays and handlers to the view's StackPane.
 */
public final class NavigationTools {
    private final CityScene scene;
    private final CompassView compass;
    private final ScaleBarView scaleBar;
    private final WalkController walk;
    private final Label walkBadge;

    private NavigationTools(StackPane view, CityScene scene) {
        this.scene = scene;
        CameraRig rig = scene.camera();
        compass = new CompassView(rig, this::northUp);
        scaleBar = new ScaleBarView(rig);
        walk = new WalkController(scene).install(view);
        scaleBar.visibleProperty().bind(walk.activeProperty().not());
        walkBadge = walkBadge(walk);
        view.getChildren().addAll(compass, scaleBar, walkBadge);
        Picker picker = new Picker(scene);
        CameraControls.install(view, rig, this::fit, (x, y) -> picker.pick(x, y)
                .map(h -> rig.toView(h.x(), h.y(), h.z())).orElse(null));
    }

    /** Installs camera controls (with orbit-about-picked-point), compass, scale bar and walk mode on the view. */
    public static NavigationTools install(StackPane view, CityScene scene) {
        return new NavigationTools(view, scene);
    }

    /** Flies (animated) to frame everything loaded, keeping the direction. */
    public void fit() {
        if (walk.isActive()) walk.exit();
        scene.camera().flyTo(scene.bounds());
    }

    /** Turns the view to face north, keeping target, pitch and distance (animated). */
    public void northUp() {
        if (walk.isActive()) return;
        CameraRig rig = scene.camera();
        rig.flyTo(rig.target(), 0, rig.pitch(), rig.distance());
    }

    /** The badge saying walk mode is on and how to move and leave: shown only while walking. */
    private static Label walkBadge(WalkController walk) {
        Label badge = new Label(Texts.get("walk.badge"));
        badge.setId("walk-badge");
        badge.getStyleClass().add("ct-badge");
        badge.setMouseTransparent(true);
        badge.setFocusTraversable(false);
        badge.visibleProperty().bind(walk.activeProperty());
        badge.managedProperty().bind(walk.activeProperty());
        StackPane.setAlignment(badge, Pos.TOP_CENTER);
        StackPane.setMargin(badge, new Insets(12));
        return badge;
    }

    public Label walkBadge() { return walkBadge; }
    public CompassView compass() { return compass; }
    public ScaleBarView scaleBar() { return scaleBar; }
    public WalkController walk() { return walk; }

    /** View-menu entries: North up, Walk (V). */
    public MenuItem[] menuItems() {
        MenuItem north = new MenuItem(Texts.get("flowsui.nav.north"));
        north.setId("north-up");
        north.setOnAction(e -> northUp());
        CheckMenuItem walkItem = new CheckMenuItem(Texts.get("flowsui.nav.walk"));
        walkItem.setId("walk-mode");
        walkItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+W"));
        walkItem.selectedProperty().addListener((o, was, on) -> {
            if (on != walk.isActive()) walk.toggle();
            if (on != walk.isActive()) walkItem.setSelected(walk.isActive()); // nothing loaded: stays off
        });
        walk.activeProperty().addListener((o, was, on) -> walkItem.setSelected(on));
        return new MenuItem[] {north, walkItem};
    }
}
