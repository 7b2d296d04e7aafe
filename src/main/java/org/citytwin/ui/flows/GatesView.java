package org.citytwin.ui.flows;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.citytwin.flow.CountingGate;

/**
 * Counting gates' read-out: per gate its totals in both directions and a chart of crossings per minute with time
 * and count axes (forward up, backward down) over the last {@value #MINUTES} minutes. Rows are made when gates come
 * and go; counts update in place.
 */
public final class GatesView extends VBox {
    static final int MINUTES = 15;
    private final FlowsController flows;
    private final Map<CountingGate, Row> rows = new LinkedHashMap<>();

    private record Row(Label total, GateChart chart) {
    }

    public GatesView(FlowsController flows) {
        super(4);
        this.flows = flows;
        setId("gates");
        setPadding(new Insets(6, 8, 6, 8));
        getStyleClass().add("ct-gates");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        flows.gates().addListener((ListChangeListener<CountingGate>) c -> rebuild());
        flows.gateRevisionProperty().addListener((o, a, b) -> update());
        rebuild();
    }

    private void rebuild() {
        rows.clear();
        getChildren().clear();
        for (CountingGate g : flows.gates()) {
            Label total = new Label();
            total.setId("gate-total-" + g.id().replace(' ', '-'));
            total.getStyleClass().add("ct-bold");
            GateChart chart = new GateChart(g.id(), flows.timeline()::minuteLabel);
            rows.put(g, new Row(total, chart));
            getChildren().addAll(total, chart);
        }
        setVisible(!rows.isEmpty());
        setManaged(isVisible());
        update();
    }

    private void update() {
        rows.forEach((g, row) -> {
            row.total().setText(String.format("%s   → %d   ← %d", g.id(), g.forwardTotal(), g.backwardTotal()));
            row.chart().show(g.perMinute(), MINUTES);
        });
    }
}
