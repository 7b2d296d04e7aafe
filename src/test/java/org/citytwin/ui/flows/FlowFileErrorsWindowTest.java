package org.citytwin.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.flow.read.FlowReadReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening flow files in the window: a file that cannot be used is that file's message, in plain words, and the
 * files after it still load. Regression: an MF-CSV of NaN positions failed the whole read with "Frame origin out of
 * range: LocalFrame[...]" and the good file beside it was lost.
 */
class FlowFileErrorsWindowTest extends RealWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void aRefusedFileIsItsOwnMessageAndTheNextFileStillLoads(FxRobot robot, @TempDir Path dir) throws Exception {
        Path nan = dir.resolve("nan.csv");
        Files.writeString(nan, "@stboundedby,urn:x-ogc:def:crs:EPSG:6.6:4326,2D,35 139,36 140,"
                + "2012-01-17T12:33:41Z,2012-01-17T12:37:00Z,sec\na,10,120,NaN NaN NaN NaN\n");
        Path good = Path.of("src/test/resources/data/flows/ogc-mf-csv/mf_walkdata.csv");

        AtomicReference<Task<List<FlowReadReport>>> task = new AtomicReference<>();
        robot.interact(() -> task.set(window.flowFiles().load(List.of(nan, good))));
        List<FlowReadReport> reports = task.get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(reports).singleElement().satisfies(r -> assertThat(r.samples()).isEqualTo(6));
        String message = window.flowFiles().messageProperty().get();
        assertThat(message).contains("mf_walkdata.csv (OGC MF-CSV): 2 moving features, 6 samples")
                .contains("nan.csv: no valid positions")
                .doesNotContain("LocalFrame", "Exception");
        assertThat(window.flows().store().sampleCount()).isEqualTo(6);
    }
}
