package org.citytwin.ui.flows;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import org.citytwin.scene.flows.HeatMapLayer;
import org.citytwin.text.Texts;

/**
 * The heat map's legend: its colour ramp from clear to the hottest red, with the densities at both ends and the
 * middle in people per m², averaged over the trail/heat window. Shown while the heat map is ticked and has people
 * on it; the top end follows the map's own scale (sparse data saturate lower).
 */
public final class HeatLegendView extends VBox {
    static final double RAMP_WIDTH = 160, RAMP_HEIGHT = 12;
    private static final int STOPS = 12;
    private final Rectangle ramp = new Rectangle(RAMP_WIDTH, RAMP_HEIGHT);
    private final Label low = new Label("0"), mid = new Label(), high = new Label();
    private final Label unit = new Label();

    public HeatLegendView(FlowsController flows) {
        super(3);
        setId("heat-legend");
        setPadding(new Insets(8, 10, 8, 10));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getStyleClass().add("ct-legend"); // the theme's overlay colour (light or dark)
        setMouseTransparent(true);
        Label title = new Label(Texts.get("flows.heat.legend.title"));
        title.setStyle("-fx-font-weight: bold;");
        ramp.setId("heat-legend-ramp");
        ramp.setStroke(Color.gray(0.45));
        low.setId("heat-legend-low");
        mid.setId("heat-legend-mid");
        high.setId("heat-legend-high");
        unit.setId("heat-legend-unit");
        unit.getStyleClass().add("ct-note");
        BorderPane ticks = new BorderPane(mid, null, high, null, low);
        ticks.setPrefWidth(RAMP_WIDTH);
        ticks.setMaxWidth(RAMP_WIDTH);
        BorderPane.setAlignment(low, Pos.CENTER_LEFT);
        BorderPane.setAlignment(high, Pos.CENTER_RIGHT);
        getChildren().addAll(title, ramp, ticks, unit);
        HeatMapLayer heat = flows.layer().heat();
        heat.saturationProperty().addListener((o, a, b) -> scale(b.doubleValue()));
        flows.timeline().windowSecondsProperty().addListener((o, a, b) -> window(b.doubleValue()));
        scale(heat.saturationProperty().get());
        window(flows.timeline().windowSecondsProperty().get());
        visibleProperty().bind(heat.showingProperty().and(flows.heatVisibleProperty()).and(flows.layer().node().visibleProperty()));
        managedProperty().bind(visibleProperty());
    }

    /** The ramp as the map paints it, from 0 to {@code saturation} people per m². */
    private void scale(double saturation) {
        Stop[] stops = new Stop[STOPS + 1];
        for (int i = 0; i <= STOPS; i++) {
            double f = i / (double) STOPS;
            stops[i] = new Stop(f, f == 0 ? Color.gray(1, 0) : HeatMapLayer.colour(f * saturation, saturation));
        }
        ramp.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
        mid.setText(number(saturation / 2));
        high.setText("≥ " + number(saturation));
    }

    private void window(double seconds) {
        unit.setText(Texts.get("flows.heat.legend.unit", Math.round(seconds)));
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, v < 1 ? "%.2f" : "%.1f", v);
    }

    /** The tick texts, low to high (tests). */
    String[] tickTexts() {
        return new String[] {low.getText(), mid.getText(), high.getText()};
    }
}
