package org.citytwin.ui.scenarios;

import org.citytwin.text.Texts;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The scenarios panel: base and the project's scenarios (the shown one selected), and buttons to manage them. */
public final class ScenariosView extends VBox {

    public ScenariosView(ScenariosViewModel vm) {
        super(6);
        setId("scenarios-panel");
        setPadding(new Insets(6));
        // the list shows a copy of the names, so that refilling it never reads as the user choosing another scenario
        javafx.collections.ObservableList<String> items = javafx.collections.FXCollections.observableArrayList(vm.names());
        ListView<String> list = new ListView<>(items);
        list.setId("scenario-list");
        list.setPrefHeight(150);
        boolean[] syncing = {false};
        Runnable sync = () -> {
            syncing[0] = true;
            if (!items.equals(vm.names())) items.setAll(vm.names());
            list.getSelectionModel().select(vm.current());
            syncing[0] = false;
        };
        sync.run();
        vm.currentProperty().addListener((o, a, b) -> sync.run());
        vm.names().addListener((javafx.collections.ListChangeListener<String>) c -> sync.run());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing[0] && b != null) vm.switchTo(b);
        });
        ListView<String> edits = new ListView<>(vm.edits());
        edits.setId("scenario-edits");
        edits.setPlaceholder(new Label(Texts.get("scenarios.view.noEdits")));
        VBox.setVgrow(edits, Priority.ALWAYS);
        Button create = button(Texts.get("scenarios.view.new"), "scenario-new", () -> ask(Texts.get("scenarios.ask.newScenario"), Texts.get("scenarios.ask.newScenario.name"), vm.suggestedName())
                .ifPresent(vm::create));
        Button duplicate = button(Texts.get("scenarios.view.duplicate"), "scenario-duplicate", vm::duplicate);
        Button rename = button(Texts.get("scenarios.view.rename"), "scenario-rename", () -> ask(Texts.get("scenarios.ask.rename"), Texts.get("scenarios.ask.rename.text", vm.current()),
                vm.current()).ifPresent(n -> vm.rename(vm.current(), n)));
        Button delete = button(Texts.get("scenarios.view.delete"), "scenario-delete", () -> vm.delete(vm.current()));
        rename.disableProperty().bind(vm.currentProperty().isEqualTo(org.citytwin.scenario.Scenario.BASE));
        delete.disableProperty().bind(rename.disableProperty());
        Label message = new Label();
        message.setId("scenario-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("ct-error");
        Label current = new Label();
        current.textProperty().bind(vm.currentProperty().map(n -> Texts.get("scenarios.view.shown", n)));
        Label editsTitle = new Label(Texts.get("scenarios.view.editsTitle"));
        editsTitle.getStyleClass().add("ct-bold");
        getChildren().addAll(current, list, new FlowPane(4, 4, create, duplicate, rename, delete), message, editsTitle, edits);
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    static java.util.Optional<String> ask(String title, String header, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
