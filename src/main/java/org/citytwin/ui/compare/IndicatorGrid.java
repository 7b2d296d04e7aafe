package org.citytwin.ui.compare;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import org.citytwin.scenario.ScenarioIndicators;

/** The scenario indicators side by side: A | B | Δ for buildings, footprint, gross floor area and max height. */
final class IndicatorGrid extends GridPane {

    private record Row(String key, ToDoubleFunction<ScenarioIndicators> value, String pattern) {
    }

    private static final List<Row> ROWS = List.of(new Row("compare.indicator.buildings", ScenarioIndicators::buildings, "%,.0f"),
            new Row("compare.indicator.footprint", ScenarioIndicators::footprint, "%,.0f"),
            new Row("compare.indicator.grossFloorArea", ScenarioIndicators::grossFloorArea, "%,.0f"),
            new Row("compare.indicator.maxHeight", ScenarioIndicators::maxHeight, "%,.1f"));

    IndicatorGrid() {
        setId("compare-indicators");
        setHgap(14);
        setVgap(2);
        getColumnConstraints().add(new ColumnConstraints());
        for (int i = 0; i < 3; i++) {
            ColumnConstraints c = new ColumnConstraints(110);
            c.setHalignment(HPos.RIGHT);
            getColumnConstraints().add(c);
        }
        show(null, null, "A", "B");
    }

    /** FX thread; nulls show dashes. */
    void show(ScenarioIndicators a, ScenarioIndicators b, String nameA, String nameB) {
        getChildren().clear();
        add(bold(""), 0, 0);
        add(bold("A: " + nameA), 1, 0);
        add(bold("B: " + nameB), 2, 0);
        add(bold("Δ"), 3, 0);
        for (int i = 0; i < ROWS.size(); i++) {
            Row r = ROWS.get(i);
            add(new Label(org.citytwin.text.Texts.get(r.key())), 0, i + 1); // the key, read at each show: the current language
            add(cell(a == null ? null : r.value().applyAsDouble(a), r.pattern()), 1, i + 1);
            add(cell(b == null ? null : r.value().applyAsDouble(b), r.pattern()), 2, i + 1);
            Double d = a == null || b == null ? null : r.value().applyAsDouble(b) - r.value().applyAsDouble(a);
            Label delta = cell(d, (d != null && d > 0 ? "+" : "") + r.pattern());
            delta.setId("indicator-delta-" + i);
            add(delta, 3, i + 1);
        }
    }

    private static Label cell(Double value, String pattern) {
        return new Label(value == null ? ChangeTable.NOT_STATED : String.format(Locale.ROOT, pattern, value));
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("ct-bold");
        l.setMaxWidth(150);
        return l;
    }
}
