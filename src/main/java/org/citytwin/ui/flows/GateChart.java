package org.citytwin.ui.flows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.citytwin.flow.CountingGate;
import org.citytwin.text.Texts;

/**
 * One gate's crossings per minute as a bar chart with axes: time (the minute each bar starts, in the timeline's
 * clock) and count, forward bars up in pink and backward bars down in blue, so both directions read off one zero
 * line. Redrawn only when a count changed (the gates view is told up to 30 times a second).
 */
final class GateChart extends BarChart<String, Number> {
    static final double WIDTH = 300, HEIGHT = 170;
    private final XYChart.Series<String, Number> forward = new XYChart.Series<>();
    private final XYChart.Series<String, Number> backward = new XYChart.Series<>();
    private final LongFunction<String> minuteLabel;
    private List<CountingGate.MinuteCount> shown = List.of();

    /** @param minuteLabel the text of a minute's start (clock time, or mm:ss on a relative clock) */
    GateChart(String gateId, LongFunction<String> minuteLabel) {
        super(new CategoryAxis(), new NumberAxis());
        this.minuteLabel = minuteLabel;
        setId("gate-chart-" + gateId.replace(' ', '-'));
        getStyleClass().add("gate-chart");
        getStylesheets().add(GateChart.class.getResource("gate-chart.css").toExternalForm());
        setAnimated(false);
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        setBarGap(0);
        setCategoryGap(4);
        setVerticalGridLinesVisible(false);
        getXAxis().setLabel(Texts.get("flows.gate.axis.time"));
        NumberAxis count = (NumberAxis) getYAxis();
        count.setLabel(Texts.get("flows.gate.axis.count"));
        count.setMinorTickVisible(false);
        count.setForceZeroInRange(true);
        count.setTickLabelFormatter(new StringConverter<>() {
            @Override public String toString(Number n) {
                long v = Math.round(Math.abs(n.doubleValue())); // backward bars point down but count up
                return Math.abs(n.doubleValue() - Math.rint(n.doubleValue())) < 1e-9 ? Long.toString(v) : "";
            }
            @Override public Number fromString(String s) { return null; }
        });
        forward.setName(Texts.get("flows.gate.forward"));
        backward.setName(Texts.get("flows.gate.backward"));
        getData().setAll(List.of(forward, backward));
    }

    /** Shows the last {@code minutes} minutes of {@code counts} (only when something changed). */
    void show(List<CountingGate.MinuteCount> counts, int minutes) {
        List<CountingGate.MinuteCount> last = counts.subList(Math.max(0, counts.size() - minutes), counts.size());
        if (last.equals(shown)) return;
        shown = List.copyOf(last);
        List<XYChart.Data<String, Number>> f = new ArrayList<>(), b = new ArrayList<>();
        int max = 1;
        for (CountingGate.MinuteCount m : shown) {
            String when = minuteLabel.apply(m.minuteStartMillis());
            f.add(new XYChart.Data<>(when, m.forward()));
            b.add(new XYChart.Data<>(when, -m.backward()));
            max = Math.max(max, Math.max(m.forward(), m.backward()));
        }
        NumberAxis count = (NumberAxis) getYAxis();
        count.setAutoRanging(false); // symmetric about zero, whole-number ticks
        int top = niceCeiling(max);
        count.setLowerBound(-top);
        count.setUpperBound(top);
        count.setTickUnit(Math.max(1, top / 2));
        forward.getData().setAll(f);
        backward.getData().setAll(b);
    }

    /** 1, 2, 4, 6, 10, 20, 40, 60, 100 … at or above n: ticks at whole counts. */
    static int niceCeiling(int n) {
        int scale = 1;
        while (true) {
            for (int step : new int[] {1, 2, 4, 6, 10}) if (step * scale >= n) return step * scale;
            scale *= 10;
        }
    }
}
