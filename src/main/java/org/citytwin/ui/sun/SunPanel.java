package org.citytwin.ui.sun;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.citytwin.shadow.SunDirections;
import org.citytwin.text.Texts;

/**
 * The View → Sun panel over the 3D view: sun light on/off, date (picker and day-of-year slider), clock time (minute
 * slider), time zone, play a day, and a read-out of where the sun stands, whether it is day, and sunrise/sunset.
 */
public final class SunPanel extends VBox {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    /** Zones offered first; any other ZoneId can be typed. */
    private static final List<String> COMMON_ZONES = List.of("Asia/Tokyo", "UTC", "Asia/Seoul", "Asia/Shanghai",
            "Asia/Singapore", "Europe/London", "Europe/Paris", "America/New_York", "America/Los_Angeles");

    private final SunViewModel vm;
    private final Label error = new Label();

    public SunPanel(SunViewModel vm, Runnable close) {
        this.vm = vm;
        setId("sun-panel");
        setSpacing(6);
        setPadding(new Insets(10));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getStyleClass().add("ct-legend"); // the theme's overlay colour (light or dark)

        Label title = new Label(Texts.get("sun.title"));
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        Button closeButton = new Button("×");
        closeButton.setId("sun-close");
        closeButton.setOnAction(e -> close.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        CheckBox light = new CheckBox(Texts.get("sun.light"));
        light.setId("sun-light");
        light.selectedProperty().bindBidirectional(vm.lightOnProperty());

        DatePicker date = new DatePicker(vm.dateProperty().get());
        date.setId("sun-date");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        Slider day = slider("sun-day", 1, 366, vm.dayOfYear(), 1);
        day.setMajorTickUnit(61);
        Label dayText = new Label();
        day.valueProperty().addListener((o, a, b) -> {
            if ((int) Math.round(b.doubleValue()) != vm.dayOfYear()) vm.setDayOfYear((int) Math.round(b.doubleValue()));
        });
        Slider time = slider("sun-time", 0, SunViewModel.MINUTES_PER_DAY - 1, vm.minuteOfDayProperty().get(), 1);
        time.setMajorTickUnit(180);
        time.valueProperty().addListener((o, a, b) -> vm.minuteOfDayProperty().set((int) Math.round(b.doubleValue())));
        Label timeText = new Label();
        timeText.setId("sun-time-text");
        timeText.setMinWidth(40);

        ComboBox<String> zone = new ComboBox<>();
        zone.setId("sun-zone");
        zone.setEditable(true);
        zone.getItems().setAll(zones());
        zone.setValue(vm.zoneProperty().get().getId());
        zone.valueProperty().addListener((o, a, b) -> chooseZone(b));
        vm.zoneProperty().addListener((o, a, b) -> zone.setValue(b.getId()));

        Button play = new Button();
        play.setId("sun-play");
        play.textProperty().bind(javafx.beans.binding.Bindings.when(vm.playingProperty())
                .then(Texts.get("sun.stop")).otherwise(Texts.get("sun.play")));
        play.setOnAction(e -> {
            if (vm.playingProperty().get()) vm.stop();
            else vm.play();
        });

        Label position = new Label();
        position.setId("sun-position");
        Label daylight = new Label();
        daylight.setId("sun-daylight");
        Label place = new Label();
        place.setId("sun-place");
        place.getStyleClass().add("ct-muted");
        error.setId("sun-error");
        error.getStyleClass().add("ct-error");
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);

        Runnable refresh = () -> {
            day.setMax(vm.dateProperty().get().lengthOfYear());
            day.setValue(vm.dayOfYear());
            dayText.setText(Texts.get("sun.dayOfYear", vm.dayOfYear()));
            time.setValue(vm.minuteOfDayProperty().get());
            timeText.setText(CLOCK.format(vm.time()));
            SunDirections.Direction d = vm.directionProperty().get();
            position.setText(Texts.get("sun.position", d.azimuth(), d.elevation()));
            daylight.setText(daylightText() + " · " + riseSetText());
            place.setText(Texts.get("sun.place", vm.latitudeProperty().get(), vm.longitudeProperty().get()));
        };
        vm.directionProperty().addListener((o, a, b) -> refresh.run());
        vm.riseSetProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(Texts.get("sun.date")), date);
        grid.addRow(1, new Label(), new VBox(2, day, dayText));
        grid.addRow(2, new Label(Texts.get("sun.time")), new HBox(6, time, timeText));
        grid.addRow(3, new Label(Texts.get("sun.zone")), zone);
        grid.getChildren().forEach(n -> {
            if (n instanceof Label l) l.setMinWidth(Region.USE_PREF_SIZE); // names in full, the controls give way
        });
        HBox header = new HBox(8, title, gap, closeButton);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, light, play);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, buttons, grid, error, position, daylight, place);
        setPrefWidth(360);
    }

    private static Slider slider(String id, double min, double max, double value, double step) {
        Slider s = new Slider(min, max, value);
        s.setId(id);
        s.setBlockIncrement(step);
        s.setShowTickMarks(true);
        s.setPrefWidth(230);
        return s;
    }

    private void chooseZone(String id) {
        if (id == null || id.isBlank()) return;
        try {
            vm.zoneProperty().set(ZoneId.of(id.trim()));
            error.setVisible(false);
        } catch (java.time.DateTimeException bad) {
            error.setText(Texts.get("sun.badZone", id));
            error.setVisible(true);
        }
    }

    private String daylightText() {
        return switch (vm.daylight()) {
            case DAY -> Texts.get("sun.day");
            case TWILIGHT -> Texts.get("sun.twilight");
            case NIGHT -> Texts.get("sun.night");
        };
    }

    private String riseSetText() {
        SunViewModel.RiseSet r = vm.riseSetProperty().get();
        if (r.sunrise() == null && r.sunset() == null) return Texts.get(r.upAllDay() ? "sun.upAllDay" : "sun.downAllDay");
        return Texts.get("sun.riseSet", r.sunrise() == null ? "—" : CLOCK.format(r.sunrise()),
                r.sunset() == null ? "—" : CLOCK.format(r.sunset()));
    }

    private static List<String> zones() {
        List<String> all = new ArrayList<>(COMMON_ZONES);
        ZoneId.getAvailableZoneIds().stream().sorted().filter(z -> !COMMON_ZONES.contains(z)).forEach(all::add);
        return all;
    }
}
