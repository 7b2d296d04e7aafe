package org.citytwin.ui.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.MeshView;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.scene.CameraRig;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.scene.TileMeshViews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.WindowLoads;
import org.citytwin.ui.search.ObjectSearchTest;

/**
 * Two neighbouring real Haneda building tiles in the real window: each file's visibility box, opacity slider and
 * colour act on that file's buildings only (pixel-checked in the 3D view and in the scene graph), and the ✕ of a
 * file with a long name stays inside the layers panel.
 */
class LayersPerFileWindowTest extends RealWindowTest {
    static final Path HANEDA_2020 = Path.of("sample-citygml/13100_tokyo23-ku_2020_citygml_ota-ku-haneda/udx/bldg/53392642_bldg_6697_op2.gml");
    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void eachFilesBoxSliderAndColourActOnItsOwnBuildingsOnly(FxRobot robot) throws Exception {
        // the 2020 tile under a long delivery-style name (its textures stay behind: drawn in the plain colour)
        Path longName = tmp.resolve("53392642_bldg_6697_op2_ota-ku_haneda_2020_citygml_delivery_with_a_very_long_file_name.gml");
        Files.copy(HANEDA_2020, longName);
        WindowLoads.loadAndWait(robot, window, longName);
        WindowLoads.loadAndWait(robot, window, ObjectSearchTest.HANEDA);
        LayersViewModel layers = window.sidePanel().layers();
        assertThat(layers.datasets()).hasSize(2);
        String first = layers.datasets().get(0).path(), second = layers.datasets().get(1).path();
        robot.interact(() -> {
            window.cityScene().setTexturesVisible(false); // plain colours, so a colour change shows in pixels
            window.cityScene().top();
        });
        int[][] rects = {rect(layers.datasets().get(0).objects()), rect(layers.datasets().get(1).objects())};

        List<CheckBox> boxes = robot.lookup("#visible-BUILDING").queryAllAs(CheckBox.class).stream()
                .sorted(java.util.Comparator.comparingDouble(b -> b.localToScene(0, 0).getY())).toList();
        assertThat(boxes).hasSize(2);
        Image all = render("layers-both");
        robot.clickOn(boxes.get(0));
        Image firstHidden = render("layers-first-hidden");
        robot.clickOn(boxes.get(1));
        Image none = render("layers-none");

        int[] drawn = {changed(all, none, rects[0]), changed(all, none, rects[1])};
        assertThat(drawn[0]).as("the first file's buildings drawn at first").isGreaterThan(200);
        assertThat(drawn[1]).as("the second file's buildings drawn at first").isGreaterThan(200);
        assertThat(changed(firstHidden, none, rects[0])).as("first file hidden").isLessThan(drawn[0] / 20);
        assertThat(changed(firstHidden, none, rects[1])).as("the second file still drawn with the first hidden")
                .isGreaterThan(drawn[1] * 9 / 10);
        assertThat(robot.lookup("#visible-BUILDING").queryAllAs(CheckBox.class)).extracting(CheckBox::isSelected)
                .containsOnly(false);
        assertThat(views(first)).isNotEmpty().noneMatch(Node::isVisible);

        robot.clickOn(boxes.get(0));
        robot.clickOn(boxes.get(1));
        assertThat(views(first)).allMatch(Node::isVisible);
        assertThat(views(second)).isNotEmpty().allMatch(Node::isVisible);
        // the second file nearly transparent, the first in pure blue
        List<Slider> sliders = robot.lookup("#opacity-BUILDING").queryAllAs(Slider.class).stream()
                .sorted(java.util.Comparator.comparingDouble(b -> b.localToScene(0, 0).getY())).toList();
        List<ColorPicker> pickers = robot.lookup("#color-BUILDING").queryAllAs(ColorPicker.class).stream()
                .sorted(java.util.Comparator.comparingDouble(b -> b.localToScene(0, 0).getY())).toList();
        robot.interact(() -> {
            sliders.get(1).setValue(0);
            pickers.get(0).setValue(Color.BLUE);
        });
        Image styled = render("layers-styled");
        assertThat(changed(styled, none, rects[1])).as("second file faded out").isLessThan(drawn[1] / 5);
        assertThat(changed(styled, none, rects[0])).as("first file not faded").isGreaterThan(drawn[0] * 9 / 10);
        assertThat(blue(styled, rects[0])).as("first file blue").isGreaterThan(drawn[0] / 2);
        assertThat(blue(styled, rects[1])).as("second file not blue").isLessThan(drawn[1] / 20);
        assertThat(window.cityScene().material(FeatureKind.BUILDING, second).getDiffuseColor().getOpacity()).isLessThan(0.05);
        assertThat(window.cityScene().material(FeatureKind.BUILDING, first).getDiffuseColor().getOpacity()).isEqualTo(1.0);
        assertThat(views(first)).allMatch(v -> v.getMaterial() == window.cityScene().material(FeatureKind.BUILDING, first));

        // swatches show each file's colour; the ✕ of the long-named file stays inside the tree
        assertThat(pickers.get(0).getValue()).isEqualTo(Color.BLUE);
        assertThat(pickers.get(1).getValue()).isNotEqualTo(Color.BLUE).isNotEqualTo(Color.RED);
        Node tree = robot.lookup("#layers-tree").query();
        Bounds treeBounds = tree.localToScene(tree.getBoundsInLocal());
        for (Button remove : robot.lookup("#remove-dataset").queryAllAs(Button.class)) {
            Bounds b = remove.localToScene(remove.getBoundsInLocal());
            assertThat(remove.isVisible()).isTrue();
            assertThat(b.getMaxX()).as("✕ inside the layers panel").isLessThanOrEqualTo(treeBounds.getMaxX());
            assertThat(b.getWidth()).isGreaterThan(10);
        }
        Image panel = WaitForAsyncUtils.asyncFx(() -> window.root().snapshot(null, null)).get(30, TimeUnit.SECONDS);
        SceneSnapshots.writePng(panel, Path.of("target/test-shots/layers-per-file-window.png"));
    }

    private List<MeshView> views(String file) {
        return window.cityScene().layer(FeatureKind.BUILDING).getChildren().stream()
                .filter(n -> n instanceof MeshView v && file.equals(TileMeshViews.file(v))).map(n -> (MeshView) n).toList();
    }

    private Image render(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Image img = WaitForAsyncUtils.asyncFx(() -> SceneSnapshots.render(window.cityScene())).get(30, TimeUnit.SECONDS);
        SceneSnapshots.writePng(img, Path.of("target/test-shots/" + name + ".png"));
        return img;
    }

    /** The screen rectangle (x0, y0, x1, y1) of the inner 70 % of the objects' bounds, as the top view shows them. */
    private int[] rect(List<CityObject> objects) throws Exception {
        Envelope env = new Envelope();
        for (CityObject o : objects) {
            double[] v = o.displayMesh().vertices();
            env.includeAll(v, v.length);
        }
        return WaitForAsyncUtils.asyncFx(() -> {
            CameraRig rig = window.cityScene().camera();
            double mx = env.width() * 0.15, my = env.depth() * 0.15;
            double[] a = rig.project(rig.toView(env.minX() + mx, env.minY() + my, env.maxZ()));
            double[] b = rig.project(rig.toView(env.maxX() - mx, env.maxY() - my, env.maxZ()));
            return new int[] {(int) Math.min(a[0], b[0]), (int) Math.min(a[1], b[1]), (int) Math.max(a[0], b[0]), (int) Math.max(a[1], b[1])};
        }).get(30, TimeUnit.SECONDS);
    }

    /** Pixels inside the rectangle that differ clearly between the two images. */
    private static int changed(Image a, Image b, int[] r) {
        int n = 0;
        for (int y = Math.max(0, r[1]); y < Math.min(a.getHeight(), r[3]); y++) {
            for (int x = Math.max(0, r[0]); x < Math.min(a.getWidth(), r[2]); x++) {
                int p = a.getPixelReader().getArgb(x, y), q = b.getPixelReader().getArgb(x, y);
                int d = Math.abs((p >> 16 & 255) - (q >> 16 & 255)) + Math.abs((p >> 8 & 255) - (q >> 8 & 255)) + Math.abs((p & 255) - (q & 255));
                if (d > 30) n++;
            }
        }
        return n;
    }

    private static int blue(Image a, int[] r) {
        int n = 0;
        for (int y = Math.max(0, r[1]); y < Math.min(a.getHeight(), r[3]); y++) {
            for (int x = Math.max(0, r[0]); x < Math.min(a.getWidth(), r[2]); x++) {
                Color c = a.getPixelReader().getColor(x, y);
                if (c.getBlue() > c.getRed() + 0.3 && c.getBlue() > c.getGreen() + 0.3) n++;
            }
        }
        return n;
    }
}
