package org.citytwin.ui.scenarios;

import org.citytwin.text.Texts;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.citytwin.model.CityObject;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.model.ProposalPlacer;
import org.citytwin.scenario.Edit;
import org.citytwin.scenario.Scenario;
import org.citytwin.scenario.ScenarioApplier;
import org.citytwin.scene.CityScene;
import org.citytwin.ui.draw.FootprintDrawing;
import org.citytwin.ui.inspect.InspectorViewModel;
import org.citytwin.ui.layers.LodViewModel;
import org.citytwin.ui.SelectionController;

/**
 * Keeps the scene in agreement with the shown scenario: after every change, undo, redo or switch it replays the
 * scenario's edits over the loaded objects on a background worker ({@link ScenarioApplier}, models placed by
 * {@link ProposalPlacer}) and hands the result to the LOD model, which re-merges the kinds that changed; search,
 * picking and the inspector then see the scenario's objects. It also owns the two mouse gestures of editing: a
 * click on the ground places the chosen model, and dragging a placed model moves it (one undoable "Move").
 */
public final class ScenarioController {
    static final double CLICK_SLOP = 3;
    private final ScenariosViewModel vm;
    private final CityScene scene;
    private final LodViewModel lods;
    private final InspectorViewModel inspector;
    private final SelectionController selection;
    private final Executor executor;
    private final ReadOnlyLongWrapper applied = new ReadOnlyLongWrapper(this, "applied");
    private final ReadOnlyBooleanWrapper placing = new ReadOnlyBooleanWrapper(this, "placing");
    private DatasetLoader loader;
    private Supplier<Path> projectFolder = () -> Path.of("").toAbsolutePath();
    private Set<String> shownIds = Set.of();
    private long generation;
    private String placingModel;
    private Drag drag;
    private javafx.scene.shape.Box ghost;
    private double[] ghostCentre;
    private FootprintDrawing drawing;
    private java.util.function.Function<Edit.Sketch.Shape, java.util.Optional<String>> heightPrompt = shape ->
            ScenariosView.ask(Texts.get("scenarios.sketch.ask", shape.key()), Texts.get("scenarios.sketch.height", shape.key()), DEFAULT_SKETCH_HEIGHT);
    static final String DEFAULT_SKETCH_HEIGHT = "20";
    /** A sketch smaller than this (m) across was a slip of the mouse, not a proposal. */
    static final double MIN_SKETCH_SIZE = 0.5;

    private record Drag(String target, double pressX, double pressY, double planeZ, double[] from) {
    }

    private ScenarioController(ScenariosViewModel vm, CityScene scene, LodViewModel lods, InspectorViewModel inspector,
                               SelectionController selection, Executor executor) {
        this.vm = vm;
        this.scene = scene;
        this.lods = lods;
        this.inspector = inspector;
        this.selection = selection;
        this.executor = executor;
    }

    /** Installs the gestures on the view (a pane whose coordinates are the SubScene's) and follows the view model. */
    public static ScenarioController install(Pane view, ScenariosViewModel vm, CityScene scene, LodViewModel lods,
                                             InspectorViewModel inspector, SelectionController selection, Executor executor) {
        ScenarioController c = new ScenarioController(vm, scene, lods, inspector, selection, executor);
        vm.revisionProperty().addListener((o, a, b) -> c.reapply());
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, c::onPress);
        view.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (c.drag == null) return;
            e.consume(); // the model moves, not the camera
            c.followCursor(e.getX(), e.getY());
        });
        view.addEventFilter(MouseEvent.MOUSE_RELEASED, c::onRelease);
        view.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && c.placing.get()) {
                c.cancelPlacing();
                e.consume();
            }
        });
        selection.suspendWhile(c.placing::get);
        c.placing.addListener((o, was, on) -> view.setCursor(on ? javafx.scene.Cursor.CROSSHAIR : null));
        return c;
    }

    /** Where lat/lon come from (the loader's local frame); set by the app. */
    public void setLoader(DatasetLoader loader) {
        this.loader = loader;
    }

    /** The loader whose frame gives lat/lon (null until the app sets it). */
    public DatasetLoader loader() {
        return loader;
    }

    /** Draws sketch footprints on the ground (the tool excavation and clearance use); set by the app. */
    public void setDrawing(FootprintDrawing drawing) {
        this.drawing = drawing;
    }

    /** Asks a sketch's height in metres once its footprint is drawn (a dialog; tests answer it themselves). */
    public void setHeightPrompt(java.util.function.Function<Edit.Sketch.Shape, java.util.Optional<String>> prompt) {
        this.heightPrompt = prompt;
    }

    /**
     * Starts drawing a sketch's footprint: a box by two corners, a cylinder by its centre then a point on its rim,
     * an extrusion by its corners (double click or Enter closes); then the height is asked and the sketch added.
     */
    public boolean startSketch(Edit.Sketch.Shape shape) {
        if (!vm.requireScenario()) return false;
        if (loader == null || loader.frame() == null) {
            status(Texts.get("scenarios.sketch.needsData"));
            return false;
        }
        if (drawing == null) return false;
        cancelPlacing();
        drawing.start(switch (shape) {
            case BOX -> FootprintDrawing.Shape.BOX;
            case CYLINDER -> FootprintDrawing.Shape.CIRCLE;
            case EXTRUSION -> FootprintDrawing.Shape.POLYGON;
        }, corners -> sketchDrawn(shape, corners));
        status(switch (shape) {
            case BOX -> Texts.get("scenarios.sketch.box");
            case CYLINDER -> Texts.get("scenarios.sketch.cylinder");
            case EXTRUSION -> Texts.get("scenarios.sketch.extrusion");
        });
        return true;
    }

    private void sketchDrawn(Edit.Sketch.Shape shape, List<double[]> corners) {
        if (corners.size() < (shape == Edit.Sketch.Shape.EXTRUSION ? 3 : 2)) {
            status(Texts.get("scenarios.sketch.unfinished"));
            return;
        }
        java.util.Optional<String> answer = heightPrompt.apply(shape);
        if (answer.isEmpty()) {
            status(Texts.get("scenarios.sketch.cancelled"));
            return;
        }
        double height;
        try {
            height = Double.parseDouble(answer.get().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            height = Double.NaN; // refused with the sentence about a positive number of metres
        }
        sketch(shape, corners, height);
    }

    /**
     * Adds a sketch from its drawn points (local x, y): a box's two opposite corners, a cylinder's centre and a rim
     * point, or a polygon's corners. Returns the sketch's id, or null when refused.
     */
    public String sketch(Edit.Sketch.Shape shape, List<double[]> points, double height) {
        if (!vm.requireScenario() || loader == null) return null;
        List<double[]> corners = new java.util.ArrayList<>();
        double radius = Double.NaN;
        double[] a = points.get(0);
        if (shape == Edit.Sketch.Shape.BOX) {
            double[] b = points.get(1);
            double x0 = Math.min(a[0], b[0]), x1 = Math.max(a[0], b[0]), y0 = Math.min(a[1], b[1]), y1 = Math.max(a[1], b[1]);
            if (x1 - x0 < MIN_SKETCH_SIZE || y1 - y0 < MIN_SKETCH_SIZE) return refuse(Texts.get("scenarios.sketch.boxSmall"));
            corners.addAll(List.of(new double[] {x0, y0}, new double[] {x1, y0}, new double[] {x1, y1}, new double[] {x0, y1}));
        } else if (shape == Edit.Sketch.Shape.CYLINDER) {
            radius = Math.hypot(points.get(1)[0] - a[0], points.get(1)[1] - a[1]);
            if (radius < MIN_SKETCH_SIZE) return refuse(Texts.get("scenarios.sketch.cylinderSmall"));
            corners.add(a);
        } else {
            corners.addAll(points);
        }
        List<Edit.LatLon> footprint = new java.util.ArrayList<>();
        for (double[] c : corners) {
            double[] latLon = loader.toLatLon(c[0], c[1]);
            if (latLon == null) return refuse(Texts.get("scenarios.sketch.needsData"));
            footprint.add(new Edit.LatLon(latLon[0], latLon[1]));
        }
        String id = vm.sketch(shape, footprint, radius, height);
        if (id != null) status(Texts.get("scenarios.sketch.done", id));
        return id;
    }

    private String refuse(String text) {
        status(text);
        return null;
    }

    /** The folder model file paths are relative to (the project file's). */
    public void setProjectFolder(Supplier<Path> folder) {
        this.projectFolder = folder;
    }

    /** Increases each time the scene took a scenario's objects (tests wait on it). */
    public ReadOnlyLongProperty appliedProperty() { return applied.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty placingProperty() { return placing.getReadOnlyProperty(); }

    /** The next primary click on the view places {@code model} (catalog id or file); Esc cancels. */
    public boolean startPlacing(String model) {
        if (!vm.requireScenario()) return false;
        if (loader == null || loader.frame() == null) {
            status(Texts.get("scenarios.place.needsData"));
            return false;
        }
        placingModel = model;
        placing.set(true);
        status(Texts.get("scenarios.place.click", ScenariosViewModel.shortName(model)));
        return true;
    }

    public void cancelPlacing() {
        placing.set(false);
        placingModel = null;
        status("");
    }

    /** Places the chosen model at a viewport pixel; true when placed. */
    public boolean placeAt(double sx, double sy) {
        String model = placingModel;
        cancelPlacing();
        double[] ground = groundUnder(sx, sy);
        double[] latLon = ground == null ? null : loader.toLatLon(ground[0], ground[1]);
        if (latLon == null) {
            status(Texts.get("scenarios.place.nothing"));
            return false;
        }
        String id = vm.place(model, latLon[0], latLon[1]);
        if (id != null) status(Texts.get("scenarios.place.done", id));
        return id != null;
    }

    /**
     * The named scenario's objects (base as loaded, or its edits replayed, proposals placed); for the compare panel.
     * The base list is copied by the caller's thread, so call it with a snapshot taken on the FX thread in mind.
     */
    public List<CityObject> objectsOf(String name, List<CityObject> base) {
        Scenario scenario = vm.project().scenario(name).orElse(null);
        if (scenario == null || scenario.isBase()) return base;
        ScenarioApplier applier = new ScenarioApplier(loader == null ? null : new ProposalPlacer(loader, projectFolder.get(), base));
        return applier.apply(base, scenario);
    }

    /** FX thread: replays the shown scenario over the loaded objects in the background, then shows it. */
    public void reapply() {
        long gen = ++generation;
        Scenario scenario = vm.currentScenario();
        if (scenario.isBase() && !lods.showsScenario()) {
            finish(gen, null, List.of());
            return;
        }
        List<CityObject> base = lods.baseObjects();
        DatasetLoader l = loader;
        Path folder = projectFolder.get();
        executor.execute(() -> {
            ScenarioApplier applier = new ScenarioApplier(l == null ? null : new ProposalPlacer(l, folder, base));
            List<CityObject> objects = scenario.isBase() ? null : applier.apply(base, scenario);
            List<String> problems = applier.problems();
            Platform.runLater(() -> finish(gen, objects, problems));
        });
    }

    private void finish(long gen, List<CityObject> objects, List<String> problems) {
        if (gen != generation) return; // a newer change wins
        lods.showScenario(objects);
        List<CityObject> now = lods.allObjects();
        Set<String> ids = new HashSet<>();
        now.forEach(o -> ids.add(o.id()));
        Set<String> gone = new HashSet<>(shownIds);
        gone.removeAll(ids);
        inspector.reindex(now, gone);
        shownIds = ids;
        if (inspector.selected() != null && !ids.contains(inspector.selected().id())) selection.clear();
        else if (inspector.selected() != null) selection.refresh(); // show the edited object, not the one indexed before
        if (!problems.isEmpty()) status(String.join(" ", problems));
        applied.set(applied.get() + 1);
    }

    private void onPress(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        if (placing.get()) {
            e.consume();
            return;
        }
        if (vm.isBase() || loader == null || (drawing != null && drawing.isActive())) return;
        var hit = selection.picker().pick(e.getX(), e.getY());
        if (hit.isEmpty()) return;
        Edit.PlaceModel placement = vm.placement(hit.get().objectId());
        if (placement == null) return;
        double[] from = loader.toLocal(placement.lat(), placement.lon());
        if (from == null) return;
        drag = new Drag(placement.target(), e.getX(), e.getY(), hit.get().z(), from);
        showGhost(inspector.find(placement.target()));
        status(Texts.get("scenarios.move.drag", placement.target()));
        e.consume();
    }

    private void onRelease(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        if (placing.get()) {
            e.consume();
            placeAt(e.getX(), e.getY());
            return;
        }
        Drag d = drag;
        drag = null;
        if (d == null) return;
        e.consume();
        if (ghost != null) scene.overlay().getChildren().remove(ghost);
        ghost = null;
        status("");
        if (Math.abs(e.getX() - d.pressX()) <= CLICK_SLOP && Math.abs(e.getY() - d.pressY()) <= CLICK_SLOP) {
            selection.selectAt(e.getX(), e.getY()); // a click on a placed model selects it
            return;
        }
        // the grabbed point follows the cursor on the horizontal plane through it
        double[] a = onPlane(d.pressX(), d.pressY(), d.planeZ());
        double[] b = onPlane(e.getX(), e.getY(), d.planeZ());
        if (a == null || b == null) return;
        double[] latLon = loader.toLatLon(d.from()[0] + b[0] - a[0], d.from()[1] + b[1] - a[1]);
        if (latLon != null && vm.move(d.target(), latLon[0], latLon[1])) status(Texts.get("scenarios.move.done", d.target()));
    }

    /** A see-through box of the dragged model's size that follows the cursor until the button is released. */
    private void showGhost(CityObject o) {
        if (o == null || o.displayMesh() == null) return;
        org.citytwin.model.Envelope env = new org.citytwin.model.Envelope();
        env.includeAll(o.displayMesh().vertices(), o.displayMesh().vertices().length);
        if (env.isEmpty()) return;
        ghost = new javafx.scene.shape.Box(Math.max(env.width(), 1), Math.max(env.maxZ() - env.minZ(), 1),
                Math.max(env.maxY() - env.minY(), 1));
        ghost.setMaterial(new javafx.scene.paint.PhongMaterial(javafx.scene.paint.Color.rgb(255, 140, 0, 0.45)));
        ghostCentre = new double[] {env.centerX(), env.centerY(), (env.minZ() + env.maxZ()) / 2};
        ghost.setMouseTransparent(true);
        placeGhost(0, 0);
        scene.overlay().getChildren().add(ghost);
    }

    private void followCursor(double sx, double sy) {
        if (ghost == null) return;
        double[] a = onPlane(drag.pressX(), drag.pressY(), drag.planeZ());
        double[] b = onPlane(sx, sy, drag.planeZ());
        if (a != null && b != null) placeGhost(b[0] - a[0], b[1] - a[1]);
    }

    /** The scene draws (east, -up, north). */
    private void placeGhost(double dx, double dy) {
        ghost.setTranslateX(ghostCentre[0] + dx);
        ghost.setTranslateY(-ghostCentre[2]);
        ghost.setTranslateZ(ghostCentre[1] + dy);
    }

    /** The local point (x, y, z) under a pixel: what the picker hits, else the ground plane. */
    double[] groundUnder(double sx, double sy) {
        var hit = selection.picker().pick(sx, sy);
        if (hit.isPresent()) return new double[] {hit.get().x(), hit.get().y(), hit.get().z()};
        double z = scene.groundElevation();
        double[] p = onPlane(sx, sy, Double.isFinite(z) ? z : 0);
        return p == null ? null : new double[] {p[0], p[1], z};
    }

    /** Where the ray through a pixel meets the horizontal plane at height z (local frame), or null. */
    private double[] onPlane(double sx, double sy, double z) {
        return scene.camera().onPlane(sx, sy, z);
    }

    private void status(String text) {
        statusSink.accept(text);
    }

    private java.util.function.Consumer<String> statusSink = text -> { };

    /** Where hints and problems go (the status bar). */
    public void setStatus(java.util.function.Consumer<String> sink) {
        this.statusSink = sink;
    }
}
