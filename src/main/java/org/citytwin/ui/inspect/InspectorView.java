package org.citytwin.ui.inspect;

import org.citytwin.text.Texts;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;

/**
 * The right-hand inspector: summary of the selected object, its attribute tree (name, value, label, unit)
 * and copy buttons. Only binds to {@link InspectorViewModel}; shown while something is selected, and the
 * header's button collapses it to a thin strip.
 */
public final class InspectorView extends VBox {
    private final InspectorViewModel vm;
    private final GridPane summary = new GridPane();
    private final TreeTableView<Attribute> table = new TreeTableView<>();
    private final VBox body;
    private double openWidth = WIDE;
    static final double WIDE = 400, COMPACT = 320;

    public InspectorView(InspectorViewModel vm) {
        this.vm = vm;
        setId("inspector");
        setPrefWidth(openWidth);
        setMinWidth(Region.USE_PREF_SIZE);
        setSpacing(6);
        setPadding(new Insets(6));
        getStyleClass().add("ct-inspector");

        Label title = new Label(Texts.get("tools.inspector.title"));
        title.getStyleClass().add("ct-bold");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button collapse = new Button("›");
        collapse.setId("inspector-collapse");
        Button close = new Button("×");
        close.setId("inspector-close");
        close.setOnAction(e -> vm.clear());
        HBox header = new HBox(6, title, gap, collapse, close);

        summary.setId("inspector-summary");
        summary.setHgap(8);
        summary.setVgap(2);
        table.setId("inspector-attributes");
        table.setShowRoot(false);
        // shares of the width (the policy scales them): names are long and indented, units short
        table.getColumns().add(column(Texts.get("tools.inspector.col.name"), 170, a -> a.name()));
        table.getColumns().add(column(Texts.get("tools.inspector.col.value"), 100, a -> a.value() == null ? "" : a.value()));
        table.getColumns().add(column(Texts.get("tools.inspector.col.label"), 70, a -> a.label() == null ? "" : a.label()));
        table.getColumns().add(column(Texts.get("tools.inspector.col.unit"), 40, a -> a.unit() == null ? "" : a.unit()));
        table.setRowFactory(t -> {
            javafx.scene.control.TreeTableRow<Attribute> row = new javafx.scene.control.TreeTableRow<>();
            row.setStyle("-fx-indent: 6;"); // PLATEAU nests addresses six deep: the default 10 px a level ate the names
            return row;
        });
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button copyId = new Button(Texts.get("tools.inspector.copyId"));
        copyId.setId("copy-id");
        copyId.setOnAction(e -> copy(vm.selectedId()));
        Button copyAttributes = new Button(Texts.get("tools.inspector.copyAttributes"));
        copyAttributes.setId("copy-attributes");
        copyAttributes.setOnAction(e -> copy(vm.attributesText()));
        body = new VBox(6, summary, table, new HBox(6, copyId, copyAttributes));
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body);

        collapse.setOnAction(e -> {
            boolean open = !body.isVisible();
            body.setVisible(open);
            body.setManaged(open);
            title.setVisible(open);
            title.setManaged(open);
            setPrefWidth(open ? openWidth : Region.USE_COMPUTED_SIZE);
            collapse.setText(open ? "›" : "‹");
        });
        visibleProperty().bind(vm.selectedProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        vm.selectedProperty().addListener((o, was, now) -> show(now));
    }

    /** Narrow windows: a slimmer inspector (names and values wrap), so the 3D view keeps its room. */
    public void setCompact(boolean compact) {
        openWidth = compact ? COMPACT : WIDE;
        if (body.isVisible()) setPrefWidth(openWidth);
    }

    private void show(CityObject object) {
        summary.getChildren().clear();
        int row = 0;
        for (InspectorViewModel.Field f : vm.fields()) {
            Label name = new Label(f.name());
            name.getStyleClass().add("ct-muted");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(f.value());
            value.setId("inspector-" + f.name().replace(' ', '-'));
            value.setWrapText(true);
            if (f.value() != null && !f.value().isEmpty()) value.setTooltip(new javafx.scene.control.Tooltip(f.value())); // ids and paths do not wrap
            summary.addRow(row++, name, value);
        }
        TreeItem<Attribute> root = new TreeItem<>();
        if (object != null) for (Attribute a : object.attributes()) root.getChildren().add(item(a));
        table.setRoot(root);
    }

    private static TreeItem<Attribute> item(Attribute a) {
        TreeItem<Attribute> item = new TreeItem<>(a);
        for (Attribute c : a.children()) item.getChildren().add(item(c));
        item.setExpanded(true);
        return item;
    }

    private static TreeTableColumn<Attribute, String> column(String title, double width,
                                                             java.util.function.Function<Attribute, String> value) {
        TreeTableColumn<Attribute, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(p -> new ReadOnlyStringWrapper(p.getValue().getValue() == null ? "" : value.apply(p.getValue().getValue())));
        c.setCellFactory(col -> new WrappingCell());
        return c;
    }

    /**
     * A cell that draws its whole text, wrapped to the room it has (long words too), in a row that grows to fit:
     * names such as {@code xAL:CountryName} were cut to {@code xAL:Cou…}. A Labeled cannot do this in a table (rows
     * ask cells for their height without a width, and single words never wrap), so the text is a {@link Text}
     * whose wrapping width follows the cell after each layout. The tooltip holds the full text as well.
     */
    static final class WrappingCell extends javafx.scene.control.TreeTableCell<Attribute, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.fillProperty().bind(textFillProperty()); // white on a selected row, as plain cells
            text.fontProperty().bind(fontProperty());
        }

        /** What the cell draws (the full text); for tests. */
        Text drawn() { return text; }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            boolean none = empty || value == null || value.isEmpty();
            setText(null);
            text.setText(none ? "" : value);
            setGraphic(none ? null : text);
            setTooltip(none ? null : new javafx.scene.control.Tooltip(value));
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (getGraphic() != text) return;
            double room = Math.max(16, getWidth() - text.getLayoutX() - snappedRightInset()); // after the tree's indent
            if (Math.abs(text.getWrappingWidth() - room) > 0.5) {
                text.setWrappingWidth(room);
                // the row's height follows the lines: measured again on the next pulse (a request made during this
                // layout pass would be cleared when it ends)
                javafx.application.Platform.runLater(() -> {
                    requestLayout();
                    if (getTableRow() != null) getTableRow().requestLayout();
                });
            }
        }
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
