package org.citytwin.ui.annotations;

import org.citytwin.text.Texts;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.citytwin.scenario.Annotation;

/** The Annotations side-panel tab: the project's annotations; a click flies there; Edit… and Delete. */
public final class AnnotationsView extends VBox {
    private final ListView<Annotation> list;

    public AnnotationsView(AnnotationsViewModel vm, Consumer<Annotation> flyTo, Consumer<Annotation> edit, Runnable annotate) {
        super(6);
        setId("annotations-view");
        setPadding(new Insets(6));
        list = new ListView<>(vm.annotations());
        list.setId("annotations-list");
        list.setPlaceholder(new Label(Texts.get("annotations.list.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Annotation a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(AnnotationsViewModel.describe(a));
                setFont(LabelFont.of(12));
                setWrapText(true);
                setPrefWidth(0); // wrap at the list's width instead of scrolling sideways
                setGraphic(new Circle(5, AnnotationLabels.colour(a.colour())));
            }
        });
        // the list is replaced after every change of the project: keep the row the user chose
        String[] chosen = {null};
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) chosen[0] = now.id();
        });
        vm.annotations().addListener((javafx.collections.ListChangeListener<Annotation>) c -> {
            if (chosen[0] == null) return;
            vm.annotations().stream().filter(a -> a.id().equals(chosen[0])).findFirst()
                    .ifPresentOrElse(a -> list.getSelectionModel().select(a), () -> chosen[0] = null);
        });
        list.setOnMouseClicked(e -> {
            Annotation a = list.getSelectionModel().getSelectedItem();
            if (a != null) flyTo.accept(a);
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button add = new Button(Texts.get("annotations.button.annotate"));
        add.setOnAction(e -> annotate.run());
        Button editButton = new Button(Texts.get("annotations.button.edit"));
        editButton.setId("annotation-edit");
        Button delete = new Button(Texts.get("annotations.button.delete"));
        delete.setId("annotation-delete");
        editButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(editButton.disableProperty());
        editButton.setOnAction(e -> edit.accept(list.getSelectionModel().getSelectedItem()));
        delete.setOnAction(e -> vm.delete(list.getSelectionModel().getSelectedItem().id()));
        getChildren().addAll(list, new HBox(6, add, editButton, delete));
    }

    public ListView<Annotation> list() { return list; }
}
