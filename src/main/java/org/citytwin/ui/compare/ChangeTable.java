package org.citytwin.ui.compare;

import org.citytwin.text.Texts;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The change table: one row per added, removed or changed object with B − A of height, footprint, volume and storeys.
 * Every column sorts; a delta neither side states shows as "–" and sorts after every number.
 */
final class ChangeTable extends TableView<ChangeRow> {

    static final String NOT_STATED = "–";

    ChangeTable() {
        setId("compare-table");
        setPlaceholder(new Label(Texts.get("compare.table.placeholder")));
        setPrefHeight(150);
        getColumns().add(text(Texts.get("compare.column.change"), 66, ChangeRow::kindLabel));
        getColumns().add(text(Texts.get("compare.column.id"), 250, ChangeRow::id));
        getColumns().add(text(Texts.get("compare.column.type"), 96, ChangeRow::type));
        getColumns().add(text(Texts.get("compare.column.matchedBy"), 92, ChangeRow::matchedBy));
        getColumns().add(delta(Texts.get("compare.column.height"), ChangeRow::heightDelta, "%+.1f"));
        getColumns().add(delta(Texts.get("compare.column.footprint"), ChangeRow::footprintDelta, "%+.0f"));
        getColumns().add(delta(Texts.get("compare.column.volume"), ChangeRow::volumeDelta, "%+.0f"));
        getColumns().add(delta(Texts.get("compare.column.storeys"), ChangeRow::storeysDelta, "%+.0f"));
        getColumns().add(text(Texts.get("compare.column.attributes"), 200, ChangeRow::attributes));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    /** How a delta reads in a cell: signed, or "–" when not stated. */
    static String format(double value, String pattern) {
        return Double.isNaN(value) ? NOT_STATED : String.format(Locale.ROOT, pattern, value);
    }

    private static TableColumn<ChangeRow, String> text(String name, double width, Function<ChangeRow, String> value) {
        TableColumn<ChangeRow, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    private static TableColumn<ChangeRow, Double> delta(String name, ToDoubleFunction<ChangeRow> value, String pattern) {
        TableColumn<ChangeRow, Double> c = new TableColumn<>(name);
        c.setPrefWidth(Math.max(70, 8.2 * name.length() + 10)); // the header in full
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(d.getValue())));
        c.setComparator(Comparator.comparing((Double d) -> d.isNaN()).thenComparing(Comparator.naturalOrder()));
        c.setCellFactory(col -> new TableCell<>() {
            {
                getStyleClass().add("ct-number");
            }

            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format(item, pattern));
            }
        });
        return c;
    }
}
