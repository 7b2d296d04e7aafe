package org.citytwin.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.scenario.Edit;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.shadow.ShadowStudy;
import org.citytwin.ui.WindowLoads;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on the Haneda 2022 building tile: Tools → Shadow study, the tallest building added as the casting
 * set, a site drawn around it by clicks on the ground, Run; the plan appears on the 4 m plane (bands, red
 * exceedances, site and 5 m / 10 m lines), its colours are in the top view's pixels, the panel lists the result's
 * areas, and both exports write files. A sketched proposal is studied with its own footprint as the site.
 */
class ShadowStudyWindowTest extends RealWindowTest {
    static final Path HANEDA = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");
    static final Path SHOTS = Path.of("target/test-shots");

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void drawASiteAroundTheTallestBuildingRunAndSeeThePlan(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, HANEDA);
        StudyTools tools = window.study();
        StudyViewModel vm = tools.viewModel();
        robot.interact(() -> toolsItem("shadow-study").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#study-panel").tryQuery()).as("Tools → Shadow study shows the tab").isPresent();

        CityObject tallest = window.lodModel().allObjects().stream().filter(o -> o.kind() == FeatureKind.BUILDING)
                .max(Comparator.comparingDouble(o -> bounds(o).maxZ() - bounds(o).minZ())).orElseThrow();
        Envelope b = bounds(tallest);
        robot.interact(() -> window.selection().selectById(FeatureKind.BUILDING, tallest.id()));
        robot.clickOn("#study-add-selected");
        assertThat(vm.castingSetProperty().get()).isEqualTo(StudyViewModel.CastingSet.SELECTED);
        assertThat(vm.chosen()).extracting(CityObject::id).containsExactly(tallest.id());

        // bad input: a clear sentence, nothing runs
        TextField levels = robot.lookup("#study-levels").queryAs(TextField.class);
        robot.interact(() -> levels.setText("a,b"));
        press(robot, "#study-run");
        assertThat(robot.lookup("#study-message").queryLabeled().getText()).contains("Hours lines", "\"a\"");
        assertThat(vm.runningProperty().get()).isFalse();
        robot.interact(() -> levels.setText("2, 3, 4, 5"));

        // the site: four clicks on the ground 3 m around the building, the last a double click
        double m = 3, z0 = b.minZ();
        robot.interact(() -> window.cityScene().camera().top(Envelope.of(b.minX() - 40, b.minY() - 40, z0, b.maxX() + 40, b.maxY() + 40, z0)));
        press(robot, "#study-draw-site");
        double[][] corners = {{b.minX() - m, b.minY() - m}, {b.maxX() + m, b.minY() - m}, {b.maxX() + m, b.maxY() + m},
            {b.minX() - m, b.maxY() + m}};
        for (int i = 0; i < 3; i++) robot.moveTo(screenOf(corners[i][0], corners[i][1], z0)).clickOn(MouseButton.PRIMARY);
        robot.moveTo(screenOf(corners[3][0], corners[3][1], z0)).doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.siteProperty().get()).as(vm.messageProperty().get()).isNotNull();
        var site = vm.siteProperty().get().getEnvelopeInternal();
        assertThat(site.getMinX()).as("where clicked").isBetween(b.minX() - m - 1.5, b.minX() - m + 1.5);
        assertThat(site.getMaxY()).isBetween(b.maxY() + m - 1.5, b.maxY() + m + 1.5);

        press(robot, "#study-run");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
        ShadowStudy.Result r = vm.resultProperty().get();
        assertThat(r).as(vm.messageProperty().get()).isNotNull();
        assertThat(r.exceeds()).as("the tallest building at Haneda (48.7 m) shades beyond 10 m over 2.5 h").isTrue();

        // scene graph: the overlay with its bands, exceedances and lines, on the 4 m plane
        List<String> ids = WaitForAsyncUtils.asyncFx(() -> tools.overlayNode().getChildren().stream().map(Node::getId).toList())
                .get(10, TimeUnit.SECONDS);
        assertThat(ids).contains("study-band-0", "study-band-3", "study-site", "study-line5", "study-line10", "study-contour-2")
                .anyMatch(id -> id.startsWith("study-exceed-")).anyMatch(id -> id.startsWith("study-hourly-"));
        assertThat(window.cityScene().overlay().getChildren()).contains(tools.overlayNode());
        MeshView band0 = (MeshView) tools.overlayNode().lookup("#study-band-0");
        TriangleMesh mesh = (TriangleMesh) band0.getMesh();
        assertThat(mesh.getFaces().size()).isPositive();
        assertThat(-mesh.getPoints().get(1)).as("on the plane 4 m above the building's base").isCloseTo((float) (z0 + 4),
                org.assertj.core.api.Assertions.within(0.01f));

        // the panel lists the result's exceedance areas
        @SuppressWarnings("unchecked")
        ListView<String> areas = robot.lookup("#study-areas").queryAs(ListView.class);
        assertThat(areas.getItems()).startsWith(r.exceedances().stream().map(StudyViewModel::exceedanceText).toArray(String[]::new));
        assertThat(areas.getItems().get(1)).contains(StudyViewModel.area(r.exceedances().get(1).areaM2()) + " m²");

        // top view pixels: the bands' blues (the selection's glow taken away first)
        robot.interact(() -> window.selection().clear());
        press(robot, "#study-top");
        WaitForAsyncUtils.waitForFxEvents();
        Image top = WaitForAsyncUtils.asyncFx(() -> SceneSnapshots.render(window.cityScene())).get(30, TimeUnit.SECONDS);
        SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(30, TimeUnit.SECONDS),
                SHOTS.resolve("studyui-top.png"));
        assertThat(count(top, StudyColours.band(0))).as("pixels of the 2–3 h band").isGreaterThan(100);
        assertThat(count(top, StudyColours.band(1)) + count(top, StudyColours.band(2)) + count(top, StudyColours.band(3)))
                .as("pixels of the 3 h and longer bands").isGreaterThan(100);

        // the plan in 3D
        robot.interact(() -> window.cityScene().camera().oblique(StudyOverlay.extent(r)));
        WaitForAsyncUtils.waitForFxEvents();
        SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(30, TimeUnit.SECONDS),
                SHOTS.resolve("studyui-3d.png"));

        press(robot, "#study-clear");
        assertThat(window.cityScene().overlay().getChildren()).doesNotContain(tools.overlayNode());
    }

    @Test
    void aSketchedProposalIsStudiedWithItsFootprintAsTheSite(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, HANEDA);
        StudyViewModel vm = window.study().viewModel();
        var scenarios = window.scenarios();
        Envelope bounds = window.cityScene().bounds();
        robot.interact(() -> scenarios.viewModel().create("tower"));
        long applied = scenarios.controller().appliedProperty().get();
        double cx = bounds.centerX(), cy = bounds.centerY();
        String id = WaitForAsyncUtils.asyncFx(() -> scenarios.controller().sketch(Edit.Sketch.Shape.BOX,
                List.of(new double[] {cx, cy}, new double[] {cx + 25, cy + 25}), 45)).get(10, TimeUnit.SECONDS);
        assertThat(id).isNotNull();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> scenarios.controller().appliedProperty().get() > applied
                && window.lodModel().allObjects().stream().anyMatch(o -> o.id().equals(id)));

        robot.interact(() -> toolsItem("shadow-study").fire());
        robot.clickOn("#study-proposals");
        robot.clickOn("#study-hokkaido");
        press(robot, "#study-use-footprint");
        assertThat(vm.siteProperty().get()).as(vm.messageProperty().get()).isNotNull();
        assertThat(vm.siteProperty().get().getArea()).as("the 25 m square").isBetween(620.0, 630.0);
        press(robot, "#study-run");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
        ShadowStudy.Result r = vm.resultProperty().get();
        assertThat(r).as(vm.messageProperty().get()).isNotNull();
        assertThat(r.settings().from()).isEqualTo(java.time.LocalTime.of(9, 0));
        assertThat(r.hourly()).as("9, 10, … 15 h").hasSize(7);
        assertThat(r.contours().get(0).area().getArea()).as("a 45 m tower shades ≥ 2 h").isGreaterThan(500);
        WaitForAsyncUtils.waitForFxEvents();
        // top view pixels: red where the limits are exceeded, and the bands
        press(robot, "#study-top");
        WaitForAsyncUtils.waitForFxEvents();
        Image top = WaitForAsyncUtils.asyncFx(() -> SceneSnapshots.render(window.cityScene())).get(30, TimeUnit.SECONDS);
        SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(30, TimeUnit.SECONDS),
                SHOTS.resolve("studyui-proposal-top.png"));
        assertThat(r.exceeds()).isTrue();
        assertThat(count(top, StudyColours.EXCEED)).as("red exceedance pixels").isGreaterThan(200);
        assertThat(count(top, StudyColours.band(0))).as("pixels of the 2–3 h band").isGreaterThan(100);

        // exports
        Path geojson = SHOTS.resolve("studyui-proposal.geojson"), png = SHOTS.resolve("studyui-export.png");
        Files.createDirectories(SHOTS);
        Files.deleteIfExists(png);
        assertThat(WaitForAsyncUtils.asyncFx(() -> vm.exportGeoJson(geojson)).get(30, TimeUnit.SECONDS)).isTrue();
        JsonNode root = new ObjectMapper().readTree(Files.readString(geojson));
        TreeSet<String> layers = new TreeSet<>();
        root.get("features").forEach(f -> layers.add(f.get("properties").get("layer").asText()));
        assertThat(layers).contains("contour", "line5", "line10", "exceedance", "site");
        assertThat(WaitForAsyncUtils.asyncFx(() -> vm.exportPng(png)).get(30, TimeUnit.SECONDS)).as(vm.messageProperty().get()).isTrue();
        Image exported = new Image(png.toUri().toString());
        assertThat(exported.getWidth()).isGreaterThan(400);
        assertThat(count(exported, StudyColours.EXCEED)).as("the exported plan shows the exceedance").isGreaterThan(200);
        assertThat(countBright(exported)).as("with the legend's white box").isGreaterThan(2000);

        robot.interact(() -> window.cityScene().camera().oblique(StudyOverlay.extent(r)));
        WaitForAsyncUtils.waitForFxEvents();
        SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(30, TimeUnit.SECONDS),
                SHOTS.resolve("studyui-proposal-3d.png"));
    }

    /** Clicks a panel button, scrolled into view first (the panel is taller than small windows). */
    private void press(FxRobot robot, String query) throws Exception {
        javafx.scene.control.Button button = robot.lookup(query).queryButton();
        robot.interact(() -> {
            javafx.scene.control.ScrollPane pane = robot.lookup("#study-panel").queryAs(javafx.scene.control.ScrollPane.class);
            double contentHeight = pane.getContent().getBoundsInLocal().getHeight();
            double viewHeight = pane.getViewportBounds().getHeight();
            double y = button.localToScene(0, 0).getY() - pane.getContent().localToScene(0, 0).getY();
            if (contentHeight > viewHeight) pane.setVvalue(Math.max(0, Math.min(1, (y - viewHeight / 2) / (contentHeight - viewHeight))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(button);
    }

    private static Envelope bounds(CityObject o) {
        Envelope e = new Envelope();
        e.includeAll(o.displayMesh().vertices(), o.displayMesh().vertices().length);
        return e;
    }

    /** Near-white pixels (the legend's box; the sky, the ground and the plan are darker). */
    private static int countBright(Image image) {
        PixelReader r = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color p = r.getColor(x, y);
                if (p.getRed() > 0.92 && p.getGreen() > 0.92 && p.getBlue() > 0.92) n++;
            }
        }
        return n;
    }

    /** Pixels within a few levels of the colour. */
    private static int count(Image image, Color c) {
        PixelReader r = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color p = r.getColor(x, y);
                if (Math.abs(p.getRed() - c.getRed()) < 0.04 && Math.abs(p.getGreen() - c.getGreen()) < 0.04
                        && Math.abs(p.getBlue() - c.getBlue()) < 0.04) n++;
            }
        }
        return n;
    }

    private MenuItem toolsItem(String id) {
        return window.menuBar().getMenus().stream().filter(m -> "tools-menu".equals(m.getId())).findFirst().orElseThrow()
                .getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private Point2D screenOf(double x, double y, double z) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var cam = window.cityScene().camera();
            double[] s = cam.project(cam.toView(x, y, z));
            return window.cityScene().viewport().localToScreen(s[0], s[1]);
        }).get(10, TimeUnit.SECONDS);
    }
}
