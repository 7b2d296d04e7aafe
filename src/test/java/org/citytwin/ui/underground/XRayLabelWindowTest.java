package org.citytwin.ui.underground;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.text.Texts;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.NarrowWindowLayoutTest;

/** View menu of the real window: the x-ray slider has a readable label right beside it. */
class XRayLabelWindowTest extends RealWindowTest {
    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void theXRaySliderHasAVisibleLabelBesideIt(FxRobot robot) throws Exception {
        robot.clickOn("View");
        WaitForAsyncUtils.waitForFxEvents();
        Slider slider = robot.lookup("#xray-slider").queryAs(Slider.class);
        Label label = robot.lookup("#xray-label").queryAs(Label.class);
        assertThat(label.getText()).isEqualTo(Texts.get("underground.xray"));
        Node popup = slider.getScene().getRoot();
        var image = WaitForAsyncUtils.asyncFx(() -> popup.snapshot(null, null)).get(30, TimeUnit.SECONDS);
        SceneSnapshots.writePng(image, NarrowWindowLayoutTest.SHOTS.resolve("defect9-view-menu.png"));

        assertThat(label.isVisible() && label.getScene() == slider.getScene()).isTrue();
        Bounds l = label.localToScene(label.getLayoutBounds()), s = slider.localToScene(slider.getLayoutBounds());
        assertThat(s.getMinX() - l.getMaxX()).as("right beside the slider").isBetween(0.0, 24.0);
        assertThat(Math.abs(l.getCenterY() - s.getCenterY())).as("on the slider's row").isLessThan(s.getHeight());
        assertThat(label.prefWidth(-1)).as("not cut").isLessThanOrEqualTo(label.getWidth() + 0.5);

        // drawn: the label's box holds dark text pixels on the menu's light background
        Bounds inPopup = popup.sceneToLocal(l);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        int dark = 0;
        for (int x = (int) inPopup.getMinX(); x < (int) inPopup.getMaxX(); x++)
            for (int y = (int) inPopup.getMinY(); y < (int) inPopup.getMaxY(); y++) {
                int rgb = png.getRGB(x, y);
                int lum = ((rgb >> 16 & 255) * 3 + (rgb >> 8 & 255) * 6 + (rgb & 255)) / 10;
                if (lum < 110) dark++;
            }
        assertThat(dark).as("text pixels of the label").isGreaterThan(40);
    }
}
