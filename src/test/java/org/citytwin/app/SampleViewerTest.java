package org.citytwin.app;

import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.citytwin.scene.FxTestSupport.share;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import org.citytwin.scene.FxTestSupport;
import org.citytwin.scene.SceneSnapshots;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window with the real loader on a bundled PLATEAU building file. */
class SampleViewerTest extends RealWindowTest {
    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    static final Path TOKYO_BLDG = Path.of("sample-citygml/13100_tokyo23-ku_2020_citygml_mini/udx/bldg/53394525_bldg_6697_2_op.gml");

    @Test
    void aBundledPlateauBuildingFileIsDrawnInTheCentreAfterFit(FxRobot robot) throws Exception {
        assertThat(Files.isRegularFile(TOKYO_BLDG)).as("bundled sample " + TOKYO_BLDG).isTrue();
        assertThat(stage.getWidth()).isEqualTo(1400);
        org.citytwin.ui.WindowLoads.loadAndWait(robot, window, TOKYO_BLDG);
        assertThat(window.cityScene().triangleCount()).isGreaterThan(100);
        assertThat(stage.getTitle()).isEqualTo("CityTwin — 53394525_bldg_6697_2_op.gml");

        robot.interact(() -> window.cityScene().fit());
        Image img = WaitForAsyncUtils.asyncFx(() -> SceneSnapshots.render(window.cityScene())).get(60, TimeUnit.SECONDS);
        SceneSnapshots.writePng(img, Path.of("target/test-shots/sample-tokyo-bldg.png"));
        assertThat(share(img, 0.4, 0.4, 0.6, 0.6, FxTestSupport::isBuilding)).as("buildings in the centre").isGreaterThan(0.3);
        assertThat(share(img, 0.0, 0.0, 0.05, 0.05, FxTestSupport::isBackground)).as("sky or ground in the corner").isGreaterThan(0.9);
    }
}
