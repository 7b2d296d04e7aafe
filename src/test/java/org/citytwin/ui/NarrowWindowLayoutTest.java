package org.citytwin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.citytwin.model.FeatureKind;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.thematic.ThematicRule;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.search.ObjectSearchTest;

/**
 * The real window at 1280×720 with a building selected (inspector open) and a height map (legend): the side panel
 * docks itself to a strip so the 3D view keeps most of the window, and its toggle opens it again.
 */
public class NarrowWindowLayoutTest extends NarrowWindowTest {
    public static final Path SHOTS = Path.of("target/test-shots");

    @Start
    void start(Stage primary) {
        openNarrow();
    }

    @Test
    void at1280x720TheViewStaysLargeAndTheSidePanelReopens(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, ObjectSearchTest.HANEDA);
        robot.interact(() -> {
            window.selection().selectById(FeatureKind.BUILDING, ObjectSearchTest.TALLEST);
            window.thematicModel().colourBy(ThematicRule.MEASURED_HEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        assertThat(stage.getScene().getHeight()).isEqualTo(720);
        shot("defect9-1280x720.png");

        Node viewport = window.cityScene().viewport();
        Bounds b = viewport.getLayoutBounds();
        assertThat(b.getWidth()).as("3D view width at 1280×720").isGreaterThanOrEqualTo(900);
        assertThat(b.getHeight()).as("3D view height at 1280×720").isGreaterThanOrEqualTo(500);
        assertThat(robot.from(window.root()).lookup("#side-panel-tabs").query().isVisible()).as("docked").isFalse();

        robot.clickOn(robot.from(window.root()).lookup("#side-panel-toggle").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        Node tabs = robot.from(window.root()).lookup("#side-panel-tabs").query();
        assertThat(tabs.isVisible() && tabs.getScene() != null).as("reopened").isTrue();
        assertThat(tabs.getLayoutBounds().getWidth()).isGreaterThan(200);
        assertThat(robot.from(window.root()).lookup("#layers-tree").query().isVisible()).isTrue();
        shot("defect9-1280x720-side-open.png");
    }

    private void shot(String name) throws Exception {
        SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(60, TimeUnit.SECONDS),
                SHOTS.resolve(name));
    }
}
