package org.citytwin.ui;

import java.nio.file.Path;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.citytwin.flow.read.FlowFileReader;
import org.citytwin.flow.read.FlowReadOptions;
import org.citytwin.flow.read.LabPlacement;
import org.citytwin.flow.read.LengthUnit;

/**
 * Asks how to place lab trajectories (Jülich/PeTrack "id frame x y z"): frame rate, length unit, where the lab origin
 * goes in the scene (default: the middle of what is loaded), rotation and scale. Answers null when cancelled.
 */
public final class LabPlacementDialog {
    private LabPlacementDialog() {
    }

    /**
     * The frame rate to propose: the file's own "# framerate:" header when it has one (Jülich/PeTrack files say
     * 25), else the readers' default, so accepting the dialog never silently re-times a file.
     */
    static String proposedFps(Path file) {
        Double fps = FlowFileReader.labFrameRate(file);
        double value = fps != null ? fps : 25;
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    public static FlowReadOptions ask(Path file, double[] defaultOrigin, javafx.stage.Window owner) {
        Dialog<FlowReadOptions> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Place lab trajectories");
        d.setHeaderText(file.getFileName() + " has lab coordinates and frame numbers: how are they meant?");
        TextField fps = new TextField(proposedFps(file));
        ComboBox<LengthUnit> units = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(LengthUnit.values()));
        units.setValue(LengthUnit.parse("m"));
        TextField x = new TextField(String.format(java.util.Locale.ROOT, "%.1f", defaultOrigin[0]));
        TextField y = new TextField(String.format(java.util.Locale.ROOT, "%.1f", defaultOrigin[1]));
        TextField z = new TextField(String.format(java.util.Locale.ROOT, "%.1f", defaultOrigin[2]));
        TextField rotation = new TextField("0");
        TextField scale = new TextField("1");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        String[] labels = {"Frames per second", "Length unit", "Origin east (m)", "Origin north (m)", "Origin height (m)",
                "Rotation (° counter-clockwise)", "Scale"};
        javafx.scene.Node[] fields = {fps, units, x, y, z, rotation, scale};
        for (int i = 0; i < labels.length; i++) grid.addRow(i, new Label(labels[i]), fields[i]);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) return null;
            try {
                return FlowReadOptions.DEFAULTS.withFps(Double.parseDouble(fps.getText().trim()))
                        .withUnits(units.getValue())
                        .withPlacement(new LabPlacement(Double.parseDouble(x.getText().trim()), Double.parseDouble(y.getText().trim()),
                                Double.parseDouble(z.getText().trim()), Double.parseDouble(rotation.getText().trim()),
                                Double.parseDouble(scale.getText().trim())));
            } catch (IllegalArgumentException e) {
                new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                        "Not a valid placement: " + e.getMessage()).showAndWait();
                return null;
            }
        });
        return d.showAndWait().orElse(null);
    }
}
