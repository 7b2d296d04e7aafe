package org.citytwin.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.citytwin.flow.CountingGate;

/**
 * Counting gates' read-out: per gate its totals in both directions and a small chart of crossings per minute
 * (forward up in pink, backward down in blue) over the last {@value #MINUTES} minutes with counts.
 */
public final class GatesView extends VBox {
    static final int MINUTES = 15;
    private static final Color FORWARD = Color.rgb(255, 0, 110), BACKWARD = Color.rgb(58, 134, 255);
    private final FlowsController flows;

    public GatesView(FlowsController flows) {
        super(4);
        this.flows = flows;
        setId("gates");
        setPadding(new Insets(6, 8, 6, 8));
        getStyleClass().add("ct-gates");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        flows.gates().addListener((ListChangeListener<CountingGate>) c -> refresh());
        flows.gateRevisionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        setVisible(!flows.gates().isEmpty());
        setManaged(isVisible());
        getChildren().clear();
        for (CountingGate g : flows.gates()) {
            Label total = new Label(String.format("%s   → %d   ← %d", g.id(), g.forwardTotal(), g.backwardTotal()));
            total.setId("gate-total-" + g.id().replace(' ', '-'));
            total.getStyleClass().add("ct-bold");
            getChildren().addAll(total, chart(g.perMinute()));
        }
    }

    private static Canvas chart(List<CountingGate.MinuteCount> minutes) {
        Canvas canvas = new Canvas(MINUTES * 12, 44);
        GraphicsContext g = canvas.getGraphicsContext2D();
        double mid = 22;
        g.setStroke(Color.gray(0.6));
        g.strokeLine(0, mid, canvas.getWidth(), mid);
        List<CountingGate.MinuteCount> shown = minutes.subList(Math.max(0, minutes.size() - MINUTES), minutes.size());
        int max = 1;
        for (var m : shown) max = Math.max(max, Math.max(m.forward(), m.backward()));
        for (int i = 0; i < shown.size(); i++) {
            var m = shown.get(i);
            double x = i * 12 + 2, hf = 20.0 * m.forward() / max, hb = 20.0 * m.backward() / max;
            g.setFill(FORWARD);
            g.fillRect(x, mid - hf, 8, hf);
            g.setFill(BACKWARD);
            g.fillRect(x, mid, 8, hb);
        }
        return canvas;
    }
}
