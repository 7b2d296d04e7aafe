package org.citytwin.ui.flows;

import org.citytwin.text.Texts;

import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.citytwin.scene.flows.AgentColouring;

/** The flows' rows in the layers panel: visibility, agents shown, their sources, colour by, trails, heat map. */
public final class FlowLayersView extends VBox {

    public FlowLayersView(FlowsController flows) {
        super(3);
        setId("flow-layers");
        setPadding(new Insets(6, 6, 6, 6));
        CheckBox visible = new CheckBox();
        visible.setId("visible-flows");
        visible.setSelected(true);
        visible.textProperty().bind(flows.agentCountProperty().map(n -> Texts.get("flowsui.layers.title", n)));
        visible.selectedProperty().addListener((o, a, on) -> flows.layer().setVisible(on));
        Label sources = new Label();
        sources.setId("flow-sources");
        sources.textProperty().bind(flows.sourceNamesProperty());
        sources.setWrapText(true);
        sources.getStyleClass().add("ct-note");
        ComboBox<AgentColouring> colour = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(AgentColouring.values()));
        colour.setId("flow-colouring");
        colour.setValue(flows.renderer().colouring());
        colour.valueProperty().addListener((o, a, c) -> flows.setColouring(c));
        CheckBox trails = new CheckBox(Texts.get("flowsui.layers.trails"));
        trails.setId("flow-trails-visible");
        trails.setSelected(true);
        trails.selectedProperty().addListener((o, a, on) -> flows.renderer().setTrailsVisible(on));
        CheckBox heat = new CheckBox(Texts.get("flowsui.layers.heat"));
        heat.setId("flow-heat-visible");
        heat.setSelected(true);
        heat.selectedProperty().addListener((o, a, on) -> flows.setHeatVisible(on));
        Label message = new Label();
        message.setId("flow-message");
        message.textProperty().bind(flows.messageProperty());
        message.setWrapText(true);
        message.getStyleClass().add("ct-note");
        getChildren().addAll(visible, sources, message, new HBox(6, new Label(Texts.get("flowsui.layers.colourBy")), colour), new HBox(10, trails, heat));
        visibleProperty().bind(flows.timeline().hasDataProperty().or(flows.timeline().liveProperty()));
        managedProperty().bind(visibleProperty());
    }
}
