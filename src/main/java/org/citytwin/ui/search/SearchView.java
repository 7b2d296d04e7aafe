package org.citytwin.ui.search;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.citytwin.model.CityObject;
import org.citytwin.ui.inspect.ObjectDescription;
import org.citytwin.text.Texts;

/** Search field (id, name/address text or expression), results (name, kind, height or address, file), Hide / Isolate / Show all. */
public final class SearchView extends VBox {
    public SearchView(SearchViewModel vm) {
        super(6);
        setId("search");
        setPadding(new Insets(6));
        TextField query = new TextField();
        query.setId("search-field");
        query.setPromptText(Texts.get("search.prompt"));
        query.setOnAction(e -> vm.search(query.getText()));
        Label message = new Label();
        message.setId("search-message");
        message.textProperty().bind(vm.messageProperty());
        ListView<CityObject> results = new ListView<>(vm.results());
        results.setId("search-results");
        results.setCellFactory(l -> new ListCell<>() {
            { setPrefWidth(0); } // as wide as the list: a long row is cut short (…), the list never scrolls sideways

            @Override
            protected void updateItem(CityObject o, boolean empty) {
                super.updateItem(o, empty);
                // name, kind, height or address, file: a PLATEAU gml:id alone (a UUID) tells a person nothing
                setText(empty || o == null ? null : ObjectDescription.of(o));
                setTooltip(empty || o == null ? null : new javafx.scene.control.Tooltip(getText() + "\n" + o.id()));
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && results.getSelectionModel().getSelectedItem() != null)
                vm.activate(results.getSelectionModel().getSelectedItem());
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null)
                vm.activate(results.getSelectionModel().getSelectedItem());
        });
        results.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) vm.activate(b);
        });
        VBox.setVgrow(results, Priority.ALWAYS);
        HBox buttons = new HBox(4, button(Texts.get("search.hide"), "search-hide", vm::hideResults),
                button(Texts.get("search.isolate"), "search-isolate", vm::isolateResults),
                button(Texts.get("search.showAll"), "search-show-all", vm::showAll));
        getChildren().addAll(query, message, results, buttons);
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
