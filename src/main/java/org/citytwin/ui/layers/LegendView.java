package org.citytwin.ui.layers;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.citytwin.thematic.Classification;
import org.citytwin.thematic.LegendEntry;

/** The legend of the current thematic map, drawn over the 3D view (bottom left). Hidden when no map is shown. */
public final class LegendView extends VBox {

    public LegendView() {
        setId("legend");
        setSpacing(3);
        setPadding(new Insets(8, 10, 8, 10));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getStyleClass().add("ct-legend");
        setMouseTransparent(true);
        setVisible(false);
        StackPaneAlignment.bottomLeft(this);
    }

    public void show(Classification classification) {
        getChildren().clear();
        if (classification == null) {
            setVisible(false);
            return;
        }
        Label title = new Label(classification.title());
        title.getStyleClass().add("ct-bold");
        getChildren().add(title);
        for (LegendEntry entry : classification.legend()) {
            if (entry.count() == 0 && entry.label().equals(org.citytwin.thematic.ThematicClassifier.noValue())) continue;
            Region swatch = new Region();
            swatch.setMinSize(16, 12);
            swatch.setStyle(String.format("-fx-background-color: #%06X; -fx-border-color: #555;", entry.rgb()));
            Label label = new Label(entry.label() + "  (" + entry.count() + ")");
            HBox row = new HBox(6, swatch, label);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
        setVisible(true);
    }

    /** Keeps the placement code out of MainWindow. */
    private static final class StackPaneAlignment {
        static void bottomLeft(VBox box) {
            javafx.scene.layout.StackPane.setAlignment(box, Pos.BOTTOM_LEFT);
            javafx.scene.layout.StackPane.setMargin(box, new Insets(12));
        }
    }
}
