package org.citytwin.ui.measure;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.citytwin.measure.Measurement;
import org.citytwin.text.Texts;

/**
 * The list of measurements over the 3D view's top-left corner: the active tool and a hint, each measurement with its
 * values and Copy / Remove buttons, Clear all. Shown while measuring or while there are measurements.
 */
final class MeasurePanel extends VBox {

    MeasurePanel(MeasureViewModel vm) {
        setId("measure-panel");
        Label mode = new Label();
        mode.setId("measure-mode");
        mode.textProperty().bind(Bindings.createStringBinding(() -> vm.tool() == null ? Texts.get("measure.panel.title")
                : Texts.get("measure.panel.measuring", vm.tool().displayName(),
                        vm.tool() == org.citytwin.measure.MeasureTool.HEIGHT ? 1 : 0),
                vm.toolProperty()));
        mode.setWrapText(true);
        mode.getStyleClass().add("ct-bold");

        ListView<Measurement> list = new ListView<>(vm.measurements());
        list.setId("measure-list");
        list.setPrefSize(340, 150);
        list.setPlaceholder(new Label(Texts.get("tools.measure.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            { setPrefWidth(0); } // as wide as the list, never wider: the row fits and Remove stays in sight

            @Override
            protected void updateItem(Measurement m, boolean empty) {
                super.updateItem(m, empty);
                if (empty || m == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label text = new Label(m.summary());
                text.setWrapText(true);
                text.setMaxWidth(230);
                text.setMinWidth(0); // the summary wraps tighter; the buttons never shrink ("Remove" read "Ren")
                HBox.setHgrow(text, Priority.SOMETIMES);
                Button copy = new Button(Texts.get("measure.copy"));
                copy.getStyleClass().add("measure-copy");
                copy.setOnAction(e -> {
                    ClipboardContent c = new ClipboardContent();
                    c.putString(m.copyText());
                    Clipboard.getSystemClipboard().setContent(c);
                });
                Button remove = new Button(Texts.get("measure.remove"));
                remove.getStyleClass().add("measure-remove");
                copy.setMinWidth(Region.USE_PREF_SIZE);
                remove.setMinWidth(Region.USE_PREF_SIZE);
                remove.setOnAction(e -> vm.remove(m));
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                HBox row = new HBox(6, text, gap, copy, remove);
                row.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(row);
            }
        });
        Button clear = new Button(Texts.get("tools.measure.clearAll"));
        clear.setId("measure-clear");
        clear.setOnAction(e -> vm.clear());
        clear.disableProperty().bind(Bindings.isEmpty(vm.measurements()));
        Button done = new Button(Texts.get("tools.measure.done"));
        done.setId("measure-done");
        done.setOnAction(e -> vm.setTool(null));
        done.visibleProperty().bind(vm.toolProperty().isNotNull());
        getChildren().addAll(mode, list, new HBox(6, clear, done));
        setSpacing(6);
        setPadding(new Insets(8));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getStyleClass().addAll("ct-tool-panel", "ct-measure");
        visibleProperty().bind(vm.toolProperty().isNotNull().or(Bindings.isNotEmpty(vm.measurements())));
        managedProperty().bind(visibleProperty());
    }
}
