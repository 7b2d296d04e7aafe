package org.citytwin.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.flow.read.FlowReadOptions;
import org.citytwin.scene.FxTestSupport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lab trajectories count frames, not instants: alone they get a relative clock (t = 0 … duration, mm:ss), beside a
 * dated recording they are anchored to its start, so the timeline spans minutes instead of 1970 to today.
 */
class LabClockWindowTest extends RealWindowTest {
    /** Frames 43 … 1017 at the readers' default 25 fps: 1.72 s … 40.68 s. */
    static final Path LAB = Path.of("src/test/resources/data/flows/juelich-pedestrian-trajectories/uo-050-180-180.txt");
    static final Path DATED = Path.of("src/test/resources/data/flows/ogc-mf-csv/mf_walkdata.csv");
    static final long DATED_START = java.time.Instant.parse("2012-01-17T12:33:51Z").toEpochMilli(); // first sample: +10 s

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void aLabFileAloneHasItsOwnClockAndJoinsADatedLayerAtItsStart(FxRobot robot) throws Exception {
        FlowsController flows = window.flows();
        window.flowFiles().setLabOptions(f -> FlowReadOptions.DEFAULTS.withFps(25.0)); // the dialog's answer
        load(LAB);
        FlowTimelineViewModel timeline = flows.timeline();
        assertThat(timeline.relativeProperty().get()).isTrue();
        assertThat(timeline.durationProperty().get()).as("the run's duration, not decades").isCloseTo(38.96, within(0.05));
        robot.interact(() -> flows.clock().seek(flows.clock().rangeStart() + 20_000));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "00:21".equals(timeText(robot)));
        assertThat(timeText(robot)).as("t from frame 0, as mm:ss").isEqualTo("00:21");

        load(DATED);
        assertThat(timeline.relativeProperty().get()).isFalse();
        long[] lab = flows.store().span(LAB.getFileName().toString()::equals);
        assertThat(lab[0]).as("frame 43 lands 1.72 s after the dated start").isEqualTo(DATED_START + 1720);
        assertThat(timeline.durationProperty().get()).as("dated 12:33:51 … 12:36:51 with the lab run inside it")
                .isCloseTo(180, within(0.01));
        assertThat(flows.messageProperty().get()).contains("uo-050-180-180.txt").contains("2012-01-17");
        assertThat(timeText(robot)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void aLabFileWithAChosenStartTimeIsDatedThere(FxRobot robot) throws Exception {
        long start = java.time.Instant.parse("2024-05-01T08:30:00Z").toEpochMilli();
        window.flowFiles().setLabOptions(f -> FlowReadOptions.DEFAULTS.withFps(25.0).withStartMillis(start));
        load(LAB);
        assertThat(window.flows().timeline().relativeProperty().get()).isFalse();
        assertThat(window.flows().clock().rangeStart()).isEqualTo(start + 1720);
        assertThat(window.flows().timeline().durationProperty().get()).isCloseTo(38.96, within(0.05));
    }

    private void load(Path file) throws Exception {
        var task = FxTestSupport.onFx(() -> window.flowFiles().load(List.of(file)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(task.get()).as(window.flows().messageProperty().get()).hasSize(1);
    }

    private static String timeText(FxRobot robot) {
        return robot.lookup("#flow-time").queryAs(Label.class).getText();
    }
}
