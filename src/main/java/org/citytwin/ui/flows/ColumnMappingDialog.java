package org.citytwin.ui.flows;

import org.citytwin.text.Texts;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.citytwin.flow.read.ColumnMapping;
import org.citytwin.flow.read.LengthUnit;

/**
 * "Import delimited text": the user maps columns to id, time or frame, x, y, z and says how coordinates reach the
 * scene. Binds to a {@link ColumnMappingViewModel}; OK stays disabled while the choices are invalid and the
 * reason is shown. Returns the {@link ColumnMapping}, or null when cancelled.
 */
public final class ColumnMappingDialog extends Dialog<ColumnMapping> {

    public ColumnMappingDialog(ColumnMappingViewModel vm, String fileName) {
        setTitle(Texts.get("dialogs.columns.title", fileName));
        setHeaderText(Texts.get("dialogs.columns.header"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        ComboBox<String> delimiter = new ComboBox<>(FXCollections.observableList(ColumnMappingViewModel.DELIMITERS));
        delimiter.valueProperty().bindBidirectional(vm.delimiterProperty());
        CheckBox header = new CheckBox(Texts.get("dialogs.columns.header.row"));
        header.selectedProperty().bindBidirectional(vm.headerProperty());
        grid.addRow(row++, new Label(Texts.get("dialogs.columns.delimiter")), delimiter, header);
        grid.addRow(row++, new Label(Texts.get("dialogs.columns.id")), column(vm, vm.idProperty(), "column-id"));
        CheckBox frames = new CheckBox(Texts.get("dialogs.columns.frames"));
        frames.selectedProperty().bindBidirectional(vm.useFramesProperty());
        TextField fps = field(vm.fpsProperty(), "column-fps", "fps");
        fps.setPrefColumnCount(4);
        fps.disableProperty().bind(vm.useFramesProperty().not());
        Label fpsUnit = new Label(Texts.get("dialogs.columns.fps"));
        fpsUnit.disableProperty().bind(vm.useFramesProperty().not());
        HBox rate = new HBox(4, fps, fpsUnit);
        rate.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(row++, new Label(Texts.get("dialogs.columns.time")), column(vm, vm.timeProperty(), "column-time"), frames, rate);
        ComboBox<ColumnMapping.TimeFormat> format = new ComboBox<>(
                FXCollections.observableArrayList(ColumnMapping.TimeFormat.values()));
        format.valueProperty().bindBidirectional(vm.timeFormatProperty());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ColumnMapping.TimeFormat f) {
                return f == null ? "" : switch (f) {
                    case DATE_TIME -> Texts.get("dialogs.columns.format.dateTime");
                    case EPOCH_SECONDS -> Texts.get("dialogs.columns.format.epochSeconds");
                    case EPOCH_MILLIS -> Texts.get("dialogs.columns.format.epochMillis");
                    case SECONDS -> Texts.get("dialogs.columns.format.seconds");
                };
            }

            @Override
            public ColumnMapping.TimeFormat fromString(String s) {
                return null;
            }
        });
        format.disableProperty().bind(vm.useFramesProperty());
        TextField zone = field(vm.zoneProperty(), "column-zone", Texts.get("dialogs.columns.zone"));
        zone.disableProperty().bind(vm.useFramesProperty());
        grid.addRow(row++, new Label(Texts.get("dialogs.columns.timeFormat")), format, zone);
        grid.addRow(row++, new Label(Texts.get("dialogs.columns.x")), column(vm, vm.xProperty(), "column-x"),
                new Label(Texts.get("dialogs.columns.y")), column(vm, vm.yProperty(), "column-y"));
        grid.addRow(row++, new Label(Texts.get("dialogs.columns.z")), column(vm, vm.zProperty(), "column-z"));
        CheckBox geo = new CheckBox(Texts.get("dialogs.columns.geo"));
        geo.selectedProperty().bindBidirectional(vm.georeferencedProperty());
        TextField crs = field(vm.crsProperty(), "column-crs", "EPSG:4326, CRS84...");
        crs.disableProperty().bind(vm.georeferencedProperty().not());
        grid.add(geo, 0, row);
        grid.add(crs, 1, row++, 3, 1);
        ComboBox<LengthUnit> units = new ComboBox<>(FXCollections.observableArrayList(LengthUnit.values()));
        units.valueProperty().bindBidirectional(vm.unitsProperty());
        units.setConverter(new StringConverter<>() {
            @Override
            public String toString(LengthUnit u) {
                return u == null ? "" : u.name().toLowerCase(java.util.Locale.ROOT);
            }

            @Override
            public LengthUnit fromString(String s) {
                return LengthUnit.parse(s);
            }
        });
        TextField placement = field(vm.placementProperty(), "column-placement", "x,y,rotation,scale");
        units.disableProperty().bind(vm.georeferencedProperty());
        placement.disableProperty().bind(vm.georeferencedProperty());
        grid.addRow(row++, new Label(Texts.get("dialogs.columns.lab")), units, placement, new Label(Texts.get("dialogs.columns.placementHint")));
        Label error = new Label();
        error.setId("column-error");
        error.getStyleClass().add("ct-error");
        error.textProperty().bind(vm.errorProperty());
        ListView<String> preview = new ListView<>(vm.preview());
        preview.setPrefHeight(120);
        VBox content = new VBox(8, grid, error, new Label(Texts.get("dialogs.columns.preview")), preview);
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        org.citytwin.ui.theme.Theme.current().apply(getDialogPane()); // its style classes, light or dark
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(Bindings.isNotEmpty(vm.errorProperty()));
        setResultConverter(button -> button == ButtonType.OK ? vm.build().orElse(null) : null);
    }

    /** An editable choice of the file's columns (a name or a 1-based number may be typed). */
    private static ComboBox<String> column(ColumnMappingViewModel vm, javafx.beans.property.StringProperty p, String id) {
        ComboBox<String> box = new ComboBox<>(vm.columns());
        box.setId(id);
        box.setEditable(true);
        box.valueProperty().bindBidirectional(p);
        return box;
    }

    private static TextField field(javafx.beans.property.StringProperty p, String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(p);
        return f;
    }
}
