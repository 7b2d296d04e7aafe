package org.citytwin.ui.study;

import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;
import org.citytwin.text.Texts;

/**
 * The Shadow study tab: binds the form to {@link StudyViewModel}, with Run / Cancel and a progress bar, the areas
 * list and the export buttons. Drawing the site and the top view are the window's ({@link Actions}).
 */
final class StudyPanel extends ScrollPane {

    /** What the panel asks of the window. */
    interface Actions {
        void drawSite();

        void topView();
    }

    StudyPanel(StudyViewModel vm, Actions actions) {
        setId("study-panel");
        setFitToWidth(true);
        VBox box = new VBox(8);
        box.setPadding(new Insets(8));

        ToggleGroup set = new ToggleGroup();
        RadioButton proposals = radio(set, "study-proposals", Texts.get("studyui.proposals"));
        RadioButton chosen = radio(set, "study-selected", Texts.get("studyui.selected"));
        set.selectToggle(vm.castingSetProperty().get() == StudyViewModel.CastingSet.PROPOSALS ? proposals : chosen);
        set.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) vm.castingSetProperty().set(t == proposals ? StudyViewModel.CastingSet.PROPOSALS : StudyViewModel.CastingSet.SELECTED);
        });
        vm.castingSetProperty().addListener((o, a, c) -> set.selectToggle(c == StudyViewModel.CastingSet.PROPOSALS ? proposals : chosen));
        Button add = button("study-add-selected", Texts.get("studyui.addSelected"), vm::addSelected);
        Button clearChosen = button("study-clear-chosen", Texts.get("studyui.clearChosen"), () -> vm.chosen().clear());
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(() -> Texts.get("studyui.chosenCount", vm.chosen().size()), vm.chosen()));
        VBox chosenRow = new VBox(4, new FlowPane(6, 6, add, clearChosen), count); // side by side only when both fit
        chosenRow.setPadding(new Insets(0, 0, 0, 22));

        DatePicker date = new DatePicker();
        date.setId("study-date");
        date.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        date.getEditor().setPrefColumnCount(8);
        date.setMinWidth(Region.USE_PREF_SIZE); // "2026-12-22" whole, not "12/22/20"
        date.valueProperty().bindBidirectional(vm.dateProperty());
        TextField from = field("study-from", vm.fromProperty(), 4), to = field("study-to", vm.toProperty(), 4);
        ToggleGroup clock = new ToggleGroup();
        RadioButton solar = radio(clock, "study-solar", Texts.get("studyui.solarTime"));
        RadioButton jst = radio(clock, "study-clock", Texts.get("studyui.clockTime"));
        clock.selectToggle(vm.clockTimeProperty().get() ? jst : solar);
        clock.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) vm.clockTimeProperty().set(t == jst);
        });
        vm.clockTimeProperty().addListener((o, a, on) -> clock.selectToggle(on ? jst : solar));
        Button standard = button("study-standard", Texts.get("studyui.standard"), vm::standardWindow);
        Button hokkaido = button("study-hokkaido", Texts.get("studyui.hokkaido"), vm::hokkaidoWindow);

        ChoiceBox<Double> plane = new ChoiceBox<>();
        plane.setId("study-plane");
        plane.getItems().setAll(StudyViewModel.PLANES);
        plane.setConverter(new StringConverter<>() {
            public String toString(Double d) { return d == null ? "" : StudyViewModel.hours(d) + " m"; }
            public Double fromString(String s) { return null; }
        });
        plane.setValue(vm.planeProperty().get());
        plane.valueProperty().addListener((o, a, v) -> {
            if (v != null) vm.planeProperty().set(v);
        });

        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // labels whole; the fields give way
        form.getColumnConstraints().add(labels);
        int row = 0;
        // the date and the window span both columns: beside the widest label (規制 10 m 超) they had ~110 px
        form.add(line(new Label(Texts.get("studyui.date")), date), 0, row++, 2, 1);
        form.add(line(new Label(Texts.get("studyui.from")), from, new Label(Texts.get("studyui.to")), to), 0, row++, 2, 1);
        form.add(new VBox(4, solar, jst), 0, row++, 2, 1);
        form.add(new HBox(6, standard, hokkaido), 0, row++, 2, 1);
        form.addRow(row++, new Label(Texts.get("studyui.plane")), plane);
        form.addRow(row++, new Label(Texts.get("studyui.grid")), field("study-grid", vm.gridProperty(), 5));
        form.addRow(row++, new Label(Texts.get("studyui.levels")), levelsField(vm));
        form.addRow(row++, new Label(Texts.get("studyui.limitNear")), field("study-limit-near", vm.limitNearProperty(), 5));
        form.addRow(row, new Label(Texts.get("studyui.limitFar")), field("study-limit-far", vm.limitFarProperty(), 5));

        Label siteText = new Label();
        siteText.setWrapText(true);
        siteText.textProperty().bind(Bindings.createStringBinding(() -> vm.siteProperty().get() == null
                ? Texts.get("studyui.noSite")
                : Texts.get("studyui.siteSet", StudyViewModel.area(vm.siteProperty().get().getArea())), vm.siteProperty()));
        FlowPane siteButtons = new FlowPane(6, 6, button("study-draw-site", Texts.get("studyui.drawSite"), actions::drawSite),
                button("study-use-footprint", Texts.get("studyui.useFootprint"), vm::useFootprint));

        Button run = button("study-run", Texts.get("studyui.run"), vm::run);
        run.setDefaultButton(false);
        run.disableProperty().bind(vm.runningProperty());
        Button cancel = button("study-cancel", Texts.get("studyui.cancel"), vm::cancel);
        cancel.disableProperty().bind(vm.runningProperty().not());
        ProgressBar progress = new ProgressBar();
        progress.setId("study-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        Label message = new Label();
        message.setId("study-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        ListView<String> areas = new ListView<>(vm.areas());
        areas.setId("study-areas");
        areas.setPrefHeight(6 * 24 + 6);
        Button top = button("study-top", Texts.get("studyui.topView"), actions::topView);
        Button clear = button("study-clear", Texts.get("studyui.clear"), vm::clear);
        Button png = button("study-export-png", Texts.get("studyui.exportPng"), () -> save(vm, true));
        Button geojson = button("study-export-geojson", Texts.get("studyui.exportGeoJson"), () -> save(vm, false));
        for (Button b : new Button[] {top, clear, png, geojson}) b.disableProperty().bind(vm.resultProperty().isNull());

        box.getChildren().addAll(heading("studyui.castingSet"), proposals, chosen, chosenRow, new Separator(), form,
                new Separator(), heading("studyui.site"), siteText, siteButtons, new Separator(),
                new HBox(6, run, cancel), progress, message, heading("studyui.results"), areas,
                new FlowPane(6, 6, top, clear, png, geojson));
        setContent(box);
    }

    /** Labels and fields in a row, each label whole. */
    private static HBox line(javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) if (n instanceof Label l) l.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(6, nodes);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return line;
    }

    private static TextField levelsField(StudyViewModel vm) {
        TextField f = field("study-levels", vm.levelsProperty(), 10);
        f.setPromptText("2, 3, 4, 5");
        return f;
    }

    private void save(StudyViewModel vm, boolean png) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get(png ? "studyui.pngTitle" : "studyui.geojsonTitle"));
        chooser.setInitialFileName(png ? "shadow-study.png" : "shadow-study.geojson");
        chooser.getExtensionFilters().add(png ? new FileChooser.ExtensionFilter("PNG", "*.png")
                : new FileChooser.ExtensionFilter("GeoJSON", "*.geojson", "*.json"));
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f == null) return;
        Path file = f.toPath();
        if (png) vm.exportPng(file);
        else vm.exportGeoJson(file);
    }

    private static Label heading(String key) {
        Label l = new Label(Texts.get(key));
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static RadioButton radio(ToggleGroup group, String id, String text) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(group);
        return r;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Button button(String id, String text, java.util.function.BooleanSupplier action) {
        return button(id, text, () -> {
            action.getAsBoolean();
        });
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        return WholeValue.keep(f);
    }
}
