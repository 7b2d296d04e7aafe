package org.citytwin.ui;

import org.citytwin.text.Texts;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.citytwin.ui.load.LoadViewModel;

/** Message, progress bar and Cancel button; the latter two only while a load runs. */
public final class StatusBar extends HBox {

    public StatusBar(LoadViewModel vm) {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(vm.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        ProgressBar bar = new ProgressBar();
        bar.setId("load-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(vm.progressProperty());

        Button cancel = new Button(Texts.get("tools.status.cancel"));
        cancel.setId("cancel-load");
        cancel.setOnAction(e -> vm.cancel());

        for (var n : new javafx.scene.Node[] {bar, cancel}) {
            n.visibleProperty().bind(vm.runningProperty());
            n.managedProperty().bind(n.visibleProperty());
        }
        getChildren().addAll(message, bar, cancel);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 8, 3, 8));
        getStyleClass().add("ct-status-bar");
    }
}
