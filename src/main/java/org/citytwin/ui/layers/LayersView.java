package org.citytwin.ui.layers;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.citytwin.model.FeatureKind;
import org.citytwin.text.Texts;

/** The layers tree: datasets → feature kinds (count, visibility, opacity, colour of that file's kind); a dataset row can be removed. */
public final class LayersView extends VBox {
    private final LayersViewModel vm;
    private final TreeItem<Object> root = new TreeItem<>("Datasets");
    private final TreeView<Object> tree = new TreeView<>(root);

    /** What a kind row shows: the kind within one dataset. */
    record KindRow(LayersViewModel.Dataset dataset, FeatureKind kind) {
    }

    private final java.util.function.Consumer<org.citytwin.model.Envelope> flyTo;

    public LayersView(LayersViewModel vm) {
        this(vm, e -> { });
    }

    /** @param flyTo moves the camera to frame a local-frame envelope (a dataset row's "Zoom to layer") */
    public LayersView(LayersViewModel vm, java.util.function.Consumer<org.citytwin.model.Envelope> flyTo) {
        this.vm = vm;
        this.flyTo = flyTo;
        setId("layers");
        tree.setId("layers-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new Cell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().add(tree);
        vm.datasets().addListener((ListChangeListener<LayersViewModel.Dataset>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        root.getChildren().clear();
        for (LayersViewModel.Dataset d : vm.datasets()) {
            TreeItem<Object> item = new TreeItem<>(d);
            d.counts().keySet().forEach(k -> item.getChildren().add(new TreeItem<>(new KindRow(d, k))));
            item.setExpanded(true);
            root.getChildren().add(item);
        }
    }

    /** Room the tree takes left of a dataset row (disclosure arrow, padding) and right of it (scroll bar). */
    private static final double ROW_INSET = 48;

    /** The swatch shows the colour itself; the layer's opacity has its own slider. */
    static javafx.scene.paint.Color opaque(javafx.scene.paint.Color c) {
        return c == null ? null : new javafx.scene.paint.Color(c.getRed(), c.getGreen(), c.getBlue(), 1);
    }

    private final class Cell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(empty || item == null ? null : graphic(item));
            setContextMenu(item instanceof LayersViewModel.Dataset d ? zoomMenu(d) : null);
        }

        private javafx.scene.control.ContextMenu zoomMenu(LayersViewModel.Dataset d) {
            javafx.scene.control.MenuItem zoom = new javafx.scene.control.MenuItem(org.citytwin.text.Texts.get("places.zoomToLayer"));
            zoom.setId("zoom-to-layer");
            zoom.setOnAction(e -> {
                org.citytwin.model.Envelope b = d.bounds();
                if (!b.isEmpty()) flyTo.accept(b);
            });
            return new javafx.scene.control.ContextMenu(zoom);
        }

        private javafx.scene.Node graphic(Object item) {
            if (item instanceof LayersViewModel.Dataset d) {
                Label name = new Label(d.path().replaceAll(".*[/\\\\]", ""));
                name.setTooltip(new javafx.scene.control.Tooltip(d.path()));
                // a long file name is cut short (…), never the ✕ beside it
                name.setMinWidth(0);
                name.setMaxWidth(Double.MAX_VALUE);
                name.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
                HBox.setHgrow(name, Priority.ALWAYS);
                Button remove = new Button("✕");
                remove.setId("remove-dataset");
                remove.setMinWidth(Button.USE_PREF_SIZE);
                remove.setTooltip(new javafx.scene.control.Tooltip(Texts.get("layers.removeDataset")));
                remove.setOnAction(e -> vm.remove(d));
                HBox row = new HBox(6, name, remove);
                row.setAlignment(Pos.CENTER_LEFT);
                row.setMinWidth(0);
                // the cell's room, not the name's length, sets the row's width (else the tree scrolls the ✕ away)
                row.prefWidthProperty().bind(tree.widthProperty().subtract(ROW_INSET));
                return row;
            }
            KindRow r = (KindRow) item;
            // this file's kind only: hiding Niiza's buildings leaves Shinjuku's
            LayersViewModel.KindStyle style = vm.style(r.dataset(), r.kind());
            CheckBox visible = new CheckBox(r.kind().displayName() + " (" + r.dataset().counts().get(r.kind()) + ")");
            visible.setId("visible-" + r.kind().name());
            visible.selectedProperty().bindBidirectional(style.visibleProperty());
            Slider opacity = new Slider(0, 100, style.opacityProperty().get());
            opacity.setId("opacity-" + r.kind().name());
            opacity.setPrefWidth(80);
            opacity.valueProperty().bindBidirectional(style.opacityProperty());
            ColorPicker color = new ColorPicker(opaque(style.colorProperty().get()));
            color.setId("color-" + r.kind().name());
            color.getStyleClass().add(ColorPicker.STYLE_CLASS_BUTTON);
            color.getStyleClass().add("ct-swatch-button");
            color.setTooltip(new javafx.scene.control.Tooltip(Texts.get("layers.colour", r.kind().displayName())));
            color.valueProperty().bindBidirectional(style.colorProperty());
            VBox box = new VBox(2, visible, new HBox(4, opacity, color));
            box.setPadding(new Insets(2, 0, 2, 0));
            return box;
        }
    }
}
