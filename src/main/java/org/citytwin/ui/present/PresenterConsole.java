package org.citytwin.ui.present;

import org.citytwin.text.Texts;

import org.citytwin.ui.viewpoints.PresenterModel;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.citytwin.ui.theme.CaptionFont;

/**
 * The presenter's console: the current stop (number, name, caption, notes), the next one, the time since the
 * presentation started and the whole stop list (a click jumps there). Dark, so it can float over the audience view
 * on a single screen.
 */
public final class PresenterConsole extends VBox {
    private final PresenterModel model;
    private final Label stop = new Label();
    private final Label caption = new Label();
    private final Label notes = new Label();
    private final Label next = new Label();
    private final Label elapsed = new Label("0:00");
    private final Label keys = new Label(Texts.get("present.console.keys"));
    private final ListView<PresenterModel.Stop> list = new ListView<>();
    private final Timeline clock;
    private final long started = System.nanoTime();

    public PresenterConsole(PresenterModel model) {
        this.model = model;
        setId("presenter-console");
        setSpacing(6);
        setPadding(new Insets(14));
        setMaxSize(460, Region.USE_PREF_SIZE);
        setPrefWidth(460);
        getStyleClass().add("ct-console");
        stop.setId("console-stop");
        stop.setFont(CaptionFont.of(20));
        caption.setFont(CaptionFont.of(15));
        notes.setFont(CaptionFont.of(13));
        next.setFont(CaptionFont.of(13));
        elapsed.setId("console-elapsed");
        elapsed.getStyleClass().add("ct-console-elapsed");
        for (Label l : new Label[] {stop, caption, notes, next, elapsed, keys}) {
            l.setWrapText(true);
            l.getStyleClass().add("ct-console-text");
        }
        notes.getStyleClass().add("ct-console-notes");
        keys.getStyleClass().add("ct-console-keys");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, stop, gap, elapsed);
        list.setId("console-stops");
        list.getItems().setAll(model.stops());
        list.setPrefHeight(Math.min(220, 24 * Math.max(1, model.stops().size()) + 6));
        list.getStyleClass().add("ct-console-stops");
        list.setFocusTraversable(false); // the keys belong to the presentation, not to the list
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PresenterModel.Stop s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : (getIndex() + 1) + ". " + s.viewpoint().name());
                setFont(CaptionFont.of(13));
            }
        });
        list.setOnMouseClicked(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) model.goTo(i);
        });
        getChildren().addAll(head, caption, notes, next, list, keys);
        model.indexProperty().addListener((o, a, b) -> refresh());
        refresh();
        clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
    }

    /** "Stop 2 of 3 — NAME" (tests read it). */
    public String stopText() { return stop.getText(); }

    public void stop() { clock.stop(); }

    private void tick() {
        long s = (System.nanoTime() - started) / 1_000_000_000L;
        elapsed.setText(s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60));
    }

    private void refresh() {
        PresenterModel.Stop now = model.current();
        if (now == null) {
            stop.setText(Texts.get("present.console.noStops"));
            return;
        }
        stop.setText(Texts.get("present.console.stop", model.index() + 1, model.stops().size(), now.viewpoint().name()));
        caption.setText(now.viewpoint().caption());
        String n = now.viewpoint().notes();
        notes.setText(n == null || n.isBlank() ? Texts.get("present.console.noNotes") : n);
        PresenterModel.Stop after = model.next();
        next.setText(after == null ? Texts.get("present.console.last") : Texts.get("present.console.next", after.viewpoint().name())
                + (after.viewpoint().caption().isEmpty() ? "" : " · " + after.viewpoint().caption().replace('\n', ' ')));
        list.getSelectionModel().select(model.index());
        list.scrollTo(Math.max(0, model.index() - 2));
    }
}
