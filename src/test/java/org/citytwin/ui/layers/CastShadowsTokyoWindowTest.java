package org.citytwin.ui.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.scene.CastShadowLayer;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.shadow.NoaaSun;
import org.citytwin.shadow.ShadowHours;
import org.citytwin.shadow.SunDirections;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.WindowLoads;

/**
 * A real Tokyo PLATEAU tile in the afternoon: its buildings cast shade on the ground, and the shade darkens the view.
 * Writes the pictures to target/test-shots (or the folder in -Dcitytwin.shots) to be looked at; -Dcitytwin.castFile
 * picks another CityGML file.
 */
class CastShadowsTokyoWindowTest extends RealWindowTest {

    static final Path TOKYO = Path.of(System.getProperty("citytwin.castFile",
            "sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml"));

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void afternoonSunShadesTheDistrict(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, TOKYO);
        CastShadowLayer layer = window.cityScene().castShadows();
        WaitForAsyncUtils.waitForFxEvents();
        Image before = render("cast-tokyo-no-sun");
        // 15 October, 15:00 JST over Tokyo: the sun in the south-west, about 25° up
        SunDirections.Direction sun = new NoaaSun().at(LocalDateTime.of(2026, 10, 15, 15, 0).toInstant(ShadowHours.JST),
                35.68, 139.70);
        long done = layer.appliedProperty().get();
        robot.interact(() -> window.cityScene().sunProperty().set(sun));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> layer.appliedProperty().get() > done);
        WaitForAsyncUtils.waitForFxEvents();
        Image after = render("cast-tokyo-afternoon");
        assertThat(layer.tileCount()).isPositive();
        assertThat(darkened(before, after)).as("share of the picture the shade darkens").isGreaterThan(0.01);
        robot.interact(() -> window.cityScene().camera().top(window.cityScene().densestPlace()));
        WaitForAsyncUtils.waitForFxEvents();
        render("cast-tokyo-afternoon-top");
    }

    private Image render(String name) throws Exception {
        Image img = WaitForAsyncUtils.asyncFx(() -> SceneSnapshots.render(window.cityScene())).get(20, TimeUnit.SECONDS);
        SceneSnapshots.writePng(img, Path.of(System.getProperty("citytwin.shots", "target/test-shots"), name + ".png"));
        return img;
    }

    /** Share of pixels clearly darker after than before (the view is the same; only the shade is new). */
    private static double darkened(Image before, Image after) {
        int dark = 0, all = 0;
        for (int y = 0; y < after.getHeight(); y += 2) {
            for (int x = 0; x < after.getWidth(); x += 2) {
                all++;
                double b = before.getPixelReader().getColor(x, y).getBrightness();
                if (after.getPixelReader().getColor(x, y).getBrightness() < b - 0.1) dark++;
            }
        }
        return (double) dark / all;
    }
}
