package org.citytwin.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.flow.FlowSample;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.scenario.Annotation;
import org.citytwin.scenario.Edit;
import org.citytwin.scene.CameraRig;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.ui.WindowLoads;
import org.citytwin.ui.study.StudyViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Retakes the README's pictures of the window (docs/images): the real main window at 1400×900 on the bundled samples
 * the captions name, driven through its controllers and view models, one PNG of the whole window per picture. Skipped
 * unless {@code -Dcitytwin.pictures=DIR} names where the PNGs go, so the test suite does not pay for it. Each test is one
 * picture and can be run alone ({@code -Dtest='ReadmePictures#inspector'}). From the checkout:
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B -q -o test -Dtest=ReadmePictures -Dcitytwin.pictures=docs/images \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dtestfx.setup.timeout=180000
 * </pre>
 * Look at every picture written before committing it: a README reader sees what the caption names.
 */
@EnabledIfSystemProperty(named = "citytwin.pictures", matches = ".+")
class ReadmePictures extends RealWindowTest {
    static final Path HANEDA = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");
    static final String HANEDA_TALLEST = "bldg_bdc161ef-9ae3-4a6c-b554-8a2ce507e6c8"; // measuredHeight 48.7 m
    static final Path CHIBA = Path.of("sample-citygml/utility-chiba/udx/unf");
    /** As the README's pictures had them: synthetic walkers over a test square, one Shinjuku building from the test data. */
    static final Path FLOW_SQUARE = Path.of("src/test/resources/data/plateau/14212_atsugi-shi_city_2023_citygml_2_op/udx/squr/533912_squr_6697_op.gml");
    static final Path SHINJUKU = Path.of("src/test/resources/data/plateau/13104_shinjuku-ku_2020_ogc-urban-planning-ade-example/udx/bldg/53394517_bldg_6697_2_op_CityGML2.gml");
    static final long T0 = 1_700_000_000_000L;
    static final Path TOKYO_BLDG = Path.of("sample-citygml/13100_tokyo23-ku_2020_citygml_mini/udx/bldg/53394525_bldg_6697_2_op.gml");

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    /** "Inspector on a Haneda building": the tallest one selected, seen obliquely, the inspector on the right. */
    @Test
    void inspector(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, HANEDA);
        Envelope b = bounds(window.inspector().find(HANEDA_TALLEST));
        robot.interact(() -> {
            window.selection().selectById(FeatureKind.BUILDING, HANEDA_TALLEST);
            window.cityScene().camera().oblique(Envelope.of(b.minX() - 70, b.minY() - 70, b.minZ(), b.maxX() + 70, b.maxY() + 70, b.maxZ()));
        });
        write(robot, "inspector.png");
    }

    /** "Two annotations, one in Japanese, and the Annotations tab". */
    @Test
    void annotations(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, HANEDA);
        Envelope b = bounds(tallest());
        robot.interact(() -> {
            var vm = window.annotations().viewModel();
            double[] roof = context.loader().toLatLon(b.centerX(), b.centerY());
            vm.add(Annotation.Kind.PIN, roof[0], roof[1], b.maxZ(), HANEDA_TALLEST, "最も高い建物", "Tallest building", "taro", 0xFF00FF);
            double[] ground = context.loader().toLatLon(b.centerX() - 60, b.centerY() - 40);
            vm.add(Annotation.Kind.CALLOUT, ground[0], ground[1], b.minZ(), null, "新しいバス停（計画）", "Planned bus stop", "hanako", 0x1C7ED6);
            CameraRig rig = window.cityScene().camera();
            rig.lookAt(rig.toView(b.centerX() - 20, b.centerY() - 10, b.minZ()), 20, 40, 380);
            window.sidePanel().showTab("Annotations");
        });
        write(robot, "annotations.png");
    }

    /** "A 60 m office block placed at Haneda in the scenario "proposal", with the Scenarios panel". */
    @Test
    void scenarioPlaced(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, HANEDA);
        var tools = window.scenarios();
        long applied = tools.controller().appliedProperty().get();
        String id = call(() -> {
            tools.viewModel().create("proposal");
            return tools.viewModel().place("office-60m", 35.53308, 139.79509);
        });
        waitUntil(() -> tools.controller().appliedProperty().get() > applied && window.inspector().find(id) != null);
        double[] at = context.loader().toLocal(35.53308, 139.79509);
        double z0 = window.cityScene().bounds().minZ();
        robot.interact(() -> {
            window.sidePanel().showTab("Scenarios"); // unselected: the block's own colours, not the selection glow
            window.cityScene().camera().oblique(Envelope.of(at[0] - 110, at[1] - 110, z0, at[0] + 110, at[1] + 110, z0 + 60));
        });
        write(robot, "scenario-placed.png");
    }


    /** "The Shadow study tab and its result on the measurement plane around a sketched proposal" (the default 8–16 window). */
    @Test
    void studyPanel(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, HANEDA);
        var scenarios = window.scenarios();
        Envelope city = window.cityScene().bounds();
        double cx = city.centerX(), cy = city.centerY();
        long applied = scenarios.controller().appliedProperty().get();
        String id = call(() -> {
            scenarios.viewModel().create("tower");
            return scenarios.controller().sketch(Edit.Sketch.Shape.BOX, List.of(new double[] {cx, cy}, new double[] {cx + 25, cy + 25}), 45);
        });
        waitUntil(() -> scenarios.controller().appliedProperty().get() > applied
                && window.lodModel().allObjects().stream().anyMatch(o -> o.id().equals(id)));
        var study = window.study().viewModel();
        robot.interact(() -> {
            menuItem("shadow-study").fire(); // Tools → Shadow study…: the tab
            study.castingSetProperty().set(StudyViewModel.CastingSet.PROPOSALS);
            study.useFootprint();
            study.run();
        });
        waitUntil(() -> !study.runningProperty().get());
        if (study.resultProperty().get() == null) throw new AssertionError(study.messageProperty().get());
        double z0 = city.minZ(); // the tower and the plan north of it, close enough to read the bands
        robot.interact(() -> window.cityScene().camera().oblique(Envelope.of(cx - 45, cy - 30, z0, cx + 70, cy + 85, z0 + 45)));
        write(robot, "study-panel.png");
    }

    /** "The window with a recorded flow: gate counts, flow layer, timeline": walkers recorded over a square, one gate. */
    @Test
    void flowsWindow(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, FLOW_SQUARE);
        var flows = window.flows();
        Envelope city = window.cityScene().bounds();
        double cx = Math.rint(city.centerX()), cy = Math.rint(city.centerY()), z = Math.rint(city.maxZ());
        robot.interact(() -> {
            flows.store().acceptAll(walkers(cx, cy, z));
            flows.recordingAdded();
            CameraRig rig = window.cityScene().camera();
            rig.lookAt(rig.toView(cx, cy + 6, z), 0, 89, 120); // straight down, north up
            flows.clock().seek(T0);
            flows.drawNow();
            window.gateTool().activeProperty().set(true);
            double[] a = rig.project(rig.toView(cx + 5, cy - 5, z)), b = rig.project(rig.toView(cx + 5, cy + 17, z));
            window.gateTool().clickAt(a[0], a[1]);
            window.gateTool().clickAt(b[0], b[1]);
            flows.timeline().rateProperty().set(10);
            flows.timeline().togglePlay();
        });
        waitUntil(() -> !flows.clock().isPlaying());
        write(robot, "flows-window.png");
    }

    /** "Clearance check on the Chiba utilities": every close pair, connected parts included, the last one flown to. */
    @Test
    void clearancePanel(FxRobot robot) throws Exception {
        loadFolder(robot, CHIBA);
        var clearance = window.clearance();
        robot.interact(() -> {
            clearance.show();
            clearance.includeConnected().setSelected(true);
            clearance.checkUtilities();
        });
        waitUntil(() -> !clearance.rows().isEmpty());
        robot.interact(() -> clearance.table().getSelectionModel().select(clearance.rows().size() - 1));
        waitUntil(() -> !window.cityScene().camera().isFlying() && window.inspector().selected() != null);
        write(robot, "clearance-panel.png");
    }

    /** "View → Sun on a winter morning in Shinjuku: the south-east walls lit, the panel with azimuth and elevation". */
    @Test
    void sunPanel(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, TOKYO_BLDG);
        robot.interact(() -> {
            window.sun().menuItem().setSelected(true); // View → Sun… (a check item: fire() alone does not tick it)
            window.sun().viewModel().setTime(java.time.LocalDate.of(2024, 12, 21), java.time.LocalTime.of(8, 30));
            window.cityScene().focusDensest();
            CameraRig rig = window.cityScene().camera();
            rig.lookAt(rig.target(), 315, 35, rig.distance()); // the lit south walls in front, the shadow falling north-west
        });
        write(robot, "sun-panel.png");
    }

    /**
     * "Tools → Compare: base against a proposal that demolishes one building, raises one to 80 m and adds a box", then
     * "Swipe (A | B): base left of the divider, the proposal right of it".
     */
    @Test
    void compare(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, HANEDA);
        List<CityObject> bySize = call(() -> window.lodModel().allObjects().stream().filter(o -> o.kind() == FeatureKind.BUILDING)
                .sorted(Comparator.comparingDouble((CityObject o) -> bounds(o).width() * bounds(o).depth()).reversed()).toList());
        CityObject demolished = bySize.get(0), raised = bySize.get(1);
        Envelope untouched = bounds(bySize.get(2));
        var scenarios = window.scenarios();
        long applied = scenarios.controller().appliedProperty().get();
        double bx = untouched.centerX() + 60, by = untouched.centerY();
        String box = call(() -> {
            var vm = scenarios.viewModel();
            vm.create("proposal");
            vm.demolish(demolished.id());
            vm.changeHeight(raised.id(), 80);
            return scenarios.controller().sketch(Edit.Sketch.Shape.BOX, List.of(new double[] {bx, by}, new double[] {bx + 20, by + 10}), 30);
        });
        waitUntil(() -> scenarios.controller().appliedProperty().get() > applied
                && window.lodModel().allObjects().stream().anyMatch(o -> o.id().equals(box)));
        var compare = window.compare();
        robot.interact(() -> {
            compare.show();
            compare.choose("base", "proposal");
            compare.compare();
        });
        waitUntil(() -> compare.result() != null);
        Envelope frame = new Envelope();
        for (CityObject o : compare.result().objectsB()) frame.includeAll(o.displayMesh().vertices(), o.displayMesh().vertices().length);
        robot.interact(() -> {
            window.cityScene().camera().oblique(frame);
            window.cityScene().camera().panPixels(-60, -290); // the edits above the panel, which docks bottom right
            compare.setColourChanges(true);
        });
        waitUntil(compare::colouring);
        write(robot, "compare-changes.png");

        robot.interact(() -> {
            compare.setColourChanges(false);
            compare.setSwipe(true);
        });
        waitUntil(() -> compare.swipe().isShown());
        double[] d = call(() -> {
            Envelope e = bounds(demolished);
            var cam = window.cityScene().camera();
            return cam.project(cam.toView(e.centerX(), e.centerY(), e.maxZ()));
        });
        double width = call(() -> window.cityScene().viewport().getWidth());
        robot.interact(() -> {
            ((javafx.scene.control.TitledPane) robot.lookup("#compare-figures").query()).setExpanded(false);
            ((javafx.scene.control.TitledPane) robot.lookup("#compare-changes").query()).setExpanded(false);
            compare.swipe().splitProperty().set(d[0] / width); // the divider through the demolished building
        });
        write(robot, "compare-swipe.png");
    }


    /** "A sketched cylinder and an L-shaped extrusion among the Haneda buildings", with the edits in the Scenarios tab. */
    @Test
    void scenarioSketches(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, HANEDA);
        var scenarios = window.scenarios();
        Envelope bounds = window.cityScene().bounds();
        double z0 = bounds.minZ(), cx = bounds.centerX(), cy = bounds.centerY(), r = bounds.width() * 0.06;
        double w = bounds.width() * 0.05, x0 = cx - bounds.width() * 0.3, y0 = cy;
        List<double[]> l = List.of(new double[] {x0, y0}, new double[] {x0 + 2 * w, y0}, new double[] {x0 + 2 * w, y0 + w},
                new double[] {x0 + w, y0 + w}, new double[] {x0 + w, y0 + 2 * w}, new double[] {x0, y0 + 2 * w});
        long applied = scenarios.controller().appliedProperty().get();
        String last = call(() -> {
            scenarios.viewModel().create("proposal");
            scenarios.controller().sketch(Edit.Sketch.Shape.CYLINDER, List.of(new double[] {cx, cy}, new double[] {cx + r, cy}), 50);
            return scenarios.controller().sketch(Edit.Sketch.Shape.EXTRUSION, l, 12.5);
        });
        waitUntil(() -> scenarios.controller().appliedProperty().get() > applied
                && window.lodModel().allObjects().stream().anyMatch(o -> o.id().equals(last)));
        robot.interact(() -> {
            window.sidePanel().showTab("Scenarios");
            window.cityScene().camera().oblique(Envelope.of(x0 - 20, cy - r - 20, z0, cx + r + 20, y0 + 2 * w + 20, z0 + 50));
        });
        write(robot, "scenario-sketches.png");
    }

    /** "Excavation pit in Nishi-Shinjuku": the southern half of the building and the ground around it dug out. */
    @Test
    void excavationTokyo(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, TOKYO_BLDG);
        CityObject building = call(() -> window.lodModel().allObjects().stream().filter(o -> o.kind() == FeatureKind.BUILDING)
                .max(Comparator.comparingInt(o -> o.displayMesh().triangleCount())).orElseThrow());
        Envelope e = bounds(building);
        robot.interact(() -> {
            window.cityScene().camera().oblique(Envelope.of(e.minX() - 10, e.minY() - 10, e.minZ(), e.maxX() + 10, e.maxY() + 10, e.maxZ()));
            window.excavation().show(); // Tools → Excavation…: the panel, its depth 2 m
            window.excavation().dig(List.of(new double[] {e.minX() - 6, e.minY() - 6, e.minZ()}, new double[] {e.maxX() + 6, e.centerY(), e.minZ()}));
        });
        waitUntil(() -> window.excavation().status().startsWith("Pit"));
        write(robot, "excavation-tokyo.png");
    }

    /** The pit over the bundled Chiba utilities (docs/images/excavation-chiba.png): labels of the utilities crossing it. */
    @Test
    void excavationChiba(FxRobot robot) throws Exception {
        loadFolder(robot, CHIBA);
        Envelope b = window.cityScene().bounds();
        double ground = call(() -> org.citytwin.ui.draw.ReferenceGround.of(window.lodModel().allObjects(), b));
        robot.interact(() -> {
            window.cityScene().camera().oblique(b);
            window.excavation().show();
            window.excavation().dig(List.of(new double[] {b.centerX() - 12, b.centerY() - 8, ground},
                    new double[] {b.centerX() + 12, b.centerY() + 8, ground}));
        });
        waitUntil(() -> window.excavation().status().startsWith("Pit"));
        write(robot, "excavation-chiba.png");
    }

    /** "Presenter mode: the audience view with its caption and attribution, the console with notes and the stop list". */
    @Test
    void presenter(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, HANEDA);
        var tools = window.viewpoints();
        robot.interact(() -> {
            CameraRig main = window.cityScene().camera();
            window.cityScene().oblique();
            tools.add("Station square", "駅前広場から北を望む");
            tools.viewModel().describe("Station square", "駅前広場から北を望む\nLooking north from the station square",
                    "Point out the new plaza, then the taller block behind it.");
            main.orbit(140, 30);
            main.zoom(0.45);
            tools.add("Overview", "計画地の全景");
        });
        var presenter = window.presenter();
        robot.interact(presenter::start); // View → Present… (F5)
        waitUntil(() -> presenter.isRunning() && !presenter.audience().scene().isEmpty()
                && presenter.console().stopText().startsWith("Stop 1 of 2") && !window.cityScene().camera().isFlying());
        WaitForAsyncUtils.sleep(3, TimeUnit.SECONDS); // the audience camera follows the flight to the first stop
        settle();
        writeScene(presenter.audienceStage().getScene(), "presenter.png");
        robot.interact(() -> presenter.stop());
    }

    // --- helpers

    /** Loads a folder (WindowLoads takes single files) and waits until the load succeeded. */
    private void loadFolder(FxRobot robot, Path folder) throws Exception {
        if (!Files.isDirectory(folder)) throw new AssertionError("bundled sample " + folder);
        robot.interact(() -> window.viewModel().load(List.of(folder)));
        waitUntil(() -> !window.viewModel().runningProperty().get()
                && window.viewModel().lastStateProperty().get() != javafx.concurrent.Worker.State.SCHEDULED);
        if (window.viewModel().lastStateProperty().get() != javafx.concurrent.Worker.State.SUCCEEDED) throw new AssertionError("load of " + folder);
    }

    private javafx.scene.control.MenuItem menuItem(String id) {
        return window.menuBar().getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    /** Five walkers east along rows 3 m apart, one walking west, one north beside the gate; 20 s at 2 m/s. */
    private static List<FlowSample> walkers(double cx, double cy, double z) {
        List<FlowSample> out = new ArrayList<>();
        for (int s = 0; s <= 20; s++) {
            long t = T0 + s * 1000L;
            for (int k = 0; k < 5; k++) out.add(walker("east-" + k, t, cx - 20 + 2 * s, cy + 3 * k, z));
            out.add(walker("west", t, cx + 20 - 2 * s, cy + 7.5, z));
            out.add(walker("north", t, cx + 30, cy - 20 + 2 * s, z));
        }
        return out;
    }

    private static FlowSample walker(String id, long t, double x, double y, double z) {
        return new FlowSample(id, t, x, y, z, 2.0, Double.NaN, Map.of("source", "test walkers"));
    }

    private CityObject tallest() {
        return window.lodModel().allObjects().stream().filter(o -> o.kind() == FeatureKind.BUILDING && o.displayMesh() != null)
                .max(Comparator.comparingDouble(o -> bounds(o).maxZ())).orElseThrow();
    }

    static Envelope bounds(CityObject o) {
        Envelope e = new Envelope();
        e.includeAll(o.displayMesh().vertices(), o.displayMesh().vertices().length);
        return e;
    }

    private static <T> T call(Callable<T> onFx) throws Exception {
        return WaitForAsyncUtils.asyncFx(onFx).get(60, TimeUnit.SECONDS);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> call(condition::getAsBoolean));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The whole window's scene as {@code name} in the pictures folder, the pointer parked off the 3D view first. */
    private void write(FxRobot robot, String name) throws Exception {
        robot.moveTo((Node) call(() -> window.root().getBottom())); // no hover read-out or tooltip in the picture
        settle();
        writeScene(stage.getScene(), name);
    }

    private static void writeScene(javafx.scene.Scene scene, String name) throws Exception {
        Path dir = Path.of(System.getProperty("citytwin.pictures"));
        Files.createDirectories(dir);
        SceneSnapshots.writePng(call(() -> scene.snapshot(null)), dir.resolve(name));
    }

    /** Layout, tile feeding and label placement run over a few pulses after the last change. */
    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
