package org.citytwin.ui.viewpoints;

import org.citytwin.text.Texts;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.citytwin.scenario.Viewpoint;

/** The Viewpoints tab: the list (thumbnail, name, caption; a click flies there) and the buttons under it. */
public final class ViewpointsView extends VBox {
    private final ListView<Viewpoint> list = new ListView<>();

    public ViewpointsView(ViewpointTools tools) {
        ViewpointsViewModel vm = tools.viewModel();
        setId("viewpoints-panel");
        setSpacing(6);
        setPadding(new Insets(6));
        list.setId("viewpoints-list");
        list.setItems(vm.viewpoints());
        list.setCellFactory(l -> new ListCell<>() {
            {
                // drag a row onto another to move it there (one undoable command)
                setOnDragDetected(e -> {
                    if (getItem() == null) return;
                    javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
                    c.putString(getItem().name());
                    startDragAndDrop(javafx.scene.input.TransferMode.MOVE).setContent(c);
                    e.consume();
                });
                setOnDragOver(e -> {
                    if (e.getGestureSource() != this && e.getDragboard().hasString() && getItem() != null) {
                        e.acceptTransferModes(javafx.scene.input.TransferMode.MOVE);
                    }
                    e.consume();
                });
                setOnDragDropped(e -> {
                    String dragged = e.getDragboard().getString();
                    int from = vm.viewpoints().stream().map(Viewpoint::name).toList().indexOf(dragged);
                    boolean ok = from >= 0 && getItem() != null && from != getIndex();
                    if (ok) moveKeepingSelection(vm, vm.viewpoints().get(from), getIndex() - from);
                    e.setDropCompleted(ok);
                    e.consume();
                });
            }

            @Override
            protected void updateItem(Viewpoint v, boolean empty) {
                super.updateItem(v, empty);
                if (empty || v == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                ImageView thumb = new ImageView(vm.thumbnail(v.name()));
                thumb.setFitWidth(ViewpointTools.THUMB_WIDTH);
                thumb.setPreserveRatio(true);
                Label name = new Label(v.name());
                name.getStyleClass().add("ct-bold");
                Label caption = new Label(v.caption());
                caption.setWrapText(true);
                caption.setFont(org.citytwin.ui.theme.CaptionFont.of(12)); // bundled IPAexGothic, never a system font
                caption.setMaxWidth(120);
                // the tour editor: in the tour or not, and this stop's flight → dwell times
                java.util.Optional<org.citytwin.scenario.Tour.Stop> stop = vm.stop(v.name());
                javafx.scene.control.CheckBox inTour = new javafx.scene.control.CheckBox(Texts.get("viewpoints.row.inTour"));
                inTour.setId("tour-in");
                inTour.setSelected(stop.isPresent());
                inTour.setOnAction(e -> vm.setInTour(v.name(), inTour.isSelected()));
                inTour.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, javafx.event.Event::consume); // no flight
                Label timing = new Label(stop.map(s -> secs(s.flightSeconds()) + " → " + secs(s.dwellSeconds()))
                        .orElse(""));
                timing.setId("tour-timing");
                timing.setTooltip(new Tooltip(Texts.get("viewpoints.row.timing.tip")));
                setGraphic(new HBox(6, thumb, new VBox(2, name, caption, inTour, timing)));
                setText(null);
            }
        });
        list.setOnMouseClicked(e -> {
            Viewpoint v = list.getSelectionModel().getSelectedItem();
            if (v != null && e.getClickCount() >= 1) tools.go(v);
        });
        vm.tourProperty().addListener((o, a, b) -> list.refresh()); // the rows show the tour's stops
        VBox.setVgrow(list, Priority.ALWAYS);
        Button add = button(Texts.get("viewpoints.button.add"), "viewpoint-add", Texts.get("viewpoints.button.add.tip"),
                tools::addFromView);
        Button update = button(Texts.get("viewpoints.button.update"), "viewpoint-update", Texts.get("viewpoints.button.update.tip"),
                () -> selected().ifPresent(tools::update));
        Button rename = button(Texts.get("viewpoints.button.rename"), "viewpoint-rename", null, () -> selected().ifPresent(tools::rename));
        Button describe = button(Texts.get("viewpoints.button.caption"), "viewpoint-caption", Texts.get("viewpoints.button.caption.tip"),
                () -> selected().ifPresent(tools::describe));
        Button timing = button(Texts.get("viewpoints.button.timing"), "viewpoint-timing", Texts.get("viewpoints.button.timing.tip"),
                () -> selected().ifPresent(tools::timing));
        Button delete = button(Texts.get("viewpoints.button.delete"), "viewpoint-delete", null, () -> selected().ifPresent(v -> vm.delete(v.name())));
        Button up = button(Texts.get("viewpoints.button.up"), "viewpoint-up", Texts.get("viewpoints.button.up.tip"), () -> selected().ifPresent(v -> moveKeepingSelection(vm, v, -1)));
        Button down = button(Texts.get("viewpoints.button.down"), "viewpoint-down", Texts.get("viewpoints.button.down.tip"), () -> selected().ifPresent(v -> moveKeepingSelection(vm, v, 1)));
        for (Button b : new Button[] {update, rename, describe, timing, delete, up, down}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        FlowPane buttons = new FlowPane(4, 4, add, update, rename, describe, timing, delete, up, down);
        // the tour, played here in the main window (presenter mode plays it full screen)
        TourPlayback tour = tools.tour();
        Button play = button(Texts.get("viewpoints.button.play"), "tour-play", Texts.get("viewpoints.button.play.tip"),
                tour::play);
        Button pause = button(Texts.get("viewpoints.button.pause"), "tour-pause", null, tour::pause);
        Button previous = button(Texts.get("viewpoints.button.previous"), "tour-previous", Texts.get("viewpoints.button.previous.tip"), tour::previous);
        Button next = button(Texts.get("viewpoints.button.next"), "tour-next", Texts.get("viewpoints.button.next.tip"), tour::next);
        play.disableProperty().bind(tour.playingProperty());
        pause.disableProperty().bind(tour.playingProperty().not());
        Label stopText = new Label();
        stopText.setId("tour-stop");
        stopText.textProperty().bind(tour.stopTextProperty());
        FlowPane player = new FlowPane(4, 4, new Label(Texts.get("viewpoints.player.label")), previous, play, pause, next, stopText);
        getChildren().addAll(list, buttons, player);
    }

    public ListView<Viewpoint> list() { return list; }

    private void moveKeepingSelection(ViewpointsViewModel vm, Viewpoint v, int by) {
        vm.move(v.name(), by);
        vm.viewpoints().stream().filter(x -> x.name().equals(v.name())).findFirst()
                .ifPresent(x -> list.getSelectionModel().select(x));
    }

    private java.util.Optional<Viewpoint> selected() {
        return java.util.Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private static String secs(double s) {
        return (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + " s";
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        if (tip != null) b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
