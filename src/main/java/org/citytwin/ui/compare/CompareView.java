package org.citytwin.ui.compare;

import org.citytwin.text.Texts;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Tools → Compare…: the panel's controls, laid out; {@link CompareController} gives them behaviour. A and B
 * choosers with "Other model…", Compare with progress, the view toggles, the indicators and the change table (the
 * table folds away so the swipe view has room).
 */
final class CompareView extends VBox {
    static final double MAX_WIDTH = 900;
    final ComboBox<String> sideA = new ComboBox<>();
    final ComboBox<String> sideB = new ComboBox<>();
    final MenuItem otherFile = new MenuItem(Texts.get("compare.other.file"));
    final MenuItem otherFolder = new MenuItem(Texts.get("compare.other.folder"));
    final MenuButton other = new MenuButton(Texts.get("compare.other"), null, otherFile, otherFolder);
    final Button compare = new Button(Texts.get("compare.button.compare"));
    final ProgressBar progress = new ProgressBar(-1);
    final Label status = new Label(Texts.get("compare.status.start"));
    final ToggleGroup shown = new ToggleGroup();
    final ToggleButton showA = new ToggleButton(Texts.get("compare.show.a"));
    final ToggleButton showB = new ToggleButton(Texts.get("compare.show.b"));
    final CheckBox colour = new CheckBox(Texts.get("compare.colour"));
    final CheckBox swipe = new CheckBox(Texts.get("compare.swipe"));
    final IndicatorGrid indicators = new IndicatorGrid();
    final ChangeTable table = new ChangeTable();
    final TitledPane changes = new TitledPane(Texts.get("compare.changes"), table);
    final Button close = new Button(Texts.get("compare.button.close"));

    final TitledPane figures = new TitledPane(Texts.get("compare.indicators"), indicators);

    CompareView() {
        super(5);
        setId("compare-panel");
        setVisible(false);
        managedProperty().bind(visibleProperty());
        setMaxSize(MAX_WIDTH, Region.USE_PREF_SIZE);
        setPadding(new Insets(6, 8, 8, 8));
        getStyleClass().add("ct-tool-panel");
        Label title = new Label(Texts.get("compare.title"));
        title.getStyleClass().add("ct-bold");
        sideA.setId("compare-a");
        sideB.setId("compare-b");
        sideA.setPrefWidth(130);
        sideB.setPrefWidth(130);
        other.setId("compare-other");
        compare.setId("compare-run");
        progress.setPrefWidth(80);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        status.setId("compare-status");
        status.setMinWidth(0);
        showA.setId("compare-show-a");
        showB.setId("compare-show-b");
        showA.setToggleGroup(shown);
        showB.setToggleGroup(shown);
        colour.setId("compare-colour");
        swipe.setId("compare-swipe");
        for (TitledPane p : java.util.List.of(figures, changes)) p.setAnimated(false);
        changes.setId("compare-changes");
        figures.setId("compare-figures");
        close.setId("compare-close");
        Region gap = new Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox sides = new HBox(6, title, new Label("A"), sideA, new Label("B"), sideB, other, gap, close);
        sides.setAlignment(Pos.CENTER_LEFT);
        HBox run = new HBox(6, compare, progress, status);
        run.setAlignment(Pos.CENTER_LEFT);
        HBox toggles = new HBox(8, showA, showB, colour, swipe);
        toggles.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(sides, run, toggles, figures, changes);
        // clicks on the panel (a table row) must not reach the 3D view's click-to-select under it
        addEventHandler(javafx.scene.input.MouseEvent.ANY, javafx.event.Event::consume);
        addEventHandler(javafx.scene.input.ScrollEvent.ANY, javafx.event.Event::consume);
        setResultShown(false);
    }

    /** The toggles and figures mean something only once a comparison exists. */
    void setResultShown(boolean on) {
        for (var n : java.util.List.of(showA, showB, colour, swipe)) n.setDisable(!on);
    }
}
