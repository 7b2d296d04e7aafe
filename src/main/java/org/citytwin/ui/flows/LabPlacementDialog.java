package org.citytwin.ui.flows;

import org.citytwin.text.Texts;

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
 * goes in the scene (default: the middle of what is loaded), rotation and scale, and optionally the date and time of
 * frame 0 (blank: the layer keeps its own clock from t = 0, or starts with the dated data). Answers null when cancelled.
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

    /**
     * The instant frame 0 stands for, from the dialog's start-time field: blank is 0, "not given" (the layer then
     * keeps its own clock, or joins dated data). Takes "2024-05-01 08:30[:00]" in {@code zone}, or ISO with an offset.
     * @throws IllegalArgumentException with the text, when it is no date and time
     */
    static long startMillis(String text, java.time.ZoneId zone) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return 0;
        try {
            return java.time.OffsetDateTime.parse(t).toInstant().toEpochMilli();
        } catch (java.time.format.DateTimeParseException notOffset) {
            // a local date and time, as the timeline shows it
        }
        for (String pattern : new String[] {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm"}) {
            try {
                return java.time.LocalDateTime.parse(t, java.time.format.DateTimeFormatter.ofPattern(pattern))
                        .atZone(zone).toInstant().toEpochMilli();
            } catch (java.time.format.DateTimeParseException tryNext) {
                // next pattern
            }
        }
        throw new IllegalArgumentException(org.citytwin.text.Texts.get("flows.lab.start.invalid", t));
    }

    public static FlowReadOptions ask(Path file, double[] defaultOrigin, javafx.stage.Window owner) {
        Dialog<FlowReadOptions> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Texts.get("flowsui.lab.title"));
        d.setHeaderText(Texts.get("flowsui.lab.header", file.getFileName()));
        TextField fps = new TextField(proposedFps(file));
        ComboBox<LengthUnit> units = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(LengthUnit.values()));
        units.setValue(LengthUnit.parse("m"));
        TextField x = new TextField(String.format(java.util.Locale.ROOT, "%.1f", defaultOrigin[0]));
        TextField y = new TextField(String.format(java.util.Locale.ROOT, "%.1f", defaultOrigin[1]));
        TextField z = new TextField(String.format(java.util.Locale.ROOT, "%.1f", defaultOrigin[2]));
        TextField rotation = new TextField("0");
        TextField scale = new TextField("1");
        TextField start = new TextField();
        start.setId("lab-start-time");
        start.setPromptText(org.citytwin.text.Texts.get("flows.lab.start.prompt"));
        start.setPrefColumnCount(22);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        String[] labels = {Texts.get("flowsui.lab.fps"), Texts.get("flowsui.lab.unit"), Texts.get("flowsui.lab.east"), Texts.get("flowsui.lab.north"), Texts.get("flowsui.lab.height"),
                Texts.get("flowsui.lab.rotation"), Texts.get("flowsui.lab.scale"), org.citytwin.text.Texts.get("flows.lab.start")};
        javafx.scene.Node[] fields = {fps, units, x, y, z, rotation, scale, start};
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
                                Double.parseDouble(scale.getText().trim())))
                        .withStartMillis(startMillis(start.getText(), java.time.ZoneId.systemDefault()));
            } catch (IllegalArgumentException e) {
                new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                        Texts.get("flowsui.lab.invalid", e.getMessage())).showAndWait();
                return null;
            }
        });
        return d.showAndWait().orElse(null);
    }
}
