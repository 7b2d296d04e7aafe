package org.citytwin.ui.flows;

import org.citytwin.text.Texts;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/** The flow timeline bar: play/pause, time, scrub slider, speed ×1…×60, loop, trail/heat window, Live with latency. */
public final class FlowTimelineView extends HBox {
    private static final Double[] RATES = {1.0, 2.0, 5.0, 10.0, 30.0, 60.0};
    private static final Double[] WINDOWS = {10.0, 30.0, 60.0, 120.0, 300.0};

    public FlowTimelineView(FlowTimelineViewModel vm) {
        super(8);
        setId("flow-timeline");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        getStyleClass().add("ct-timeline");

        Button play = new Button("▶");
        play.setId("flow-play");
        play.setMinWidth(34);
        play.textProperty().bind(javafx.beans.binding.Bindings.when(vm.playingProperty()).then("❚❚").otherwise("▶"));
        play.setOnAction(e -> vm.togglePlay());
        play.setTooltip(new Tooltip(Texts.get("flowsui.timeline.play")));

        Label time = new Label();
        time.setId("flow-time");
        time.getStyleClass().add("ct-mono");
        time.textProperty().bind(vm.timeTextProperty());

        Slider scrub = new Slider(0, 1, 0);
        scrub.setId("flow-scrub");
        scrub.maxProperty().bind(vm.durationProperty());
        scrub.valueProperty().bindBidirectional(vm.positionProperty());
        scrub.disableProperty().bind(vm.liveProperty());
        HBox.setHgrow(scrub, Priority.ALWAYS);

        ComboBox<Double> rate = combo(RATES, "×%.0f");
        rate.setId("flow-rate");
        rate.valueProperty().addListener((o, a, b) -> { if (b != null) vm.rateProperty().set(b); });
        vm.rateProperty().addListener((o, a, b) -> rate.setValue(b.doubleValue()));
        rate.setValue(vm.rateProperty().get());
        rate.setTooltip(new Tooltip(Texts.get("flowsui.timeline.rate")));

        CheckBox loop = new CheckBox(Texts.get("flowsui.timeline.loop"));
        loop.setId("flow-loop");
        loop.selectedProperty().bindBidirectional(vm.loopingProperty());

        ComboBox<Double> window = combo(WINDOWS, "%.0f s");
        window.setId("flow-window");
        window.valueProperty().addListener((o, a, b) -> { if (b != null) vm.windowSecondsProperty().set(b); });
        vm.windowSecondsProperty().addListener((o, a, b) -> window.setValue(b.doubleValue()));
        window.setValue(vm.windowSecondsProperty().get());
        window.setTooltip(new Tooltip(Texts.get("flowsui.timeline.window")));

        ToggleButton live = new ToggleButton(Texts.get("flowsui.timeline.live"));
        live.setId("flow-live");
        live.selectedProperty().bindBidirectional(vm.liveProperty());
        live.setTooltip(new Tooltip(Texts.get("flowsui.timeline.live.tip")));
        Label latency = new Label();
        latency.setId("flow-latency");
        latency.textProperty().bind(vm.latencyTextProperty());

        getChildren().addAll(play, time, scrub, rate, loop, new Label(Texts.get("flowsui.timeline.trailHeat")), window, live, latency);
    }

    private static ComboBox<Double> combo(Double[] values, String format) {
        ComboBox<Double> c = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(values));
        c.setConverter(new StringConverter<>() {
            @Override public String toString(Double d) { return d == null ? "" : String.format(java.util.Locale.ROOT, format, d); }
            @Override public Double fromString(String s) { return null; }
        });
        return c;
    }
}
