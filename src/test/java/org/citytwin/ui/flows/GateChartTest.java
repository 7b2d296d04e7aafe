package org.citytwin.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.FxTestSupport;
import org.citytwin.scene.SceneSnapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The gate read-out: a chart a user can read (over 100 px high, time and count axes with tick labels), bars = counts. */
@ExtendWith(ApplicationExtension.class)
class GateChartTest {
    private FlowsController flows;
    private GatesView view;

    @Start
    void start(Stage stage) {
        FxTestSupport.requireScene3d();
        flows = new FlowsController(new CityScene(200, 150));
        view = new GatesView(flows);
        StackPane root = new StackPane(view);
        root.setStyle("-fx-background-color: #98a08c;"); // the plain ground the read-out floats over
        stage.setScene(new Scene(root, 420, 320));
        stage.show();
    }

    @Test
    void theChartHasAxesWithTickLabelsAndBarsForTheCrossings(FxRobot robot) throws Exception {
        robot.interact(() -> {
            flows.store().acceptAll(FlowWindowTest.walkers(0, 0, 0));
            flows.recordingAdded();
            flows.addGate(5, -5, 5, 17, 0);
            for (int s = 0; s <= 20; s++) {
                flows.clock().seek(FlowWindowTest.T0 + s * 1000L);
                flows.drawNow();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flows.gates().get(0).forwardTotal()).isEqualTo(5);
        GateChart chart = robot.lookup("#gate-chart-Gate-1").queryAs(GateChart.class);
        assertThat(chart.isVisible()).isTrue();
        assertThat(chart.getHeight()).as("chart height").isGreaterThanOrEqualTo(100);
        assertThat(chart.getWidth()).isGreaterThanOrEqualTo(200);
        assertTickLabels(chart.getXAxis());
        assertTickLabels(chart.getYAxis());
        assertThat(chart.getXAxis().getLabel()).isNotBlank();
        assertThat(chart.getYAxis().getLabel()).isNotBlank();
        // one minute: forward bar 5 up, backward bar 1 down; the count axis labels them without sign
        XYChart.Series<String, Number> forward = chart.getData().get(0), backward = chart.getData().get(1);
        assertThat(forward.getData()).singleElement().satisfies(d -> assertThat(d.getYValue().intValue()).isEqualTo(5));
        assertThat(backward.getData()).singleElement().satisfies(d -> assertThat(d.getYValue().intValue()).isEqualTo(-1));
        assertThat(tickTexts(chart.getXAxis())).singleElement().asString().matches("\\d\\d:\\d\\d");
        assertThat(tickTexts(chart.getYAxis())).doesNotContain("-6", "-3").contains("6", "3", "0");
        SceneSnapshots.writePng(FxTestSupport.onFx(() -> view.snapshot(null, null)), Path.of("target/test-shots/flows-gate-chart.png"));
    }

    private static void assertTickLabels(Axis<?> axis) {
        assertThat(axis.isTickLabelsVisible()).isTrue();
        assertThat(tickTexts(axis)).as("tick labels drawn on " + axis.getLabel()).isNotEmpty().allSatisfy(t -> assertThat(t).isNotBlank());
    }

    /** The texts the axis draws at its ticks (its visible Text children, the axis label aside). */
    static java.util.List<String> tickTexts(Axis<?> axis) {
        return axis.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.text.Text && n.isVisible())
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList();
    }

    @Test
    void niceCeilingsGiveWholeTicks() {
        assertThat(GateChart.niceCeiling(1)).isEqualTo(1);
        assertThat(GateChart.niceCeiling(5)).isEqualTo(6);
        assertThat(GateChart.niceCeiling(11)).isEqualTo(20);
        assertThat(GateChart.niceCeiling(61)).isEqualTo(100);
    }
}
