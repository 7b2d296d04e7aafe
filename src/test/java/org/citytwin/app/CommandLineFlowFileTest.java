package org.citytwin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A flow file given on the command line opens as a flow layer, as the README says, not as "not an XML file". */
class CommandLineFlowFileTest extends RealWindowTest {
    static final Path MF_CSV = Path.of("src/test/resources/data/flows/ogc-mf-csv/mf_walkdata.csv");

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void aMovingFeaturesCsvPathLoadsAFlowLayer(FxRobot robot) throws Exception {
        robot.interact(() -> CityTwinFxApp.openPaths(window, List.of(MF_CSV)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.flows().store().isEmpty());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.flows().timeline().hasDataProperty().get());
        assertThat(window.flows().store().agentCount()).isPositive();
        assertThat(window.flows().messageProperty().get()).contains("mf_walkdata.csv").contains("moving features");
        assertThat(window.viewModel().issues()).as("nothing went to the CityGML loader").isEmpty();
        assertThat(robot.lookup("#flow-timeline").query().isVisible()).isTrue();
    }
}
