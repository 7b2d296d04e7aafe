package org.citytwin.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.MeshView;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.scenario.Edit;
import org.citytwin.scenario.ScenarioIndicators;
import org.citytwin.ui.WindowLoads;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on the Haneda 2022 building tile: Scenario → Sketch box, two clicks on the ground, 35 m asked;
 * the scene draws a 35 m box there, indexed for the inspector. Setting bldg:storeysAboveGround on it with Scenario →
 * Edit attribute of selected… (its two dialogs answered) shows in the inspector and raises the gross floor area; undo takes the attribute
 * away, a second undo the box.
 */
class ScenarioSketchWindowTest extends RealWindowTest {
    static final Path HANEDA = ScenarioUndoRedoWindowTest.HANEDA;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void sketchABoxSetItsStoreysAndUndoBoth(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, HANEDA);
        ScenarioTools tools = window.scenarios();
        ScenariosViewModel vm = tools.viewModel();
        ScenarioController controller = tools.controller();

        // base refuses a sketch, as every edit
        robot.interact(() -> scenarioItem("sketch-box").fire());
        assertThat(vm.messageProperty().get()).contains("create a scenario first");
        robot.interact(() -> vm.create("proposal"));

        Envelope bounds = window.cityScene().bounds();
        robot.interact(() -> window.cityScene().camera().top(bounds));
        double z0 = bounds.minZ();
        double[] a = {bounds.centerX() - bounds.width() * 0.10, bounds.centerY() - bounds.height() * 0.08};
        double[] b = {bounds.centerX() + bounds.width() * 0.05, bounds.centerY() + bounds.height() * 0.04};
        controller.setHeightPrompt(shape -> Optional.of("35"));
        robot.interact(() -> scenarioItem("sketch-box").fire()); // Scenario → Sketch box
        long applied = controller.appliedProperty().get();
        robot.moveTo(screenOf(a[0], a[1], z0)).clickOn(MouseButton.PRIMARY);
        robot.moveTo(screenOf(b[0], b[1], z0)).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Sketch box proposal-sketch-1");
        List<Edit> edits = vm.currentScenario().edits();
        assertThat(edits).singleElement().isInstanceOf(Edit.Sketch.class);
        Edit.Sketch sketch = (Edit.Sketch) edits.get(0);
        assertThat(sketch.shape()).isEqualTo(Edit.Sketch.Shape.BOX);
        assertThat(sketch.height()).isEqualTo(35);
        Envelope corners = new Envelope();
        for (Edit.LatLon p : sketch.footprint()) {
            double[] xy = context.loader().toLocal(p.lat(), p.lon());
            corners.include(xy[0], xy[1], 0);
        }
        assertThat(corners.minX()).as("corners where clicked").isCloseTo(a[0], within(3.0));
        assertThat(corners.maxX()).isCloseTo(b[0], within(3.0));
        assertThat(corners.minY()).isCloseTo(a[1], within(3.0));
        assertThat(corners.maxY()).isCloseTo(b[1], within(3.0));

        String id = sketch.target();
        Envelope drawn = waitForMesh(id, applied);
        assertThat(drawn.maxZ() - drawn.minZ()).as("drawn 35 m tall").isCloseTo(35, within(0.05));
        assertThat(drawn.minX()).isCloseTo(corners.minX(), within(0.05));
        assertThat(drawn.maxY()).isCloseTo(corners.maxY(), within(0.05));
        CityObject box = window.inspector().find(id);
        assertThat(box).as("indexed for picking and the inspector").isNotNull();
        assertThat(box.attribute("citytwin:sketch").value()).isEqualTo("box");

        // select it, set its storeys (the menu item's dialogs answer name and value), the inspector follows
        robot.interact(() -> window.selection().selectById(FeatureKind.BUILDING, id));
        assertThat(scenarioItem("edit-attribute").isDisable()).isFalse();
        double floorBefore = ScenarioIndicators.of(window.lodModel().allObjects()).grossFloorArea();
        applied = controller.appliedProperty().get();
        javafx.application.Platform.runLater(() -> scenarioItem("edit-attribute").fire()); // its dialogs wait for answers
        answer(robot, "bldg:usage", "bldg:storeysAboveGround");
        answer(robot, "", "15");
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Set bldg:storeysAboveGround of " + id);
        waitForApplied(applied);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.inspector().selectedId()).isEqualTo(id);
        assertThat(window.inspector().attributesText()).contains("bldg:storeysAboveGround", "15");
        double footprint = (corners.maxX() - corners.minX()) * (corners.maxY() - corners.minY());
        double floorAfter = ScenarioIndicators.of(window.lodModel().allObjects()).grossFloorArea();
        assertThat(floorAfter - floorBefore).as("15 storeys instead of floor(35 m / 3 m) = 11")
                .isCloseTo(footprint * 4, within(footprint * 0.02));

        // undo: the attribute is gone; undo again: the box is gone
        applied = controller.appliedProperty().get();
        robot.interact(vm::undo);
        waitForApplied(applied);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.inspector().find(id).attribute("bldg:storeysAboveGround")).isNull();
        assertThat(window.inspector().attributesText()).doesNotContain("bldg:storeysAboveGround");
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Sketch box " + id);
        applied = controller.appliedProperty().get();
        robot.interact(vm::undo);
        long before = applied;
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> controller.appliedProperty().get() > before
                && WaitForAsyncUtils.asyncFx(() -> drawn(id)).get(10, TimeUnit.SECONDS) == null);
        assertThat(window.inspector().find(id)).isNull();
        assertThat(vm.currentScenario().edits()).isEmpty();
    }

    @Test
    void sketchACylinderByCentreAndRimAndAnLShapeClosedByADoubleClick(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, HANEDA);
        ScenarioTools tools = window.scenarios();
        ScenariosViewModel vm = tools.viewModel();
        ScenarioController controller = tools.controller();
        robot.interact(() -> vm.create("proposal"));
        Envelope bounds = window.cityScene().bounds();
        robot.interact(() -> window.cityScene().camera().top(bounds));
        double z0 = bounds.minZ();
        double cx = bounds.centerX(), cy = bounds.centerY(), r = bounds.width() * 0.06;
        controller.setHeightPrompt(shape -> Optional.of(shape == Edit.Sketch.Shape.CYLINDER ? "50" : "12,5"));

        // Scenario → Sketch cylinder: centre, then a point on the rim
        robot.interact(() -> scenarioItem("sketch-cylinder").fire());
        long applied = controller.appliedProperty().get();
        robot.moveTo(screenOf(cx, cy, z0)).clickOn(MouseButton.PRIMARY);
        robot.moveTo(screenOf(cx + r, cy, z0)).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Sketch cylinder proposal-sketch-1");
        Edit.Sketch cylinder = (Edit.Sketch) vm.currentScenario().edits().get(0);
        assertThat(cylinder.radius()).isCloseTo(r, within(3.0));
        Envelope drawn = waitForMesh("proposal-sketch-1", applied);
        assertThat(drawn.maxZ() - drawn.minZ()).isCloseTo(50, within(0.05));
        assertThat(drawn.width()).as("as wide as drawn").isCloseTo(2 * cylinder.radius(), within(0.05));
        assertThat(drawn.centerX()).isCloseTo(cx, within(3.0));

        // Scenario → Sketch polygon extrusion…: five clicks, a double click on the sixth corner closes the L
        double w = bounds.width() * 0.05, x0 = cx - bounds.width() * 0.3, y0 = cy;
        double[][] l = {{x0, y0}, {x0 + 2 * w, y0}, {x0 + 2 * w, y0 + w}, {x0 + w, y0 + w}, {x0 + w, y0 + 2 * w}, {x0, y0 + 2 * w}};
        robot.interact(() -> scenarioItem("sketch-extrusion").fire());
        applied = controller.appliedProperty().get();
        for (int i = 0; i < 5; i++) robot.moveTo(screenOf(l[i][0], l[i][1], z0)).clickOn(MouseButton.PRIMARY);
        robot.moveTo(screenOf(l[5][0], l[5][1], z0)).doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Sketch extrusion proposal-sketch-2");
        Edit.Sketch extrusion = (Edit.Sketch) vm.currentScenario().edits().get(1);
        assertThat(extrusion.footprint()).hasSize(6);
        assertThat(extrusion.height()).isEqualTo(12.5);
        waitForMesh("proposal-sketch-2", applied);
        var metrics = org.citytwin.model.GeometryMetrics.of(window.inspector().find("proposal-sketch-2").displayMesh());
        assertThat(metrics.volume()).as("closed").isPresent();
        assertThat(metrics.footprint()).as("an L of three squares").isCloseTo(3 * w * w, within(3 * w * w * 0.05));
        assertThat(vm.edits()).containsExactly(String.format(java.util.Locale.ROOT, "Sketch cylinder proposal-sketch-1, %.1f m", 50.0),
                "Sketch extrusion proposal-sketch-2, 12.5 m");
        robot.interact(() -> window.cityScene().camera().oblique(Envelope.of(x0 - 20, cy - r - 20, z0, cx + r + 20,
                y0 + 2 * w + 20, z0 + 50)));
        WaitForAsyncUtils.waitForFxEvents();
        org.citytwin.scene.SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null))
                .get(60, TimeUnit.SECONDS), Path.of("target/test-shots/scenario-sketches.png"));
    }

    /** Answers the open text dialog: checks what it proposes, types the answer, presses Enter. */
    private void answer(FxRobot robot, String proposed, String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        javafx.scene.control.TextField field = robot.lookup(".dialog-pane .text-field").queryAs(javafx.scene.control.TextField.class);
        assertThat(field.getText()).isEqualTo(proposed);
        robot.interact(() -> field.setText(text));
        robot.clickOn(field).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForApplied(long before) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.scenarios().controller().appliedProperty().get() > before);
    }

    private Envelope waitForMesh(String id, long appliedBefore) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Envelope> found = new java.util.concurrent.atomic.AtomicReference<>();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            if (window.scenarios().controller().appliedProperty().get() <= appliedBefore) return false;
            found.set(WaitForAsyncUtils.asyncFx(() -> drawn(id)).get(10, TimeUnit.SECONDS));
            return found.get() != null;
        });
        return found.get();
    }

    private MenuItem scenarioItem(String id) {
        javafx.scene.control.MenuBar bar = window.menuBar();
        return bar.getMenus().stream().filter(m -> "scenario-menu".equals(m.getId())).findFirst().orElseThrow().getItems()
                .stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private Point2D screenOf(double x, double y, double z) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var cam = window.cityScene().camera();
            double[] s = cam.project(cam.toView(x, y, z));
            return window.cityScene().viewport().localToScreen(s[0], s[1]);
        }).get(10, TimeUnit.SECONDS);
    }

    private Envelope drawn(String id) {
        return DrawnObjects.drawn(window.cityScene(), id);
    }
}
