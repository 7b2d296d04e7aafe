package org.citytwin.ui.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.shape.MeshView;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.scene.CastShadowLayer;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.shadow.ShadowBox;
import org.citytwin.shadow.SunDirections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.WindowLoads;

/**
 * A 20 × 20 × 40 m box (a CityGML file through the real loader) seen from above: a sun in the south darkens the ground
 * north of it, moving the sun to the east moves the dark to the west, and View → Cast shadows off or no sun takes
 * the shade away.
 */
class CastShadowsWindowTest extends RealWindowTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void sunCastsTheBoxShadowOnTheGroundAwayFromItAndFollowsIt(FxRobot robot) throws Exception {
        Path file = dir.resolve("box.gml");
        Files.writeString(file, ShadowBox.gml(35.68, 139.70, 20, 20, 40));
        WindowLoads.loadAndWait(robot, window, file);
        CastShadowLayer layer = window.cityScene().castShadows();
        double[] box = boxBounds(); // minX, minY, maxX, maxY, base
        robot.interact(() -> window.cityScene().camera().top(org.citytwin.model.Envelope.of(box[0] - 60, box[1] - 60, box[4],
                box[2] + 90, box[3] + 60, box[4] + 40)));
        WaitForAsyncUtils.waitForFxEvents();
        double cx = (box[0] + box[2]) / 2, cy = (box[1] + box[3]) / 2, base = box[4];
        double[] north = {cx, box[3] + 15}, west = {box[0] - 15, cy};
        // south-west of the box: lit by a sun in the south or the east. The sun also changes the light on the ground
        // (View → Sun), so shade is judged against this point in the same picture, not against the studio light.
        double[] control = {box[0] - 40, box[1] - 40};

        Image before = render("cast-before");
        double northLit = brightness(before, north, base);
        assertThat(layer.node().getChildren()).isEmpty();

        set(robot, layer, new SunDirections.Direction(180, 45));
        assertThat(layer.node().getChildren()).isNotEmpty().allMatch(n -> n instanceof MeshView);
        Image south = render("cast-sun-south");
        double southLit = brightness(south, control, base);
        assertThat(brightness(south, north, base)).as("north of the box, sun in the south").isLessThan(southLit - 0.08);
        assertThat(brightness(south, west, base)).as("west stays lit").isCloseTo(southLit, within(0.03));

        set(robot, layer, new SunDirections.Direction(90, 30));
        Image east = render("cast-sun-east");
        double eastLit = brightness(east, control, base);
        assertThat(brightness(east, west, base)).as("west of the box, sun in the east").isLessThan(eastLit - 0.08);
        assertThat(brightness(east, north, base)).as("north lit again").isCloseTo(eastLit, within(0.03));

        CheckMenuItem item = castShadowsItem(robot);
        assertThat(item.isDisable()).isFalse();
        assertThat(item.isSelected()).isTrue();
        robot.interact(() -> item.setSelected(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(layer.node().getChildren()).as("toggled off").isEmpty();
        long again = layer.appliedProperty().get();
        robot.interact(() -> item.setSelected(true));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> layer.appliedProperty().get() > again);
        assertThat(layer.node().getChildren()).as("toggled on again").isNotEmpty();

        // a proposal placed 50 m east (a scenario shown): it casts too, as soon as it is shown
        set(robot, layer, new SunDirections.Direction(180, 45));
        double[] besideProposal = {box[2] + 60, box[3] + 15};
        double lit = brightness(render("cast-before-proposal"), besideProposal, base);
        CityObject proposal = new CityObject("proposal", "bldg:Building", FeatureKind.BUILDING, null,
                new java.util.TreeSet<>(java.util.List.of(1)), java.util.Map.of(1, Boxes.box(box[2] + 50, box[1],
                        box[2] + 70, box[3], base, base + 30)), java.util.List.of(), "scenario");
        java.util.List<CityObject> shown = new java.util.ArrayList<>(window.lodModel().allObjects());
        shown.add(proposal);
        long computed = layer.appliedProperty().get();
        robot.interact(() -> window.lodModel().showScenario(shown));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> layer.appliedProperty().get() > computed);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(brightness(render("cast-proposal"), besideProposal, base)).as("north of the proposal")
                .isLessThan(lit - 0.08);

        set(robot, layer, null);
        assertThat(layer.node().getChildren()).as("no sun, no shadows").isEmpty();
        assertThat(item.isDisable()).as("the toggle is off without a sun").isTrue();
        assertThat(brightness(render("cast-no-sun"), north, base)).isCloseTo(northLit, within(0.03));
    }

    /** A closed box mesh in local metres. */
    private static final class Boxes {
        static org.citytwin.model.MeshPart box(double x0, double y0, double x1, double y1, double z0, double z1) {
            double[] v = {x0, y0, z0, x1, y0, z0, x1, y1, z0, x0, y1, z0, x0, y0, z1, x1, y0, z1, x1, y1, z1, x0, y1, z1};
            int[] t = {0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7};
            return new org.citytwin.model.MeshPart(v, t);
        }
    }

    /** Sets the sun and waits until the layer has applied a computation for it. */
    private void set(FxRobot robot, CastShadowLayer layer, SunDirections.Direction sun) throws Exception {
        long done = layer.appliedProperty().get();
        robot.interact(() -> window.cityScene().sunProperty().set(sun));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> layer.appliedProperty().get() > done);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private double[] boxBounds() {
        CityObject box = window.lodModel().allObjects().stream().filter(o -> o.kind() == FeatureKind.BUILDING)
                .findFirst().orElseThrow();
        double[] v = box.displayMesh().vertices();
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE};
        for (int i = 0; i < v.length; i += 3) {
            b[0] = Math.min(b[0], v[i]);
            b[1] = Math.min(b[1], v[i + 1]);
            b[2] = Math.max(b[2], v[i]);
            b[3] = Math.max(b[3], v[i + 1]);
            b[4] = Math.min(b[4], v[i + 2]);
        }
        return b;
    }

    private Image render(String name) throws Exception {
        Image img = WaitForAsyncUtils.asyncFx(() -> SceneSnapshots.render(window.cityScene())).get(20, TimeUnit.SECONDS);
        SceneSnapshots.writePng(img, Path.of("target/test-shots/" + name + ".png"));
        return img;
    }

    /** Mean brightness of a 7 × 7 pixel patch around where the ground point (x, y) at height z shows. */
    private double brightness(Image img, double[] xy, double z) throws Exception {
        double[] px = WaitForAsyncUtils.asyncFx(() -> window.cityScene().camera()
                .project(window.cityScene().camera().toView(xy[0], xy[1], z))).get(10, TimeUnit.SECONDS);
        assertThat(px).isNotNull();
        PixelReader r = img.getPixelReader();
        double sum = 0;
        int n = 0;
        for (int dy = -3; dy <= 3; dy++) {
            for (int dx = -3; dx <= 3; dx++) {
                int x = (int) Math.round(px[0]) + dx, y = (int) Math.round(px[1]) + dy;
                if (x < 0 || y < 0 || x >= img.getWidth() || y >= img.getHeight()) continue;
                sum += r.getColor(x, y).getBrightness();
                n++;
            }
        }
        assertThat(n).isPositive();
        return sum / n;
    }

    private static CheckMenuItem castShadowsItem(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            for (MenuItem i : menu.getItems()) if ("cast-shadows".equals(i.getId())) return (CheckMenuItem) i;
        }
        throw new AssertionError("no Cast shadows item");
    }
}
