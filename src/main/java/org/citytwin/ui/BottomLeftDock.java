package org.citytwin.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The bottom-left corner of the 3D view as one column: tool panels (the clearance check) stacked above the legends,
 * so none covers another. Each placed alone in the view's StackPane, the clearance panel hid the legend. Hidden
 * members take no room (their managed state follows visibility); the column shrinks to the view's height.
 */
public final class BottomLeftDock {
    private static final String KEY = BottomLeftDock.class.getName();

    private BottomLeftDock() {
    }

    /** The view's column, created and added to it on first use. */
    public static VBox of(StackPane view) {
        return (VBox) view.getProperties().computeIfAbsent(KEY, k -> create(view));
    }

    private static VBox create(StackPane view) {
        VBox box = new VBox(8);
        box.setId("bottom-left-dock");
        box.setAlignment(Pos.BOTTOM_LEFT);
        box.setFillWidth(false);
        box.setPickOnBounds(false); // the 3D view under the gaps still gets its clicks (legends are mouse-transparent)
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(box, Pos.BOTTOM_LEFT);
        StackPane.setMargin(box, new Insets(12));
        view.getChildren().add(box);
        return box;
    }
}
