package org.citytwin.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.MeshView;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.scenario.Edit;
import org.citytwin.scenario.Project;
import org.citytwin.scenario.ProjectStore;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.ui.WindowLoads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on the Haneda 2022 building tile: create a scenario, place the catalog's office block with a
 * click, drag it elsewhere, then Ctrl+Z / Ctrl+Y / Ctrl+Z Ctrl+Z. After each step the project's placement and the
 * mesh drawn in the scene agree; File → Save writes what the undo stack holds and File → Open brings it back.
 */
class ScenarioUndoRedoWindowTest extends RealWindowTest {
    static final Path HANEDA = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");
    static final String MODEL = "office-60m";

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void placeMoveUndoRedoKeepSceneAndProjectInAgreement(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, HANEDA);
        ScenarioTools tools = window.scenarios();
        ScenariosViewModel vm = tools.viewModel();

        // Scenarios tab → New… → accept the proposed name
        robot.interact(() -> window.sidePanel().showTab("Scenarios"));
        robot.clickOn("#scenario-new");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.names()).containsExactly("base", "proposal");
        assertThat(vm.current()).isEqualTo("proposal");
        assertThat(robot.lookup("#scenario-list").queryAs(ListView.class).getSelectionModel().getSelectedItem())
                .isEqualTo("proposal");

        // top view of the tile; place the office block with a click at a ground point left of the middle
        Envelope bounds = window.cityScene().bounds();
        robot.interact(() -> window.cityScene().camera().top(bounds));
        double z0 = bounds.minZ();
        double[] first = {bounds.centerX() - bounds.width() * 0.15, bounds.centerY()};
        robot.interact(() -> tools.controller().startPlacing(MODEL));
        assertThat(tools.controller().placingProperty().get()).isTrue();
        long applied = tools.controller().appliedProperty().get();
        robot.moveTo(screenOf(first[0], first[1], z0)).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Edit.PlaceModel placed = onlyPlacement(vm);
        String id = placed.target();
        double[] placedAt = context.loader().toLocal(placed.lat(), placed.lon());
        assertThat(placedAt[0]).as("placed where clicked (east)").isCloseTo(first[0], within(3.0));
        assertThat(placedAt[1]).as("placed where clicked (north)").isCloseTo(first[1], within(3.0));
        Envelope atFirst = waitForMesh(robot, id, placedAt, applied);
        assertThat(atFirst.maxZ() - atFirst.minZ()).as("the 60 m office block is drawn").isCloseTo(60, within(1.0));
        assertThat(window.inspector().find(id)).as("indexed for picking and the inspector").isNotNull();

        // drag it 150 px to the right (east in top view)
        Point2D grab = screenOf(placedAt[0], placedAt[1], atFirst.maxZ());
        applied = tools.controller().appliedProperty().get();
        robot.drag(grab, MouseButton.PRIMARY).moveBy(50, 0).moveBy(50, 0).moveBy(50, 0);
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.shape.Box> ghosts = window.cityScene().overlay().getChildren().stream()
                .filter(javafx.scene.shape.Box.class::isInstance).map(javafx.scene.shape.Box.class::cast).toList();
        assertThat(ghosts).as("a see-through box follows the cursor while dragging").hasSize(1);
        assertThat(ghosts.get(0).getTranslateX() - placedAt[0]).isGreaterThan(20);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.cityScene().overlay().getChildren()).noneMatch(javafx.scene.shape.Box.class::isInstance);
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Move " + id);
        Edit.PlaceModel moved = onlyPlacement(vm);
        double[] movedTo = context.loader().toLocal(moved.lat(), moved.lon());
        assertThat(movedTo[0] - placedAt[0]).as("moved east").isGreaterThan(20);
        assertThat(movedTo[1] - placedAt[1]).as("not north or south").isCloseTo(0, within(5.0));
        waitForMesh(robot, id, movedTo, applied);

        // Edit → Undo (Ctrl+Z): back at the first position, in the project and in the scene
        applied = tools.controller().appliedProperty().get();
        shortcut(robot, KeyCode.Z, false);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onlyPlacement(vm)).isEqualTo(placed);
        Envelope back = waitForMesh(robot, id, placedAt, applied);
        assertThat(back.minX()).isCloseTo(atFirst.minX(), within(0.01));
        assertThat(back.minY()).isCloseTo(atFirst.minY(), within(0.01));
        assertThat(vm.redoTextProperty().get()).isEqualTo("Redo Move " + id);

        // Redo (Ctrl+Y): moved again
        applied = tools.controller().appliedProperty().get();
        shortcut(robot, KeyCode.Y, false);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onlyPlacement(vm)).isEqualTo(moved);
        waitForMesh(robot, id, movedTo, applied);

        // a picture of it: the proposal selected, the scenarios panel open
        robot.interact(() -> {
            window.cityScene().camera().oblique(Envelope.of(movedTo[0] - 110, movedTo[1] - 110, z0, movedTo[0] + 110,
                    movedTo[1] + 110, z0 + 60));
        });
        robot.moveTo(robot.lookup("#scenario-edits").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#scenario-list").queryAs(ListView.class).getItems()).containsExactly("base", "proposal");
        SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(60, TimeUnit.SECONDS),
                Path.of("target/test-shots/scenario-placed-unselected.png"));
        robot.interact(() -> window.selection().selectById(FeatureKind.BUILDING, id));
        robot.moveTo(robot.lookup("#scenario-edits").queryAs(Node.class)); // no hover label in the picture
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.inspector().field("name")).isEqualTo("Mid-rise office block, 60 m");
        assertThat(vm.edits()).containsExactly(String.format(java.util.Locale.ROOT, "Place %s %.5f, %.5f", MODEL,
                moved.lat(), moved.lon()));
        SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(60, TimeUnit.SECONDS),
                Path.of("target/test-shots/scenario-placed.png"));

        // File → Save project writes what the stack holds
        Path file = dir.resolve("haneda.citytwin");
        tools.files().setPrompts(new Answers(file));
        robot.interact(() -> menuItem("Save project").fire());
        Project saved = ProjectStore.read(file);
        assertThat(saved.scenarios()).isEqualTo(vm.project().scenarios());
        assertThat(saved.sources()).containsExactly(ProjectFiles.relative(file, HANEDA));
        assertThat(vm.isDirty()).isFalse();

        // undo twice: the model is gone from the project and the scene
        applied = tools.controller().appliedProperty().get();
        MenuItem undo = editItem("undo");
        assertThat(undo.getText()).isEqualTo("Undo Move " + id);
        robot.interact(undo::fire); // Edit → Undo
        assertThat(undo.getText()).isEqualTo("Undo Place " + MODEL);
        shortcut(robot, KeyCode.Z, true); // Ctrl+Shift+Z redoes
        assertThat(undo.getText()).isEqualTo("Undo Move " + id);
        robot.interact(undo::fire);
        robot.interact(undo::fire);
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo New scenario proposal");
        assertThat(vm.project().scenario("proposal").orElseThrow().edits()).isEmpty();
        waitForNoMesh(robot, id, applied);
        assertThat(window.inspector().find(id)).isNull();
        assertThat(vm.isDirty()).isTrue();

        // File → Open of the saved project (discarding the undo) brings the moved model back
        robot.interact(() -> tools.files().open(file, false));
        assertThat(vm.project().scenarios()).isEqualTo(saved.scenarios());
        assertThat(vm.current()).isEqualTo("base");
        applied = tools.controller().appliedProperty().get();
        robot.interact(() -> vm.switchTo("proposal"));
        waitForMesh(robot, id, movedTo, applied);
        assertThat(Files.exists(ProjectStore.autosaveOf(file))).isFalse();

        // Scenario → Demolish selected, then a new height for another building: the scene follows, undo restores
        Envelope tallest = WaitForAsyncUtils.asyncFx(() -> drawn(TALLEST)).get(10, TimeUnit.SECONDS);
        assertThat(tallest.maxZ() - tallest.minZ()).isGreaterThan(40);
        robot.interact(() -> window.selection().selectById(FeatureKind.BUILDING, TALLEST));
        applied = tools.controller().appliedProperty().get();
        robot.interact(() -> scenarioItem("demolish").fire());
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Demolish " + TALLEST);
        waitForNoMesh(robot, TALLEST, applied);
        applied = tools.controller().appliedProperty().get();
        robot.interact(vm::undo);
        waitForMesh(robot, TALLEST, new double[] {tallest.centerX(), tallest.centerY()}, applied);
        applied = tools.controller().appliedProperty().get();
        robot.interact(() -> vm.changeHeight(TALLEST, 20));
        long before = applied;
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tools.controller().appliedProperty().get() > before
                && heightOf(TALLEST) < 21.6);
        assertThat(heightOf(TALLEST)).as("rescaled from its ground (every LOD alike)").isCloseTo(20, within(1.5));
        assertThat(window.inspector().find(TALLEST).attribute("bldg:measuredHeight").value()).isEqualTo("20");
    }

    static final String TALLEST = "bldg_bdc161ef-9ae3-4a6c-b554-8a2ce507e6c8"; // measuredHeight 48.7 m

    private double heightOf(String id) throws Exception {
        Envelope e = WaitForAsyncUtils.asyncFx(() -> drawn(id)).get(10, TimeUnit.SECONDS);
        return e == null ? Double.NaN : e.maxZ() - e.minZ();
    }

    private MenuItem scenarioItem(String id) {
        javafx.scene.control.MenuBar bar = window.menuBar();
        return bar.getMenus().stream().filter(m -> "scenario-menu".equals(m.getId())).findFirst().orElseThrow().getItems()
                .stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static Edit.PlaceModel onlyPlacement(ScenariosViewModel vm) {
        List<Edit> edits = vm.project().scenario("proposal").orElseThrow().edits();
        assertThat(edits).hasSize(1);
        assertThat(edits.get(0)).isInstanceOf(Edit.PlaceModel.class);
        return (Edit.PlaceModel) edits.get(0);
    }

    private Point2D screenOf(double x, double y, double z) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var cam = window.cityScene().camera();
            double[] s = cam.project(cam.toView(x, y, z));
            return window.cityScene().viewport().localToScreen(s[0], s[1]);
        }).get(10, TimeUnit.SECONDS);
    }

    /** Waits until the scene took a newer scenario and draws the object centred (in plan) at {@code centre}. */
    private Envelope waitForMesh(FxRobot robot, String id, double[] centre, long appliedBefore) throws Exception {
        AtomicReference<Envelope> found = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            if (window.scenarios().controller().appliedProperty().get() <= appliedBefore) return false;
            Envelope e = WaitForAsyncUtils.asyncFx(() -> drawn(id)).get(10, TimeUnit.SECONDS);
            found.set(e);
            return e != null && Math.abs(e.centerX() - centre[0]) < 0.5 && Math.abs(e.centerY() - centre[1]) < 0.5;
        });
        return found.get();
    }

    private void waitForNoMesh(FxRobot robot, String id, long appliedBefore) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.scenarios().controller().appliedProperty().get() > appliedBefore
                && WaitForAsyncUtils.asyncFx(() -> drawn(id)).get(10, TimeUnit.SECONDS) == null);
    }

    private Envelope drawn(String id) {
        return DrawnObjects.drawn(window.cityScene(), id);
    }

    /**
     * Ctrl+key as one key press through the scene's accelerators. (The robot's real key press is released only after
     * the FX thread caught up; on a loaded machine the X server's auto-repeat fires the shortcut again meanwhile.)
     */
    private void shortcut(FxRobot robot, KeyCode key, boolean shift) {
        robot.interact(() -> javafx.event.Event.fireEvent(window.root().lookup("#view3d"), new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", key, shift, true, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuItem editItem(String id) {
        javafx.scene.control.MenuBar bar = window.menuBar();
        return bar.getMenus().stream().filter(m -> "edit-menu".equals(m.getId())).findFirst().orElseThrow().getItems()
                .stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private MenuItem menuItem(String text) {
        return window.menuBar().getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    /** Dialog answers: save to {@code file}, discard unsaved changes, never recover. */
    private record Answers(Path file) implements ProjectFiles.Prompts {
        public Unsaved unsavedChanges() { return Unsaved.DISCARD; }
        public boolean recover(Path f) { return false; }
        public Path chooseSave(String title) { return file; }
        public Path chooseOpen() { return file; }
        public void warn(String text) { throw new AssertionError(text); }
    }
}
