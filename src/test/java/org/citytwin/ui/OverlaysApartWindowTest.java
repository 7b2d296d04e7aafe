package org.citytwin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.thematic.ThematicRule;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.search.ObjectSearchTest;

/**
 * The real window at 1280×720 with a height legend, the clearance and excavation panels open and the cursor
 * read-out showing: the read-out clears the scale bar, and neither panel covers the legend (or the other panel).
 */
class OverlaysApartWindowTest extends NarrowWindowTest {
    @Start
    void start(Stage primary) {
        openNarrow();
    }

    @Test
    void readoutScaleBarPanelsAndLegendDoNotOverlap(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, ObjectSearchTest.HANEDA);
        robot.interact(() -> {
            window.thematicModel().colourBy(ThematicRule.MEASURED_HEIGHT);
            window.clearance().show();
            window.excavation().show();
            var b = window.cityScene().bounds();
            window.measure().viewModel().showCursor(b.centerX(), b.centerY(), b.maxZ());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node readout = shown(robot, window.root(), "#cursor-readout"), scaleBar = shown(robot, window.root(), "#scale-bar"), legend = shown(robot, window.root(), "#legend"),
                clearance = shown(robot, window.root(), "#clearance-panel"), excavation = shown(robot, window.root(), "#excavation-panel");
        SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(60, TimeUnit.SECONDS),
                NarrowWindowLayoutTest.SHOTS.resolve("defect9-overlays.png"));

        assertApart(readout, scaleBar);
        assertApart(clearance, legend);
        assertApart(excavation, legend);
        assertApart(clearance, excavation);
        assertApart(readout, clearance);
    }

    private static Node shown(FxRobot robot, Node root, String id) {
        Node n = robot.from(root).lookup(id).query();
        assertThat(n.isVisible()).as(id + " visible").isTrue();
        assertThat(n.getLayoutBounds().getWidth() * n.getLayoutBounds().getHeight()).as(id + " has a size").isGreaterThan(0);
        return n;
    }

    private static void assertApart(Node a, Node b) {
        Bounds ba = a.localToScene(a.getLayoutBounds()), bb = b.localToScene(b.getLayoutBounds());
        assertThat(ba.intersects(bb)).as(a.getId() + " " + ba + " overlaps " + b.getId() + " " + bb).isFalse();
    }
}
