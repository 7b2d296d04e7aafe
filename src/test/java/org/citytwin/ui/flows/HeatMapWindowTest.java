package org.citytwin.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.Envelope;
import org.citytwin.scene.CameraRig;
import org.citytwin.scene.FxTestSupport;
import org.citytwin.scene.SceneSnapshots;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.WindowLoads;

/**
 * The heat map as a user meets it: drawn by the playing timeline (not a forced draw), visible as warm pixels where
 * people walk, gone when unticked, back at once when ticked again, with a legend (ramp, densities, unit).
 */
class HeatMapWindowTest extends RealWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void aTickedHeatMapColoursWhereTheWalkersAreAndHasALegend(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, FlowWindowTest.SQUARE);
        FlowsController flows = window.flows();
        Envelope city = window.cityScene().bounds();
        double cx = Math.rint(city.centerX()), cy = Math.rint(city.centerY()), z = Math.rint(city.maxZ());
        CameraRig rig = window.cityScene().camera();
        robot.interact(() -> {
            flows.store().acceptAll(FlowWindowTest.walkers(cx, cy, z));
            rig.lookAt(rig.toView(cx, cy + 6, z), 0, 89, 120); // straight down, north up
            flows.clock().seek(FlowWindowTest.T0 + 10_000);
            flows.recordingAdded();
        });
        // painted through the frame pump's paced path, as in the viewer (it never painted there before)
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> flows.layer().heat().levelCount() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        Image ticked = FxTestSupport.onFx(() -> SceneSnapshots.render(window.cityScene()));

        CheckBox box = robot.lookup("#flow-heat-visible").queryAs(CheckBox.class);
        assertThat(box.isSelected()).isTrue();
        robot.interact(() -> box.setSelected(false));
        WaitForAsyncUtils.waitForFxEvents();
        Image unticked = FxTestSupport.onFx(() -> SceneSnapshots.render(window.cityScene()));
        assertThat(robot.lookup("#heat-legend").query().isVisible()).as("no legend for a hidden map").isFalse();

        // the walkers' rows: x cx-20 … cx+20 (the window reaches back 30 s), y cy … cy+12
        double[] sw = rig.project(rig.toView(cx - 20, cy - 1, z)), ne = rig.project(rig.toView(cx + 2, cy + 13, z));
        int x0 = (int) Math.min(sw[0], ne[0]), x1 = (int) Math.max(sw[0], ne[0]);
        int y0 = (int) Math.min(sw[1], ne[1]), y1 = (int) Math.max(sw[1], ne[1]);
        int changed = 0, warm = 0, area = 0;
        PixelReader a = ticked.getPixelReader(), b = unticked.getPixelReader();
        for (int y = Math.max(0, y0); y < Math.min((int) ticked.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min((int) ticked.getWidth(), x1); x++) {
                area++;
                Color p = a.getColor(x, y), q = b.getColor(x, y);
                double d = Math.abs(p.getRed() - q.getRed()) + Math.abs(p.getGreen() - q.getGreen()) + Math.abs(p.getBlue() - q.getBlue());
                if (d > 0.15) changed++;
                if (p.getRed() > p.getBlue() + 0.25 && p.getRed() > 0.6) warm++;
            }
        }
        assertThat(area).isPositive();
        assertThat(changed).as("pixels the heat map changes in the walkers' area of " + area).isGreaterThan(area / 20);
        assertThat(warm).as("warm heat pixels").isGreaterThan(area / 40);

        robot.interact(() -> box.setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flows.layer().heat().levelCount()).as("drawn at once, though the clock is paused").isPositive();
        HeatLegendView legend = robot.lookup("#heat-legend").queryAs(HeatLegendView.class);
        assertThat(legend.isVisible()).isTrue();
        assertThat(legend.getWidth()).isGreaterThan(100);
        assertThat(robot.lookup("#heat-legend-ramp").query().isVisible()).isTrue();
        String[] ticks = legend.tickTexts();
        assertThat(ticks[0]).isEqualTo("0");
        assertThat(Double.parseDouble(ticks[1])).isPositive();
        assertThat(ticks[2]).startsWith("≥ ");
        assertThat(robot.lookup("#heat-legend-unit").queryAs(Label.class).getText()).contains("m²").contains("30");
        robot.interact(() -> {
            flows.clock().seek(FlowWindowTest.T0 + 15_000); // mid-walk: the window holds 15 s of walking
            flows.drawNow();
        });
        WaitForAsyncUtils.waitForFxEvents();
        SceneSnapshots.writePng(FxTestSupport.onFx(() -> stage.getScene().snapshot(null)), Path.of("target/test-shots/flows-heatmap-legend.png"));
    }
}
