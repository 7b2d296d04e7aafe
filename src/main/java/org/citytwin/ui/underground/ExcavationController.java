package org.citytwin.ui.underground;

import org.citytwin.text.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.citytwin.model.CityObject;
import org.citytwin.model.LodChoice;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.ExcavationLayer;
import org.citytwin.underground.CrossingUtility;
import org.citytwin.underground.Excavation;
import org.citytwin.ui.BottomLeftDock;
import org.citytwin.ui.draw.FootprintDrawing;

/**
 * Tools → Excavation…: draw a box (two corners) or a polygon on the ground, give a depth, and the pit is cut on a
 * worker (surface meshes clipped, utilities crossing it listed); the FX thread only swaps meshes and shows the list
 * and the 3D labels. "Remove cut" restores the meshes.
 */
public final class ExcavationController {
    private final CityScene scene;
    private final ExcavationLayer layer;
    private final FootprintDrawing drawing;
    private final Executor executor;
    private final Supplier<List<CityObject>> objects;
    private final VBox panel = new VBox(6);
    private final TextField depth = new TextField("2.0");
    private final RadioButton box = new RadioButton(Texts.get("tools.excavation.box"));
    private final RadioButton polygon = new RadioButton(Texts.get("tools.excavation.polygon"));
    private final Label status = new Label(Texts.get("tools.excavation.start"));
    private final ObservableList<CrossingUtility> crossing = FXCollections.observableArrayList();
    private Task<?> running;
    private Shown shownPit;

    private ExcavationController(CityScene scene, FootprintDrawing drawing, Executor executor, Supplier<List<CityObject>> objects) {
        this.scene = scene;
        this.layer = new ExcavationLayer(scene);
        this.drawing = drawing;
        this.executor = executor;
        this.objects = objects;
    }

    public static ExcavationController install(StackPane view, CityScene scene, FootprintDrawing drawing, Executor executor,
                                       Supplier<List<CityObject>> objects) {
        ExcavationController c = new ExcavationController(scene, drawing, executor, objects);
        c.layer.labels().prefWidthProperty().bind(view.widthProperty());
        c.layer.labels().prefHeightProperty().bind(view.heightProperty());
        view.getChildren().add(c.layer.labels());
        c.buildPanel();
        StackPane.setAlignment(c.panel, Pos.TOP_RIGHT);
        StackPane.setMargin(c.panel, new Insets(90, 10, 10, 10)); // below the compass
        keepClear(c.panel, view);
        view.getChildren().add(c.panel);
        return c;
    }

    /** In a narrow view the panel does not reach over the legends' column at the left (it was drawn over them). */
    private static void keepClear(VBox panel, StackPane view) {
        VBox dock = BottomLeftDock.of(view);
        panel.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(380, view.getWidth() - dock.getWidth() - 12 - 10 - 12), view.widthProperty(), dock.widthProperty()));
        panel.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    public void show() {
        panel.setVisible(true);
    }

    public ExcavationLayer layer() { return layer; }
    public ObservableList<CrossingUtility> crossing() { return crossing; }
    public String status() { return status.getText(); }

    private void buildPanel() {
        panel.setId("excavation-panel");
        panel.setVisible(false);
        panel.managedProperty().bind(panel.visibleProperty());
        panel.setPadding(new Insets(8));
        panel.getStyleClass().addAll("ct-tool-panel", "ct-excavation");
        Label title = new Label(Texts.get("tools.excavation.title"));
        title.getStyleClass().add("ct-bold");
        ToggleGroup shape = new ToggleGroup();
        box.setToggleGroup(shape);
        polygon.setToggleGroup(shape);
        box.setSelected(true);
        depth.setId("excavation-depth");
        depth.setPrefColumnCount(5);
        Button draw = new Button(Texts.get("tools.excavation.draw"));
        draw.setId("excavation-draw");
        draw.setOnAction(e -> {
            status.setText(Texts.get("tools.excavation.hint", box.isSelected() ? 1 : 0));
            drawing.start(box.isSelected() ? FootprintDrawing.Shape.BOX : FootprintDrawing.Shape.POLYGON, this::dig);
        });
        Button remove = new Button(Texts.get("tools.excavation.remove"));
        remove.setId("excavation-remove");
        remove.setOnAction(e -> removeCut());
        Button close = new Button(Texts.get("tools.close"));
        close.setOnAction(e -> {
            removeCut();
            drawing.cancel();
            panel.setVisible(false);
        });
        status.setWrapText(true);
        status.setId("excavation-status");
        ListView<CrossingUtility> list = new ListView<>(crossing);
        list.setId("excavation-utilities");
        list.setPrefHeight(200);
        list.setPlaceholder(new Label(Texts.get("tools.excavation.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CrossingUtility u, boolean empty) {
                super.updateItem(u, empty);
                if (empty || u == null) {
                    setText(null);
                    return;
                }
                StringBuilder s = new StringBuilder(u.label());
                if (u.occupier() != null) s.append("\n  occupier ").append(u.occupier());
                if (u.year() != null) s.append(", laid ").append(u.year());
                s.append("\n  ").append(u.id());
                setText(s.toString());
            }
        });
        panel.getChildren().addAll(title, new HBox(8, box, polygon), new HBox(6, new Label(Texts.get("tools.excavation.depth")), depth),
                new HBox(6, draw, remove, close), status, list);
    }

    /** Cuts a pit with these ground corners at the depth in the field (FX thread; the work runs on the executor). */
    public Task<?> dig(List<double[]> corners) {
        double d;
        try {
            d = Double.parseDouble(depth.getText().trim());
        } catch (NumberFormatException ex) {
            status.setText(Texts.get("tools.excavation.badDepth", depth.getText()));
            return null;
        }
        if (corners.size() < 2 || (corners.size() == 2 && !box.isSelected()) || (!box.isSelected() && corners.size() < 3)) {
            status.setText(Texts.get("tools.excavation.fewCorners"));
            return null;
        }
        double[] f;
        if (corners.size() == 2) {
            try {
                f = org.citytwin.underground.PlannedSolid.box(corners.get(0)[0], corners.get(0)[1], corners.get(1)[0],
                        corners.get(1)[1], 0, 1).footprint();
            } catch (IllegalArgumentException ex) {
                status.setText(ex.getMessage());
                return null;
            }
        } else {
            f = new double[2 * corners.size()];
            for (int i = 0; i < corners.size(); i++) {
                f[2 * i] = corners.get(i)[0];
                f[2 * i + 1] = corners.get(i)[1];
            }
        }
        return cut(f, d);
    }

    /** The pit shown now: its footprint (local x,y pairs) and depth, or null while nothing is cut. */
    public record Shown(double[] footprint, double depth) {
    }

    public Shown shown() {
        return shownPit;
    }

    /** Cuts a pit with this footprint (local x,y pairs) {@code depth} m below the ground (FX thread; work on the executor). */
    public Task<?> cut(double[] footprint, double d) {
        double[] f = footprint.clone();
        Excavation excavation;
        try {
            // the pit's top is the scene's one ground (the drawn one, and the hover read-out's), not the clicked z
            excavation = Excavation.onGround(f, scene.groundModel(), d);
        } catch (IllegalArgumentException ex) {
            status.setText(ex.getMessage());
            return null;
        }
        if (running != null) running.cancel();
        List<ExcavationLayer.Target> targets = layer.targets();
        List<CityObject> all = List.copyOf(objects.get()); // a snapshot taken on the FX thread
        Excavation pit = excavation;
        Task<List<ExcavationLayer.Cut>> task = new Task<>() {
            List<CrossingUtility> utilities;

            @Override
            protected List<ExcavationLayer.Cut> call() {
                List<ExcavationLayer.Cut> cuts = new ArrayList<>();
                for (int i = 0; i < targets.size(); i++) {
                    if (isCancelled()) return cuts;
                    var t = targets.get(i);
                    var cut = pit.cut(t.mesh());
                    if (cut != t.mesh()) cuts.add(new ExcavationLayer.Cut(t.view(), cut));
                    updateProgress(i + 1, targets.size() + 1);
                }
                if (isCancelled()) return cuts;
                utilities = pit.crossingUtilities(all, LodChoice.HIGHEST);
                updateProgress(1, 1);
                return cuts;
            }

            @Override
            protected void succeeded() {
                layer.show(pit, getValue(), utilities);
                shownPit = new Shown(f, d);
                crossing.setAll(utilities);
                status.setText(Texts.get("tools.excavation.done", d,
                        pit.floorZ(), getValue().size(), utilities.size()));
            }

            @Override
            protected void failed() {
                status.setText(Texts.get("tools.excavation.failed", getException().getMessage()));
            }
        };
        running = task;
        status.setText(Texts.get("tools.excavation.cutting"));
        executor.execute(task);
        return task;
    }

    /** Stops a running cut, if any: the meshes stay as they are. */
    public void cancel() {
        if (running != null) running.cancel();
    }

    /** Stops a running cut and puts the original meshes back. */
    public void removeCut() {
        if (running != null) running.cancel();
        shownPit = null;
        layer.clear();
        crossing.clear();
        status.setText(Texts.get("tools.excavation.start"));
    }
}
