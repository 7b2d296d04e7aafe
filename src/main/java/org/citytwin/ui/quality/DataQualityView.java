package org.citytwin.ui.quality;

import org.citytwin.text.Texts;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;

/**
 * The "Data quality (N)" panel at the bottom of the window: load issues grouped by category with counts;
 * each issue row shows severity, category, file:line, gml:id and message. Double-click or Enter on a row
 * whose object was loaded flies the camera there. Opens by itself when an error arrives. Only binds.
 */
public final class DataQualityView extends TitledPane {

    /** A tree row: a category heading (issue == null) or one issue. */
    record Row(String severity, String category, String where, String gmlId, String message, LoadIssue issue) {
    }

    private final DataQualityViewModel vm;
    private final TreeTableView<Row> table = new TreeTableView<>(new TreeItem<>());

    public DataQualityView(DataQualityViewModel vm) {
        this.vm = vm;
        setId("data-quality");
        table.setId("issues");
        table.setShowRoot(false);
        table.setPrefHeight(170);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Texts.get("dialogs.quality.empty")));
        table.getColumns().add(column(Texts.get("dialogs.quality.severity"), r -> LoadIssue.severityName(Severity.valueOf(r.severity())), 110));
        table.getColumns().add(column(Texts.get("dialogs.quality.category"), r -> LoadIssue.categoryName(org.citytwin.model.IssueCategory.valueOf(r.category())), 200));
        table.getColumns().add(column(Texts.get("dialogs.quality.where"), Row::where, 220));
        table.getColumns().add(column("gml:id", Row::gmlId, 230));
        table.getColumns().add(column(Texts.get("dialogs.quality.message"), Row::message, 600));
        table.setRowFactory(t -> new IssueRow());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && activate(table.getSelectionModel().getSelectedItem())) e.consume();
        });
        setContent(table);
        textProperty().bind(vm.titleProperty());
        setExpanded(false);
        setAnimated(false);
        vm.groups().addListener((ListChangeListener<DataQualityViewModel.Group>) c -> rebuild());
        rebuild();
    }

    private boolean activate(TreeItem<Row> item) {
        return item != null && item.getValue().issue() != null && vm.flyTo(item.getValue().issue());
    }

    private void rebuild() {
        TreeItem<Row> root = table.getRoot();
        root.getChildren().clear();
        boolean error = false;
        for (DataQualityViewModel.Group g : vm.groups()) {
            String counts = Texts.get("dialogs.quality.counts", g.issues().size(), g.occurrences(),
                    g.occurrences() != g.issues().size() ? 1 : 0);
            TreeItem<Row> heading = new TreeItem<>(new Row(g.worst().name(), g.category().name(), "", "", counts, null));
            for (LoadIssue i : g.issues()) heading.getChildren().add(new TreeItem<>(row(i)));
            heading.setExpanded(g.worst() != Severity.INFO || vm.groups().size() == 1);
            root.getChildren().add(heading);
            error |= g.worst() == Severity.ERROR;
        }
        if (error) setExpanded(true);
    }

    private static Row row(LoadIssue i) {
        return new Row(i.severity().name(), i.category().name(), where(i), i.gmlId() == null ? "" : i.gmlId(), i.displayMessage(), i);
    }

    /** "file.gml:120" (file name only; the tooltip has the full path). */
    static String where(LoadIssue i) {
        if (i.file() == null) return "";
        String f = i.file().replace('\\', '/');
        return f.substring(f.lastIndexOf('/') + 1) + (i.line() > 0 ? ":" + i.line() : "");
    }

    /** "ERROR  file.gml:120  [gml:id] message": one line for logs, tooltips and copies. */
    public static String shortText(LoadIssue i) {
        StringBuilder sb = new StringBuilder(LoadIssue.severityName(i.severity())).append("  ");
        if (i.file() != null) sb.append(where(i)).append("  ");
        if (i.gmlId() != null) sb.append('[').append(i.gmlId()).append("] ");
        return sb.append(i.displayMessage()).toString();
    }

    private static TreeTableColumn<Row, String> column(String title, Function<Row, String> value, double width) {
        TreeTableColumn<Row, String> c = new TreeTableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getValue() == null ? "" : value.apply(f.getValue().getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 200)); // the constrained policy would squeeze "SELF_INTERSECTING_RING" to "SELF_..."
        return c;
    }

    /** Colours by severity, bold headings, full description as tooltip, double-click flies to the object. */
    private final class IssueRow extends TreeTableRow<Row> {
        private static final List<String> SEVERITY_CLASSES = List.of("ct-issue-error", "ct-issue-warning", "ct-bold");

        IssueRow() {
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && activate(getTreeItem())) e.consume();
            });
        }

        @Override
        public void updateSelected(boolean selected) {
            super.updateSelected(selected);
            applyStyle(getItem());
        }

        private void applyStyle(Row item) {
            getStyleClass().removeAll(SEVERITY_CLASSES);
            if (item == null) return;
            // the theme colours severities (citytwin.css, dark.css); the selection keeps its own text colour
            if (!isSelected() && "ERROR".equals(item.severity())) getStyleClass().add("ct-issue-error");
            else if (!isSelected() && "WARNING".equals(item.severity())) getStyleClass().add("ct-issue-warning");
            if (item.issue() == null) getStyleClass().add("ct-bold"); // a heading: file or object
        }

        @Override
        protected void updateItem(Row item, boolean empty) {
            super.updateItem(item, empty);
            applyStyle(empty ? null : item);
            if (empty || item == null) {
                setTooltip(null);
                return;
            }
            setTooltip(item.issue() == null ? null : new Tooltip(item.issue().displayDescription()
                    + (vm.canFlyTo(item.issue()) ? "\n" + Texts.get("dialogs.quality.flyHint") : "")));
        }
    }
}
