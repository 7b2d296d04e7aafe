package org.citytwin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.thematic.ThematicRule;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.search.SearchViewModel;
import org.citytwin.ui.search.ObjectSearchTest;

/**
 * The selection glows in a colour no palette uses and nothing flickers through it: every pixel the selection changes
 * (inside its outline) is that colour, for the tallest Haneda building under the height palette seen from several
 * sides, and for a real Chiba gas pipe among the utility colours.
 */
class SelectionGlowWindowTest extends RealWindowTest {
    static final Path GAS = Path.of("src/test/resources/data/utility/udx/unf/gas_53403039_unf_6697.gml");

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void aBuildingUnderTheHeightPaletteGlowsWithNoPaletteColourInside(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, ObjectSearchTest.HANEDA);
        robot.interact(() -> window.thematicModel().colourBy(ThematicRule.MEASURED_HEIGHT));
        CityObject tallest = window.inspector().find(ObjectSearchTest.TALLEST);
        for (int side = 0; side < 3; side++) {
            int turn = side;
            assertGlows(robot, FeatureKind.BUILDING, tallest.id(), () -> {
                window.cityScene().camera().oblique(SearchViewModel.frame(tallest));
                window.cityScene().camera().orbit(70 * turn, turn == 2 ? -25 : 0); // the last one low, at a grazing angle
            }, "defa-selection-height-" + side, 2000);
        }
    }

    @Test
    void aGasPipeGlowsInTheSelectionColourNotGasYellow(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, GAS);
        robot.interact(() -> window.underground().undergroundProperty().set(true)); // pipes lie under the ground
        CityObject pipe = window.lodModel().allObjects().stream().filter(o -> o.type().endsWith("Pipe")).findFirst().orElseThrow();
        var box = SearchViewModel.frame(pipe);
        assertGlows(robot, FeatureKind.UTILITY, pipe.id(), () -> window.cityScene().camera().lookAt(
                window.cityScene().camera().toView(box.centerX(), box.centerY(), box.centerZ()), 30, 40, 8), "defa-selection-gas", 300);
    }

    /** Selects the object, and checks the pixels the selection changed, away from the outline, are the selection colour. */
    private void assertGlows(FxRobot robot, FeatureKind kind, String id, Runnable aim, String name, int atLeast) throws Exception {
        robot.interact(() -> assertThat(window.selection().selectById(kind, id)).isTrue());
        WaitForAsyncUtils.waitForFxEvents(); // the inspector opens and the view narrows: aim after that
        robot.interact(aim);
        Image after = render(name);
        // the same view (the inspector is open either way) without the highlight
        java.util.List<javafx.scene.Node> glow = List.copyOf(window.cityScene().overlay().getChildren());
        assertThat(glow).isNotEmpty();
        robot.interact(() -> glow.forEach(n -> n.setVisible(false)));
        Image before = render(name + "-without");
        robot.interact(() -> glow.forEach(n -> n.setVisible(true)));
        int w = (int) after.getWidth(), h = (int) after.getHeight();
        boolean[] changed = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) changed[y * w + x] = differs(before.getPixelReader().getArgb(x, y), after.getPixelReader().getArgb(x, y));
        }
        int inside = 0, glowing = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                if (!(changed[i] && changed[i - 1] && changed[i + 1] && changed[i - w] && changed[i + w])) continue;
                inside++;
                if (isSelection(after.getPixelReader().getColor(x, y))) glowing++;
            }
        }
        assertThat(inside).as(name + ": pixels inside the highlight").isGreaterThan(atLeast);
        assertThat(glowing).as(name + ": selection-coloured pixels of " + inside).isGreaterThanOrEqualTo((int) (inside * 0.99));
    }

    /** The glow: strong red and blue, little green; no viridis, Tableau, utility or kind colour is like it. */
    static boolean isSelection(Color c) {
        return c.getRed() > 0.6 && c.getBlue() > 0.6 && c.getGreen() < 0.3;
    }

    private static boolean differs(int p, int q) {
        return Math.abs((p >> 16 & 255) - (q >> 16 & 255)) + Math.abs((p >> 8 & 255) - (q >> 8 & 255)) + Math.abs((p & 255) - (q & 255)) > 24;
    }

    private Image render(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Image img = WaitForAsyncUtils.asyncFx(() -> SceneSnapshots.render(window.cityScene())).get(30, TimeUnit.SECONDS);
        SceneSnapshots.writePng(img, Path.of("target/test-shots/" + name + ".png"));
        return img;
    }
}
