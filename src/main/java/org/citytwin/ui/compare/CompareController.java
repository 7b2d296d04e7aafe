package org.citytwin.ui.compare;

import org.citytwin.text.Texts;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.pipeline.texture.TextureImages;
import org.citytwin.pipeline.tile.LodSelection;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.pipeline.tile.TileMesher;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.ThematicPainter;
import org.citytwin.thematic.Classification;
import org.citytwin.ui.search.SearchViewModel;

/**
 * Tools → Compare…: compares two sides (scenarios or other models) on a background task and shows the change table,
 * the indicators and, on request, side A or B in the main view, the changes colouring (with ghosts of what B removed)
 * and the swipe view (A left of the divider, B right). Clicking a row flies to the object and selects it. Closing the
 * panel puts back what the main view showed before.
 */
public final class CompareController {

    /**
     * What the panel needs from the window: how to show a side, index objects for the inspector, select one, show or
     * hide the changes legend (null: the window's own), load another model (off the FX thread), and what the main
     * view shows without the panel.
     */
    public record Hooks(SideShower shower, Consumer<List<CityObject>> index, Consumer<CityObject> select,
                        Consumer<Classification> legend, Function<Path, List<CityObject>> loadOther,
                        Supplier<List<CityObject>> current) {
    }

    /** A comparison and the meshes its views need, built off the FX thread. */
    private record Prepared(CompareViewModel.Result result, List<TileMesh> ghostMeshes, List<TileMesh> meshesB) {
    }

    static final double LEGEND_ROOM = 190;
    private final CityScene scene;
    private final Executor executor;
    private final CompareSources sources;
    private final CompareViewModel vm;
    private final Hooks hooks;
    private final CompareView view = new CompareView();
    private final ThematicPainter painter = new ThematicPainter();
    private final ThematicPainter rightPainter = new ThematicPainter();
    private final GhostLayer ghosts;
    private final SwipeView swipe;
    private GhostLayer rightGhosts;
    private Prepared prepared;
    private List<CityObject> shownObjects; // null: the main view shows what it showed before the panel
    private boolean syncing;

    private CompareController(StackPane host, CityScene scene, Executor executor, CompareSources sources, Hooks hooks) {
        this.scene = scene;
        this.executor = executor;
        this.sources = sources;
        this.vm = new CompareViewModel(sources);
        this.hooks = hooks;
        this.ghosts = new GhostLayer(scene);
        this.swipe = new SwipeView(host, scene);
    }

    /**
     * Builds the panel (hidden) into the 3D view's stack, docked bottom right above the scale bar; the left margin
     * keeps the legend (bottom left) in sight, so the changes colouring can be read with the table open.
     */
    public static CompareController install(StackPane host, CityScene scene, Executor executor, CompareSources sources, Hooks hooks) {
        CompareController c = new CompareController(host, scene, executor, sources, hooks);
        StackPane.setAlignment(c.view, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(c.view, new Insets(10, 10, 40, LEGEND_ROOM));
        host.getChildren().add(c.view);
        c.wire();
        return c;
    }

    public CompareSources sources() { return sources; }
    public SwipeView swipe() { return swipe; }
    public javafx.scene.control.TableView<ChangeRow> table() { return view.table; }
    public CompareViewModel.Result result() { return prepared == null ? null : prepared.result(); }
    public String status() { return view.status.getText(); }
    /** The main view's changes colouring is on (tests). */
    public boolean colouring() { return painter.isActive(); }

    /** FX thread. Opens the panel with the sides offered now. */
    public void show() {
        refreshNames();
        view.setVisible(true);
    }

    /** FX thread. Chooses the two sides by name (as the choosers do). */
    public void choose(String a, String b) {
        refreshNames();
        view.sideA.setValue(a);
        view.sideB.setValue(b);
    }

    public void setShowB(boolean b) { (b ? view.showB : view.showA).setSelected(true); }
    public void setColourChanges(boolean on) { view.colour.setSelected(on); }
    public void setSwipe(boolean on) { view.swipe.setSelected(on); }

    /** FX thread. Compares the chosen sides in the background; null (and says why) when a side is missing. */
    public Task<?> compare() {
        String a = view.sideA.getValue(), b = view.sideB.getValue();
        if (a == null || b == null) {
            view.status.setText(Texts.get("compare.status.chooseBoth"));
            return null;
        }
        Task<Prepared> task = new Task<>() {
            @Override
            protected Prepared call() {
                updateMessage(Texts.get("compare.status.comparing", a, b));
                CompareViewModel.Result r = vm.compare(a, b);
                return new Prepared(r, GhostLayer.meshes(r.ghosts()), TileMesher.merge(r.objectsB(), LodSelection.HIGHEST, new TextureImages()));
            }

            @Override
            protected void succeeded() {
                view.progress.setVisible(false);
                publish(getValue());
            }

            @Override
            protected void failed() {
                view.progress.setVisible(false);
                view.compare.setDisable(false);
                view.status.setText(Texts.get("compare.status.failed", getException().getMessage()));
            }
        };
        view.progress.setVisible(true);
        view.compare.setDisable(true);
        view.status.setText(Texts.get("compare.status.comparing", a, b));
        executor.execute(task);
        return task;
    }

    /** FX thread. Flies to the row's object (B's, or A's when removed) and selects it. */
    public void flyTo(ChangeRow row) {
        if (row == null || row.target() == null) return;
        Envelope frame = SearchViewModel.frame(row.target());
        if (!frame.isEmpty()) scene.camera().flyTo(frame);
        hooks.select().accept(row.target());
    }

    /** FX thread. Turns every view off, puts back what the main view showed and hides the panel. */
    public void close() {
        syncing = true;
        view.swipe.setSelected(false);
        view.colour.setSelected(false);
        view.shown.selectToggle(null);
        syncing = false;
        swipe.hide();
        hooks.legend().accept(null);
        update();
        view.setVisible(false);
    }

    private void wire() {
        view.compare.setOnAction(e -> compare());
        view.close.setOnAction(e -> close());
        view.otherFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("compare.chooser.file"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CityGML", "*.gml", "*.xml", "*.citygml", "*.GML"));
            File f = chooser.showOpenDialog(view.getScene().getWindow());
            if (f != null) loadOther(f.toPath());
        });
        view.otherFolder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Texts.get("compare.chooser.folder"));
            File f = chooser.showDialog(view.getScene().getWindow());
            if (f != null) loadOther(f.toPath());
        });
        view.shown.selectedToggleProperty().addListener((o, was, now) -> {
            if (syncing) return;
            if (now == view.showB && view.swipe.isSelected()) {
                syncing = true;
                view.swipe.setSelected(false); // the swipe shows A in the main view
                syncing = false;
            }
            update();
        });
        view.colour.selectedProperty().addListener((o, was, on) -> {
            if (syncing) return;
            if (on && view.shown.getSelectedToggle() == null) selectQuietly(view.showB); // the colouring is of B
            update();
        });
        view.swipe.selectedProperty().addListener((o, was, on) -> {
            if (syncing) return;
            if (on) selectQuietly(view.showA);
            update();
        });
        view.table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> flyTo(row));
        view.table.setRowFactory(t -> { // a click on the row already selected flies there again
            javafx.scene.control.TableRow<ChangeRow> row = new javafx.scene.control.TableRow<>();
            boolean[] selectedAtPress = new boolean[1];
            row.setOnMousePressed(e -> selectedAtPress[0] = row.isSelected());
            row.setOnMouseClicked(e -> {
                if (selectedAtPress[0] && !row.isEmpty()) flyTo(row.getItem());
            });
            return row;
        });
    }

    private void selectQuietly(javafx.scene.control.Toggle t) {
        syncing = true;
        view.shown.selectToggle(t);
        syncing = false;
    }

    private void refreshNames() {
        List<String> names = sources.names();
        for (var box : List.of(view.sideA, view.sideB)) {
            String was = box.getValue();
            box.getItems().setAll(names);
            if (was != null && names.contains(was)) box.setValue(was);
        }
        if (view.sideA.getValue() == null && !names.isEmpty()) view.sideA.setValue(names.get(0));
        if (view.sideB.getValue() == null && names.size() > 1) view.sideB.setValue(names.get(1));
    }

    /** Loads another model through the window's loader (one local frame, so positions compare) and offers it as B. */
    Task<List<CityObject>> loadOther(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        Task<List<CityObject>> task = new Task<>() {
            @Override
            protected List<CityObject> call() {
                return hooks.loadOther().apply(path);
            }

            @Override
            protected void succeeded() {
                view.progress.setVisible(false);
                if (getValue().isEmpty()) {
                    view.status.setText(path + ": nothing could be loaded to compare with.");
                    return;
                }
                String offered = sources.addOther(name, getValue());
                refreshNames();
                view.sideB.setValue(offered);
                view.status.setText(String.format(Locale.ROOT, "%s: %d objects loaded as B; press Compare.", name, getValue().size()));
            }

            @Override
            protected void failed() {
                view.progress.setVisible(false);
                view.status.setText(path + " could not be loaded: " + getException().getMessage());
            }
        };
        view.progress.setVisible(true);
        view.status.setText(Texts.get("compare.status.loading", name));
        executor.execute(task);
        return task;
    }

    private void publish(Prepared p) {
        CompareViewModel.Result r = p.result();
        swipe.hide(); // built again from the new B
        view.compare.setDisable(false);
        view.table.getSortOrder().clear();
        view.table.getItems().setAll(r.rows());
        view.changes.setText(Texts.get("compare.changes.count", r.rows().size()));
        view.indicators.show(r.indicatorsA(), r.indicatorsB(), r.a(), r.b());
        view.status.setText(String.format(Locale.ROOT, "%d added, %d removed, %d changed, %d unchanged.",
                r.diff().added(), r.diff().removed(), r.diff().changed(), r.diff().unchanged()));
        view.setResultShown(true);
        prepared = p;
        update();
    }

    /** Shows the side the toggles ask for, then paints (the colouring waits for the side's meshes). */
    private void update() {
        clearPaint();
        List<CityObject> wanted = wantedObjects();
        if (wanted == shownObjects) {
            paint();
            return;
        }
        List<CityObject> objects = wanted == null ? hooks.current().get() : wanted;
        shownObjects = wanted;
        hooks.index().accept(objects);
        hooks.shower().show(objects, this::paint);
    }

    private List<CityObject> wantedObjects() {
        if (prepared == null) return null;
        if (view.showA.isSelected()) return prepared.result().objectsA();
        if (view.showB.isSelected()) return prepared.result().objectsB();
        return null;
    }

    private void paint() {
        clearPaint();
        if (prepared == null) return;
        CompareViewModel.Result r = prepared.result();
        boolean colourOn = view.colour.isSelected();
        boolean sideB = view.showB.isSelected();
        if (colourOn && shownObjects != null) {
            painter.apply(scene.layers(), sideB ? r.colouring() : r.colouringA());
            if (sideB) ghosts.show(prepared.ghostMeshes());
        }
        if (view.swipe.isSelected()) {
            if (!swipe.isShown()) {
                swipe.show(prepared.meshesB(), scene.bounds());
                rightGhosts = new GhostLayer(swipe.rightScene());
            }
            if (colourOn) {
                rightPainter.apply(swipe.rightScene().layers(), r.colouring());
                rightGhosts.show(prepared.ghostMeshes());
            }
        } else {
            swipe.hide();
        }
        hooks.legend().accept(colourOn ? (sideB || view.swipe.isSelected() ? r.colouring() : r.colouringA()) : null);
    }

    private void clearPaint() {
        painter.clear();
        rightPainter.clear();
        ghosts.clear();
        if (rightGhosts != null) rightGhosts.clear();
    }
}
