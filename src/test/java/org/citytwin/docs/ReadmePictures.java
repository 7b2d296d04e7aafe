package org.citytwin.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.scenario.Annotation;
import org.citytwin.scene.CameraRig;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.ui.WindowLoads;
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

    // --- helpers

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
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS); // camera flights and tile feeding settle over a few pulses
        WaitForAsyncUtils.waitForFxEvents();
        Path dir = Path.of(System.getProperty("citytwin.pictures"));
        Files.createDirectories(dir);
        SceneSnapshots.writePng(call(() -> stage.getScene().snapshot(null)), dir.resolve(name));
    }
}
