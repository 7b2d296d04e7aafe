package org.citytwin.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.scenario.Annotation;
import org.citytwin.scene.CameraRig;
import org.citytwin.ui.WindowLoads;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on the Haneda 2022 building tile: Tools → Annotate…, a click on the tallest building attaches a
 * magenta pin to it (the dialog answered by the test); its label is drawn where the building's point projects, and
 * after the camera orbits it is drawn where the point projects then. A second, Japanese callout makes the picture.
 */
class AnnotationLabelsWindowTest extends RealWindowTest {
    static final Path HANEDA = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");
    static final int MAGENTA = 0xFF00FF;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void aPinOnABuildingIsDrawnAtItsPointAndFollowsTheCamera(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, HANEDA);
        AnnotationTools tools = window.annotations();
        CityObject tallest = window.lodModel().allObjects().stream()
                .filter(o -> o.kind() == FeatureKind.BUILDING && o.displayMesh() != null)
                .max(Comparator.comparingDouble(o -> bounds(o).maxZ())).orElseThrow();
        Envelope b = bounds(tallest);
        CameraRig rig = window.cityScene().camera();
        // look at a point 80 m east of it, so an orbit moves the building across the screen
        robot.interact(() -> rig.lookAt(rig.toView(b.centerX() + 80, b.centerY(), b.maxZ()), 0, 50, 450));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pixels(snapshot(), MAGENTA, 0, 0, 1e9)).as("nothing magenta before").isZero();

        tools.setPrompt(start -> {
            assertThat(start.author()).isEqualTo(System.getProperty("user.name"));
            return Optional.of(new AnnotationDialog.Answer(Annotation.Kind.PIN, "最も高い建物", "Tallest building", "taro", MAGENTA));
        });
        robot.interact(() -> menuItem("annotate").fire()); // Tools → Annotate…
        assertThat(tools.tool().isActive()).isTrue();
        Point2D roof = screenOf(b.centerX(), b.centerY(), b.maxZ());
        robot.moveTo(roof).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tools.viewModel().annotations()).hasSize(1);
        Annotation pin = tools.viewModel().annotations().get(0);
        assertThat(pin.objectId()).as("attached to the building clicked").isEqualTo(tallest.id());
        assertThat(pin.height()).isCloseTo(b.maxZ(), within(b.maxZ() - b.minZ() + 1));
        assertThat(window.scenarios().viewModel().undoTextProperty().get()).startsWith("Undo Annotate 最も高い建物");
        double[] local = context.loader().toLocal(pin.lat(), pin.lon());
        assertThat(local[0]).as("where clicked").isCloseTo(b.centerX(), within(b.width() / 2 + 1));

        double[] before = projected(local[0], local[1], pin.height());
        WritableImage shot = snapshot();
        assertThat(nearest(shot, MAGENTA, before)).as("label drawn at the building's point").isLessThan(20);
        assertThat(pixels(shot, MAGENTA, before[0], before[1], 200)).as("a dot and a label box").isGreaterThan(150);

        robot.interact(() -> rig.orbit(90, 0));
        WaitForAsyncUtils.waitForFxEvents();
        double[] after = projected(local[0], local[1], pin.height());
        assertThat(Math.hypot(after[0] - before[0], after[1] - before[1])).as("the point moved on screen").isGreaterThan(60);
        shot = snapshot();
        assertThat(nearest(shot, MAGENTA, after)).as("the label followed").isLessThan(20);
        assertThat(pixels(shot, MAGENTA, before[0], before[1], 12)).as("and left its old place").isZero();

        // undo takes it away, redo brings it back
        robot.interact(() -> window.scenarios().viewModel().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pixels(snapshot(), MAGENTA, 0, 0, 1e9)).isZero();
        robot.interact(() -> window.scenarios().viewModel().redo());

        // a click in the Annotations panel flies there: the camera ends looking at the pin's point
        robot.interact(() -> {
            window.sidePanel().showTab("Annotations");
            rig.lookAt(rig.toView(b.centerX() + 400, b.centerY() + 300, b.minZ()), 0, 50, 800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#annotations-list .list-cell").<javafx.scene.control.ListCell<Annotation>>match(
                c -> c.isVisible() && c.getItem() != null && c.getItem().id().equals(pin.id())).<Node>query());
        javafx.geometry.Point3D goal = rig.toView(local[0], local[1], pin.height());
        // wait for the whole flight: the target can arrive a frame before the distance settles
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rig.target().distance(goal) < 0.01
                && rig.distance() <= AnnotationTools.FLY_MAX + 1e-9 && rig.distance() >= AnnotationTools.FLY_MIN - 1e-9);
        assertThat(rig.distance()).isBetween(AnnotationTools.FLY_MIN, AnnotationTools.FLY_MAX);
        assertThat(robot.lookup("#annotation-delete").queryButton().isDisable()).as("a row chosen").isFalse();

        // the picture: a Japanese callout on the ground beside it, seen obliquely
        robot.interact(() -> {
            double[] ll = context.loader().toLatLon(b.centerX() - 60, b.centerY() - 40);
            tools.viewModel().add(Annotation.Kind.CALLOUT, ll[0], ll[1], b.minZ(), null, "新しいバス停（計画）", "Planned bus stop",
                    "hanako", 0x1C7ED6);
            rig.lookAt(rig.toView(b.centerX() - 20, b.centerY() - 10, b.minZ()), 20, 40, 380);
            window.sidePanel().showTab("Annotations");
        });
        robot.moveTo(window.root().getBottom()); // no hover read-out or tooltip in the picture
        assertThat(robot.lookup("#annotation-delete").queryButton().isDisable()).as("still chosen after an add").isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        org.citytwin.scene.SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null))
                .get(60, TimeUnit.SECONDS), Path.of("target/test-shots/annotations.png"));
        // File → Export image… at 2×: the labels where the window shows them, the view twice as sharp
        WritableImage export = WaitForAsyncUtils.asyncFx(() -> org.citytwin.ui.export.ViewImage.render(window.cityScene(),
                tools.labels().pane(), 2)).get(60, TimeUnit.SECONDS);
        org.citytwin.scene.SceneSnapshots.writePng(export, Path.of("target/test-shots/annotations-export-2x.png"));
        Annotation busStop = tools.viewModel().annotations().get(1);
        double[] stop = context.loader().toLocal(busStop.lat(), busStop.lon());
        double[] dot = projected(stop[0], stop[1], busStop.height());
        assertThat(nearest(export, 0x1C7ED6, new double[] {2 * dot[0], 2 * dot[1]})).as("exported label at 2× its place").isLessThan(8);
        WritableImage four = WaitForAsyncUtils.asyncFx(() -> org.citytwin.ui.export.ViewImage.render(window.cityScene(),
                tools.labels().pane(), 4)).get(60, TimeUnit.SECONDS);
        double viewWidth = WaitForAsyncUtils.asyncFx(() -> window.cityScene().subScene().getWidth()).get(10, TimeUnit.SECONDS);
        assertThat(four.getWidth()).as("4× the window's view").isEqualTo(Math.round(4 * viewWidth));
        assertThat(nearest(four, 0x1C7ED6, new double[] {4 * dot[0], 4 * dot[1]})).isLessThan(12);
    }

    private static Envelope bounds(CityObject o) {
        Envelope e = new Envelope();
        e.includeAll(o.displayMesh().vertices(), o.displayMesh().vertices().length);
        return e;
    }

    private double[] projected(double x, double y, double z) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            CameraRig cam = window.cityScene().camera();
            return cam.project(cam.toView(x, y, z));
        }).get(10, TimeUnit.SECONDS);
    }

    private Point2D screenOf(double x, double y, double z) throws Exception {
        double[] s = projected(x, y, z);
        return WaitForAsyncUtils.asyncFx(() -> window.cityScene().viewport().localToScreen(s[0], s[1])).get(10, TimeUnit.SECONDS);
    }

    /** The 3D view with its overlays, in the viewport's pixels. */
    private WritableImage snapshot() throws Exception {
        Node view = window.root().getCenter();
        return WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get(60, TimeUnit.SECONDS);
    }

    /** Pixels of (about) that colour within {@code radius} of (cx, cy). */
    private static int pixels(WritableImage img, int rgb, double cx, double cy, double radius) {
        PixelReader r = img.getPixelReader();
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (Math.hypot(x - cx, y - cy) <= radius && close(r.getArgb(x, y), rgb)) n++;
            }
        }
        return n;
    }

    /** Distance from p to the nearest pixel of (about) that colour; infinite when there is none. */
    private static double nearest(WritableImage img, int rgb, double[] p) {
        PixelReader r = img.getPixelReader();
        double best = Double.POSITIVE_INFINITY;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (close(r.getArgb(x, y), rgb)) best = Math.min(best, Math.hypot(x - p[0], y - p[1]));
            }
        }
        return best;
    }

    private static boolean close(int argb, int rgb) {
        return Math.abs(((argb >> 16) & 0xFF) - ((rgb >> 16) & 0xFF)) < 24 && Math.abs(((argb >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) < 24
                && Math.abs((argb & 0xFF) - (rgb & 0xFF)) < 24;
    }

    private javafx.scene.control.MenuItem menuItem(String id) {
        javafx.scene.control.MenuBar bar = window.menuBar();
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
