package org.citytwin.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.flow.AgentFrame;
import org.citytwin.flow.FlowSample;
import org.citytwin.model.Envelope;
import org.citytwin.scene.CameraRig;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.scene.flows.FlowPalette;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.WindowLoads;

/**
 * A recorded flow over a real PLATEAU square in the real window: the timeline appears, agents stand where the
 * samples put them and show in their colour at their projected pixels, and a gate drawn with two clicks across their
 * path counts exactly the crossings per direction while the recording plays.
 */
class FlowWindowTest extends RealWindowTest {
    static final Path SQUARE = Path.of("src/test/resources/data/plateau/14212_atsugi-shi_city_2023_citygml_2_op/udx/squr/533912_squr_6697_op.gml");
    static final long T0 = 1_700_000_000_000L;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    /** Five walkers east along rows 3 m apart, one walker west, one walking north beside the gate; 20 s, 2 m/s. */
    static List<FlowSample> walkers(double cx, double cy, double z) {
        List<FlowSample> out = new ArrayList<>();
        for (int s = 0; s <= 20; s++) {
            long t = T0 + s * 1000L;
            for (int k = 0; k < 5; k++) out.add(sample("east-" + k, t, cx - 20 + 2 * s, cy + 3 * k, z));
            out.add(sample("west", t, cx + 20 - 2 * s, cy + 7.5, z));
            out.add(sample("north", t, cx + 30, cy - 20 + 2 * s, z));
        }
        return out;
    }

    private static FlowSample sample(String id, long t, double x, double y, double z) {
        return new FlowSample(id, t, x, y, z, 2.0, Double.NaN, Map.of("source", "test walkers"));
    }

    @Test
    void recordedWalkersAppearInPlaceAndAGateCountsTheirCrossings(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, SQUARE);
        FlowsController flows = window.flows();
        Envelope city = window.cityScene().bounds();
        double cx = Math.rint(city.centerX()), cy = Math.rint(city.centerY()), z = Math.rint(city.maxZ());
        robot.interact(() -> {
            flows.store().acceptAll(walkers(cx, cy, z));
            flows.recordingAdded();
            CameraRig rig = window.cityScene().camera();
            rig.lookAt(rig.toView(cx, cy + 6, z), 0, 89, 120); // straight down, north up
            flows.clock().seek(T0 + 10_000); // the east walkers are at cx, the west one too
            flows.drawNow();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#flow-timeline").query().isVisible()).isTrue();
        assertThat(flows.agentCountProperty().get()).isEqualTo(7);

        AgentFrame f = flows.renderer().lastFrame();
        for (int i = 0; i < f.count(); i++) {
            String id = flows.store().sourceId(f.agent()[i]);
            if (id.startsWith("east-")) {
                int k = id.charAt(5) - '0';
                assertThat(f.x()[i]).as(id).isCloseTo(cx, within(1e-6));
                assertThat(f.y()[i]).as(id).isCloseTo(cy + 3 * k, within(1e-6));
                assertThat(f.z()[i]).as(id).isCloseTo(z, within(1e-6));
            }
        }

        // pixels: each east walker's head shows the palette colour of 2 m/s
        Color expected = FlowPalette.colour(FlowPalette.speedIndex(2.0));
        Image shot = org.citytwin.scene.FxTestSupport.onFx(() -> SceneSnapshots.render(window.cityScene()));
        SceneSnapshots.writePng(shot, Path.of("target/test-shots/flow-window-walkers.png"));
        CameraRig rig = window.cityScene().camera();
        for (int k = 0; k < 5; k++) {
            double[] px = rig.project(rig.toView(cx, cy + 3 * k, z + 1));
            Color c = shot.getPixelReader().getColor((int) Math.round(px[0]), (int) Math.round(px[1]));
            assertThat(close(c, expected)).as("walker east-" + k + " at " + px[0] + "," + px[1] + " is " + c).isTrue();
        }

        // a gate pointing north across all rows at cx + 5: east walkers cross left → right (forward), the west one back
        robot.interact(() -> {
            flows.clock().seek(T0);
            flows.drawNow();
            window.gateTool().activeProperty().set(true);
            double[] a = rig.project(rig.toView(cx + 5, cy - 5, z)), b = rig.project(rig.toView(cx + 5, cy + 17, z));
            window.gateTool().clickAt(a[0], a[1]);
            window.gateTool().clickAt(b[0], b[1]);
        });
        assertThat(flows.gates()).hasSize(1);
        var gate = flows.gates().get(0);
        assertThat(gate.ax()).isCloseTo(cx + 5, within(0.2));
        assertThat(gate.by()).isCloseTo(cy + 17, within(0.2));
        assertThat(window.gateTool().isActive()).isFalse();
        robot.interact(() -> {
            flows.timeline().rateProperty().set(10);
            flows.timeline().togglePlay();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !flows.clock().isPlaying());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gate.forwardTotal()).isEqualTo(5);
        assertThat(gate.backwardTotal()).isEqualTo(1);
        assertThat(robot.lookup("#gate-total-Gate-1").queryLabeled().getText()).contains("→ 5").contains("← 1");
        SceneSnapshots.writePng(org.citytwin.scene.FxTestSupport.onFx(() -> SceneSnapshots.render(window.cityScene())),
                Path.of("target/test-shots/flow-window-gate.png"));
        // the whole window: timeline bar, flow rows in the layers panel, gate read-out
        SceneSnapshots.writePng(org.citytwin.scene.FxTestSupport.onFx(() -> stage.getScene().snapshot(null)),
                Path.of("target/test-shots/flow-window-full.png"));
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.12 && Math.abs(a.getGreen() - b.getGreen()) < 0.12
                && Math.abs(a.getBlue() - b.getBlue()) < 0.12;
    }

    @Test
    void delimitedTextWithMappedColumnsLandsInTheFlowLayer(FxRobot robot) throws Exception {
        Path juelich = Path.of("src/test/resources/data/flows/juelich-pedestrian-trajectories/uo-050-180-180.txt");
        org.citytwin.flow.read.ColumnMapping mapping = org.citytwin.flow.read.ColumnMapping.builder().delimiter('\0')
                .id("1").frame("2", 16).x("3").y("4").units(org.citytwin.flow.read.LengthUnit.CM).build();
        var task = org.citytwin.scene.FxTestSupport.onFx(() -> window.flowFiles().load(juelich, mapping));
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task.get()).singleElement().satisfies(r -> assertThat(r.movingFeatures()).isEqualTo(61));
        assertThat(window.flows().store().agentCount()).isEqualTo(61);
        assertThat(window.flowFiles().messageProperty().get()).contains("61 moving features");
    }
}
