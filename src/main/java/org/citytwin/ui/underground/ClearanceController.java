package org.citytwin.ui.underground;

import org.citytwin.text.Texts;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LodChoice;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.SelectionHighlight;
import org.citytwin.underground.Clearance;
import org.citytwin.underground.ClearanceCheck;
import org.citytwin.underground.PlannedSolid;
import org.citytwin.ui.BottomLeftDock;
import org.citytwin.ui.SelectionController;
import org.citytwin.ui.draw.FootprintDrawing;

/**
 * Tools → Clearance check…: lists utility pairs (or utilities and a drawn solid) closer than a threshold, computed
 * as a background task with progress and cancel. Clicking a row flies to the closest points and highlights both
 * objects (the first as the selection, the second with a highlight of its own).
 */
public final class ClearanceController {
    private final CityScene scene;
    private final FootprintDrawing drawing;
    private final Executor executor;
    private final Supplier<List<CityObject>> objects;
    private final SelectionController selection;
    private final SelectionHighlight second;
    private final VBox panel = new VBox(6);
    private final TextField threshold = new TextField(String.valueOf(ClearanceCheck.DEFAULT_THRESHOLD_M));
    private final TextField solidDepth = new TextField("3.0");
    private final TextField solidTop = new TextField("0.0");
    private final Label status = new Label(Texts.get("tools.clearance.start"));
    private final ProgressBar progress = new ProgressBar(0);
    private final ObservableList<Clearance> rows = FXCollections.observableArrayList();
    private final TableView<Clearance> table = new TableView<>(rows);
    private final Button againstSolid = new Button(Texts.get("tools.clearance.againstSolid"));
    private final CheckBox includeConnected = new CheckBox(Texts.get("tools.clearance.includeConnected"));
    private PlannedSolid solid;
    private CancelToken cancel;

    private ClearanceController(CityScene scene, FootprintDrawing drawing, Executor executor, Supplier<List<CityObject>> objects,
                                SelectionController selection) {
        this.scene = scene;
        this.drawing = drawing;
        this.executor = executor;
        this.objects = objects;
        this.selection = selection;
        this.second = new SelectionHighlight(scene);
    }

    public static ClearanceController install(StackPane view, CityScene scene, FootprintDrawing drawing, Executor executor,
                                       Supplier<List<CityObject>> objects, SelectionController selection) {
        ClearanceController c = new ClearanceController(scene, drawing, executor, objects, selection);
        c.buildPanel();
        BottomLeftDock.of(view).getChildren().add(0, c.panel); // above the legends, not over them
        return c;
    }

    public void show() {
        panel.setVisible(true);
    }

    public ObservableList<Clearance> rows() { return rows; }
    public TableView<Clearance> table() { return table; }
    public String status() { return status.getText(); }
    /** Also list connected and nested parts of one network (off: conflicts only). */
    public CheckBox includeConnected() { return includeConnected; }

    /** Uses this solid for "Check against drawn solid" (also what drawing produces). */
    public void setSolid(PlannedSolid solid) {
        this.solid = solid;
        againstSolid.setDisable(solid == null);
    }

    private void buildPanel() {
        panel.setId("clearance-panel");
        panel.setVisible(false);
        panel.managedProperty().bind(panel.visibleProperty());
        panel.setMaxSize(540, javafx.scene.layout.Region.USE_PREF_SIZE);
        panel.setPadding(new Insets(8));
        panel.getStyleClass().add("ct-tool-panel");
        Label title = new Label(Texts.get("tools.clearance.title"));
        title.getStyleClass().add("ct-bold");
        threshold.setId("clearance-threshold");
        threshold.setPrefColumnCount(5);
        solidDepth.setPrefColumnCount(4);
        solidTop.setPrefColumnCount(4);
        includeConnected.setId("clearance-include-connected");
        includeConnected.setTooltip(new javafx.scene.control.Tooltip(Texts.get("tools.clearance.includeConnected.tip")));
        Button utilities = new Button(Texts.get("tools.clearance.check"));
        utilities.setId("clearance-utilities");
        utilities.setOnAction(e -> checkUtilities());
        Button draw = new Button(Texts.get("tools.clearance.draw"));
        draw.setOnAction(e -> {
            status.setText(Texts.get("tools.clearance.drawHint"));
            drawing.start(FootprintDrawing.Shape.POLYGON, this::solidDrawn);
        });
        againstSolid.setId("clearance-solid");
        againstSolid.setDisable(true);
        againstSolid.setOnAction(e -> checkSolid());
        Button stop = new Button(Texts.get("tools.status.cancel"));
        stop.setOnAction(e -> cancel());
        stop.visibleProperty().bind(progress.visibleProperty());
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty()); // hidden, they leave no empty wrapped row
        stop.managedProperty().bind(stop.visibleProperty());
        progress.setPrefWidth(140);
        Button close = new Button(Texts.get("tools.close"));
        close.setOnAction(e -> {
            second.clear();
            panel.setVisible(false);
        });
        status.setId("clearance-status");
        status.setWrapText(true);

        table.setId("clearance-table");
        table.setPlaceholder(new Label(Texts.get("tools.clearance.empty")));
        table.setPrefHeight(150);
        table.getColumns().add(column(Texts.get("inspect.clearance.distance"), 96, c -> String.format("%.3f", c.distance())));
        table.getColumns().add(column(Texts.get("inspect.clearance.type-a"), 120, Clearance::typeA));
        table.getColumns().add(column(Texts.get("inspect.clearance.id-a"), 110, Clearance::idA));
        table.getColumns().add(column(Texts.get("inspect.clearance.type-b"), 120, Clearance::typeB));
        table.getColumns().add(column(Texts.get("inspect.clearance.id-b"), 110, Clearance::idB));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                table.scrollTo(row);
                flyTo(row);
            }
        });
        // rows that wrap where the panel's 540 px run out (Japanese labels were cut to "しきい値（..."), each part whole
        panel.getChildren().addAll(title,
                flow(group(new Label(Texts.get("tools.clearance.threshold")), threshold), utilities, group(progress, stop)),
                includeConnected,
                flow(group(new Label(Texts.get("tools.clearance.solidDepth")), solidDepth),
                        group(new Label(Texts.get("tools.clearance.solidTop")), solidTop)),
                flow(draw, againstSolid, close), status, table);
    }

    private static FlowPane flow(Node... parts) {
        for (Node n : parts) if (n instanceof Region r) r.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane row = new FlowPane(6, 6, parts);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A label with its field (or a bar with its button): they wrap together. */
    private static HBox group(Node... parts) {
        for (Node n : parts) if (n instanceof Label l) l.setMinWidth(Region.USE_PREF_SIZE);
        HBox group = new HBox(6, parts);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }

    private static TableColumn<Clearance, String> column(String name, double width, Function<Clearance, String> value) {
        TableColumn<Clearance, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    private void solidDrawn(List<double[]> corners) {
        if (corners.size() < 3) {
            status.setText(Texts.get("tools.clearance.tooFewCorners"));
            return;
        }
        try {
            double groundZ = corners.stream().mapToDouble(p -> p[2]).max().orElse(0);
            double[] f = new double[2 * corners.size()];
            for (int i = 0; i < corners.size(); i++) {
                f[2 * i] = corners.get(i)[0];
                f[2 * i + 1] = corners.get(i)[1];
            }
            setSolid(new PlannedSolid(f, groundZ - Double.parseDouble(solidDepth.getText().trim()),
                    groundZ + Double.parseDouble(solidTop.getText().trim())));
            status.setText(Texts.get("tools.clearance.solidDrawn", corners.size(), solid.bottom(), solid.top()));
        } catch (IllegalArgumentException ex) { // NumberFormatException included
            status.setText(Texts.get("tools.clearance.invalidSolid", ex.getMessage()));
        }
    }

    /**
     * Starts the check between utilities; returns the task (null when the threshold is not a number). The objects are
     * copied here, on the FX thread, so later loads and removals cannot change the list under the worker.
     */
    public Task<List<Clearance>> checkUtilities() {
        List<CityObject> snapshot = List.copyOf(objects.get());
        return run(check -> check.betweenUtilities(snapshot), 0);
    }

    public Task<List<Clearance>> checkSolid() {
        if (solid == null) return null;
        PlannedSolid s = solid;
        List<CityObject> snapshot = List.copyOf(objects.get());
        return run(check -> check.againstSolid(snapshot, s), 1);
    }

    /** Stops the running check, if any: it ends at its next object and lists nothing. */
    public void cancel() {
        if (cancel != null) cancel.cancel();
    }

    /** {@code what}: 0 pairs of utilities, 1 utilities near the solid (the choice in {@code tools.clearance.found}). */
    private Task<List<Clearance>> run(Function<ClearanceCheck, List<Clearance>> work, int what) {
        double t;
        try {
            t = Double.parseDouble(threshold.getText().trim());
            if (t < 0) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            status.setText(Texts.get("tools.clearance.badThreshold", threshold.getText()));
            return null;
        }
        if (cancel != null) cancel.cancel();
        CancelToken token = new CancelToken(CancelToken.Work.CLEARANCE);
        cancel = token;
        boolean all = includeConnected.isSelected();
        Task<List<Clearance>> task = new Task<>() {
            private volatile int skipped;

            @Override
            protected List<Clearance> call() {
                ClearanceCheck check = new ClearanceCheck(t, LodChoice.HIGHEST, (done, total) -> updateProgress(done, total),
                        token, all);
                List<Clearance> found = work.apply(check);
                skipped = check.skippedConnected() + check.skippedNested();
                return found;
            }

            @Override
            protected void succeeded() {
                progress.setVisible(false);
                rows.setAll(getValue());
                String found = Texts.get("tools.clearance.found", getValue().size(), what, t);
                status.setText(skipped == 0 ? found
                        : Texts.get("tools.clearance.foundAndSkipped", found, Texts.get("tools.clearance.skipped", skipped)));
            }

            @Override
            protected void failed() {
                progress.setVisible(false);
                status.setText(getException() instanceof java.util.concurrent.CancellationException ? Texts.get("tools.clearance.cancelled")
                        : Texts.get("tools.clearance.failed", getException().getMessage()));
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        status.setText(Texts.get("tools.clearance.checking"));
        executor.execute(task);
        return task;
    }

    /** Flies to the row's closest points and highlights both objects. */
    /** What makes the ground see-through when a listed pair lies under it (the window sets the x-ray preset). */
    public void setSeeThrough(Runnable seeThrough) {
        this.seeThrough = seeThrough;
    }

    private Runnable seeThrough = () -> { };

    public void flyTo(Clearance row) {
        double[] m = row.midpoint();
        if (m[2] < scene.groundElevationAt(m[0], m[1])) seeThrough.run(); // buried pairs hide under an opaque ground
        double r = Math.max(8, 2 * row.distance()); // both objects and some surroundings in view
        scene.camera().flyTo(Envelope.of(m[0] - r, m[1] - r, m[2] - r, m[0] + r, m[1] + r, m[2] + r));
        boolean solidRow = ClearanceCheck.DRAWN_SOLID_ID.equals(row.idA());
        selection.selectById(FeatureKind.UTILITY, solidRow ? row.idB() : row.idA());
        if (solidRow) second.clear();
        else second.show(FeatureKind.UTILITY, row.idB());
    }
}
