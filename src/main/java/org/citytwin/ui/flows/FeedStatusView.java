package org.citytwin.ui.flows;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.citytwin.flow.feed.FeedState;

/** Status-bar indicator of a live feed: a coloured dot and one line; details in the tooltip. Polls twice a second. */
public final class FeedStatusView extends HBox {
    private final Timeline poll;

    public FeedStatusView(FeedStatusViewModel model) {
        super(6);
        setId("feed-status");
        setAlignment(Pos.CENTER_LEFT);
        Circle dot = new Circle(5);
        Label text = new Label();
        text.textProperty().bind(model.textProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.detailsProperty());
        Tooltip.install(this, tip);
        dot.fillProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> colour(model.stateProperty().get()), model.stateProperty()));
        getChildren().addAll(dot, text);
        poll = new Timeline(new KeyFrame(Duration.millis(500), e -> model.refresh()));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
        model.refresh();
    }

    /** Stops polling (when the feed is closed and the indicator removed). */
    public void stop() {
        poll.stop();
    }

    static Color colour(FeedState state) {
        return switch (state) {
            case CONNECTED -> Color.web("#2e9d4f");
            case CONNECTING -> Color.web("#e0a030");
            case DOWN -> Color.web("#d0402a");
            case CLOSED -> Color.GRAY;
        };
    }
}
