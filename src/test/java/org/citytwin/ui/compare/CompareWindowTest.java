package org.citytwin.ui.compare;

import org.citytwin.scene.TestMeshes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.GeometryMetrics;
import org.citytwin.model.MeshPart;
import org.citytwin.scenario.Edit;
import org.citytwin.scenario.ObjectChange;
import org.citytwin.scenario.Scenario;
import org.citytwin.scenario.ScenarioApplier;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.ui.WindowLoads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on Haneda 2022 against a scenario that demolishes the largest building, raises the second to 80 m and
 * places a 20 × 10 × 30 m box: Tools → Compare… lists the three changes, "Colour changes" paints the box green, the
 * raised building amber and a reddish ghost where the demolished one stood; the swipe view shows A left of the divider
 * and B right of it; dragging the divider moves the clip; clicking a row selects that object.
 */
class CompareWindowTest extends RealWindowTest {
    static final Path TILE = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");
    private CityObject demolished, raised;
    private double[] boxAt;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void changesColouringSwipeAndRowClick(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, TILE);
        List<CityObject> base = fx(() -> window.lodModel().allObjects());
        plugScenario(base);
        CompareController compare = window.compare();
        robot.clickOn("Tools").clickOn("Compare…");
        robot.interact(() -> compare.choose("base", "proposal"));
        assertThat(fx(compare::compare)).isNotNull();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> compare.result() != null);
        assertThat(compare.table().getItems()).extracting(ChangeRow::kind)
                .containsExactlyInAnyOrder(ObjectChange.Kind.ADDED, ObjectChange.Kind.REMOVED, ObjectChange.Kind.CHANGED);
        assertThat(compare.status()).isEqualTo("1 added, 1 removed, 1 changed, " + (base.size() - 2) + " unchanged.");

        CityScene scene = window.cityScene();
        Envelope frame = new Envelope();
        for (CityObject o : compare.result().objectsB()) frame.includeAll(o.displayMesh().vertices(), o.displayMesh().vertices().length);
        robot.interact(() -> {
            scene.camera().oblique(frame);
            scene.camera().panPixels(-60, -290); // the edits above the panel, which docks bottom right
        });

        // Colour changes: B in the main view, the box green, the raised building amber, the demolished one a red ghost
        robot.interact(() -> compare.setColourChanges(true));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, compare::colouring);
        WaitForAsyncUtils.waitForFxEvents();
        Image coloured = fx(() -> SceneSnapshots.render(scene));
        SceneSnapshots.writePng(coloured, Path.of("target/test-shots/compare-colour-viewport.png"));
        Color box = pixel(coloured, scene, boxAt[0], boxAt[1], boxAt[2] + 29.5);
        assertThat(box.getGreen()).as("added box green: " + box).isGreaterThan(box.getRed() + 0.1).isGreaterThan(box.getBlue() + 0.1);
        double[] r = TestMeshes.centre(raised.displayMesh());
        Color amber = pixel(coloured, scene, r[0], r[1], TestMeshes.lowest(raised.displayMesh()) + 79.5);
        // Lit roof or shaded wall (the toolbar moved the view): amber either way, red well above blue, green between.
        assertThat(amber.getRed()).as("raised building amber: " + amber).isGreaterThan(amber.getBlue() + 0.3);
        assertThat(amber.getGreen()).as("raised building amber: " + amber).isGreaterThan(amber.getBlue() + 0.1);
        double[] d = TestMeshes.centre(demolished.displayMesh());
        double dz = TestMeshes.lowest(demolished.displayMesh()) + 2;
        Color ghost = pixel(coloured, scene, d[0], d[1], dz);
        assertThat(ghost.getRed()).as("ghost reddish: " + ghost).isGreaterThan(ghost.getGreen() + 0.08).isGreaterThan(ghost.getBlue() + 0.08);
        shot(robot, "compare-changes");

        // Swipe: A in the main view, B right of the divider; at the demolished building A shows it, B does not
        robot.interact(() -> compare.setColourChanges(false));
        robot.interact(() -> compare.setSwipe(true));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> compare.swipe().isShown());
        WaitForAsyncUtils.waitForFxEvents();
        double dTop = TestMeshes.highest(demolished.displayMesh()) - 1;
        double[] at = fx(() -> scene.camera().project(scene.camera().toView(d[0], d[1], dTop)));
        double width = fx(() -> scene.viewport().getWidth());
        Node panel = robot.lookup("#compare-panel").query();
        robot.interact(() -> panel.setVisible(false)); // it may cover the building; the stack is snapshotted whole
        Image plainA = fx(() -> SceneSnapshots.render(scene));
        robot.interact(() -> compare.swipe().splitProperty().set((at[0] + 60) / width));
        Color leftOfDivider = stackPixel(robot, at);
        robot.interact(() -> compare.swipe().splitProperty().set((at[0] - 60) / width));
        Color rightOfDivider = stackPixel(robot, at);
        Color a = plainA.getPixelReader().getColor((int) Math.round(at[0]), (int) Math.round(at[1]));
        assertThat(delta(leftOfDivider, a)).as("left of the divider shows A: " + leftOfDivider + " vs " + a).isLessThan(0.06);
        assertThat(delta(rightOfDivider, a)).as("right of the divider shows B (building gone): " + rightOfDivider).isGreaterThan(0.1);
        robot.interact(() -> panel.setVisible(true));

        // Dragging the divider moves the split and the clip
        robot.interact(() -> compare.swipe().splitProperty().set(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        Node divider = robot.lookup("#swipe-divider").query();
        Point2D grab = fx(() -> divider.localToScreen(SwipeView.GRAB / 2, 80));
        robot.moveTo(grab).press(MouseButton.PRIMARY).moveBy(-60, 0).moveBy(-60, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double split = compare.swipe().splitProperty().get();
        assertThat(split).isCloseTo(0.5 - 120 / width, within(0.02));
        Rectangle clip = (Rectangle) compare.swipe().rightScene().viewport().getClip();
        assertThat(clip.getX()).isCloseTo(split * width, within(1.0));
        robot.interact(() -> {
            ((javafx.scene.control.TitledPane) robot.lookup("#compare-figures").query()).setExpanded(false);
            ((javafx.scene.control.TitledPane) robot.lookup("#compare-changes").query()).setExpanded(false);
            compare.swipe().splitProperty().set(at[0] / width);
        });
        shot(robot, "compare-swipe");

        // Clicking a row selects its object and flies there
        robot.interact(() -> ((javafx.scene.control.TitledPane) robot.lookup("#compare-changes").query()).setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> row = robot.lookup(".table-row-cell").match((TableRow<?> t) -> t.getItem() instanceof ChangeRow c
                && c.kind() == ObjectChange.Kind.CHANGED).query();
        robot.clickOn(row);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> { // the flight ends near the object
            var aim = scene.camera().toLocal(scene.camera().target());
            return !scene.camera().isFlying() && window.inspector().selected() != null
                    && Math.hypot(aim.getX() - r[0], aim.getY() - r[1]) < 25;
        }));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.inspector().selected().id()).isEqualTo(raised.id());
        var target = fx(() -> scene.camera().toLocal(scene.camera().target()));
        assertThat(Math.hypot(target.getX() - r[0], target.getY() - r[1])).isLessThan(25);

        // Sorting by a delta column; a delta neither side states reads "–"
        robot.interact(() -> {
            var column = compare.table().getColumns().stream().filter(c -> c.getText().equals("Δheight m")).findFirst().orElseThrow();
            column.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            compare.table().getSortOrder().setAll(List.of(column));
        });
        assertThat(compare.table().getItems()).extracting(ChangeRow::kind)
                .containsExactly(ObjectChange.Kind.CHANGED, ObjectChange.Kind.ADDED, ObjectChange.Kind.REMOVED);
        assertThat(robot.lookup(".table-cell").match((javafx.scene.control.TableCell<?, ?> c) -> "–".equals(c.getText())).queryAll())
                .isNotEmpty();

        // Closing the panel puts base back in the main view: the demolished building drawn again, no box
        robot.interact(() -> compare.setShowB(true));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> drawnIds(scene).contains("box-1"));
        assertThat(drawnIds(scene)).doesNotContain(demolished.id());
        robot.interact(compare::close);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> drawnIds(scene).contains(demolished.id()));
        assertThat(drawnIds(scene)).doesNotContain("box-1");
        assertThat(compare.swipe().isShown()).isFalse();
    }

    /**
     * "Other model…": a copy of the tile with its first building gone and another's measured height edited, loaded
     * through the window's loader, compares against base as exactly 1 removed and 1 changed (an attribute, no
     * geometry moved: both sides share the window's local frame).
     */
    @Test
    void otherModelComparesInTheWindowsFrame(FxRobot robot, @TempDir Path dir) throws Exception {
        WindowLoads.loadAndWait(robot, window, TILE);
        String gml = java.nio.file.Files.readString(TILE);
        int from = gml.indexOf("<core:cityObjectMember>");
        int to = gml.indexOf("</core:cityObjectMember>", from) + "</core:cityObjectMember>".length();
        String edited = gml.substring(0, from) + gml.substring(to);
        String height = "<bldg:measuredHeight uom=\"m\">17.2</bldg:measuredHeight>";
        assertThat(edited).contains(height);
        edited = edited.replace(height, "<bldg:measuredHeight uom=\"m\">21.5</bldg:measuredHeight>");
        Path copy = dir.resolve("edited.gml");
        java.nio.file.Files.writeString(copy, edited);
        CompareController compare = window.compare();
        robot.clickOn("Tools").clickOn("Compare…");
        Task<List<CityObject>> load = fx(() -> compare.loadOther(copy));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> compare.status().contains("objects loaded as B"));
        robot.interact(() -> compare.choose("base", "other: edited.gml"));
        assertThat(fx(compare::compare)).isNotNull();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> compare.result() != null);
        CompareViewModel.Result r = compare.result();
        assertThat(r.b()).isEqualTo("other: edited.gml");
        assertThat(new int[] {r.diff().removed(), r.diff().changed(), r.diff().added()}).containsExactly(1, 1, 0);
        ChangeRow changed = r.rows().stream().filter(x -> x.kind() == ObjectChange.Kind.CHANGED).findFirst().orElseThrow();
        assertThat(changed.attributes()).isEqualTo("bldg:measuredHeight");
        assertThat(changed.heightDelta()).isCloseTo(21.5 - 17.2, within(0.01));
        assertThat(load.isDone()).isTrue();
    }

    /** A "proposal" scenario next to base, as the project's scenarios will be plugged in. */
    private void plugScenario(List<CityObject> base) {
        List<CityObject> bySize = base.stream().sorted(Comparator.comparingDouble(
                (CityObject o) -> GeometryMetrics.of(o.displayMesh()).footprint()).reversed()).toList();
        demolished = bySize.get(0);
        raised = bySize.get(1);
        CityObject untouched = bySize.get(2);
        boxAt = openGround(base, untouched);
        Scenario proposal = new Scenario("proposal", List.of(new Edit.Demolish(demolished.id()), new Edit.ChangeHeight(raised.id(), 80),
                new Edit.PlaceModel("box-1", "box", 35.53, 139.79, Double.NaN, 0, 1)));
        ScenarioApplier applier = new ScenarioApplier(p -> ScenarioApplier.proposal(p, "Box", box(boxAt), List.of()));
        List<CityObject> after = applier.apply(base, proposal);
        window.compare().sources().setScenarios(new ScenarioSource() {
            public List<String> names() {
                return List.of("base", "proposal");
            }

            public List<CityObject> objects(String name) {
                return name.equals("base") ? base : after;
            }
        });
    }

    /** Beside the building, on ground clear of every object by 10 m (so the box hides nothing of the other edits). */
    private static double[] openGround(List<CityObject> base, CityObject beside) {
        double[] u = TestMeshes.centre(beside.displayMesh());
        for (double[] off : new double[][] {{60, 0}, {-60, 0}, {0, -60}, {0, 60}, {90, -90}, {-90, -90}, {90, 90}, {-90, 90}}) {
            double x = u[0] + off[0], y = u[1] + off[1];
            boolean clear = base.stream().allMatch(o -> {
                Envelope e = new Envelope();
                e.includeAll(o.displayMesh().vertices(), o.displayMesh().vertices().length);
                return x + 30 < e.minX() || x - 10 > e.maxX() || y + 20 < e.minY() || y - 10 > e.maxY();
            });
            if (clear) return new double[] {x, y, TestMeshes.lowest(beside.displayMesh())};
        }
        throw new AssertionError("no open ground near " + beside.id());
    }

    private static java.util.Set<String> drawnIds(CityScene scene) throws Exception {
        return fx(() -> {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (Node n : scene.layer(org.citytwin.model.FeatureKind.BUILDING).getChildren()) {
                if (n.getUserData() instanceof org.citytwin.pipeline.tile.TileMesh m) ids.addAll(m.objectIds());
            }
            return ids;
        });
    }

    /** A closed 20 × 10 × 30 m box with its south-west bottom corner at p. */
    static MeshPart box(double[] p) {
        double[] c = {0, 0, 0, 20, 0, 0, 20, 10, 0, 0, 10, 0, 0, 0, 30, 20, 0, 30, 20, 10, 30, 0, 10, 30};
        for (int i = 0; i < c.length; i++) c[i] += p[i % 3];
        int[] t = {0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7};
        return new MeshPart(c, t);
    }

    private Color pixel(Image img, CityScene scene, double x, double y, double z) throws Exception {
        double[] px = fx(() -> scene.camera().project(scene.camera().toView(x, y, z)));
        assertThat(px).isNotNull();
        int ix = (int) Math.round(px[0]), iy = (int) Math.round(px[1]);
        assertThat(ix).isBetween(1, (int) img.getWidth() - 2);
        assertThat(iy).isBetween(1, (int) img.getHeight() - 2);
        return img.getPixelReader().getColor(ix, iy);
    }

    /** The colour the window shows (main view, swipe overlay, divider) at a pixel of the main viewport. */
    private Color stackPixel(FxRobot robot, double[] at) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Image img = fx(() -> stage.getScene().snapshot(null));
        Point2D p = fx(() -> window.cityScene().viewport().localToScene(at[0], at[1]));
        return img.getPixelReader().getColor((int) Math.round(p.getX()), (int) Math.round(p.getY()));
    }

    private void shot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Image img = fx(() -> stage.getScene().snapshot(null));
        SceneSnapshots.writePng(img, Path.of("target/test-shots/" + name + ".png"));
    }

    private static double delta(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(60, TimeUnit.SECONDS);
    }

}
