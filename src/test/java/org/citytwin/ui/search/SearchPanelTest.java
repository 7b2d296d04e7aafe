package org.citytwin.ui.search;

import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.citytwin.model.Envelope;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on the Haneda 2022 tile: type an id prefix in the search tab, activate the result, the camera flies there. */
class SearchPanelTest extends RealWindowTest {
    @Start
    void start(Stage stage) {
        openWindow(stage);
    }


    @Test
    void typingAnIdPrefixAndActivatingTheResultFliesToItAndSelectsIt(FxRobot robot) throws Exception {
        org.citytwin.ui.WindowLoads.loadAndWait(robot, window, ObjectSearchTest.HANEDA);
        assertThat(robot.lookup("#layers-tree").query().isVisible()).isTrue();

        org.citytwin.ui.WindowLoads.clickTab(robot, "Search");
        robot.clickOn("#search-field").write("bldg_bdc161ef").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> results = robot.lookup("#search-results").queryAs(ListView.class);
        assertThat(results.getItems()).hasSize(1);
        double before = window.cityScene().camera().distance();

        robot.clickOn(robot.lookup("#search-results .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.inspector().selectedId()).isEqualTo(ObjectSearchTest.TALLEST);
        Envelope frame = SearchViewModel.frame(window.inspector().selected());
        var centre = window.cityScene().camera().toView(frame.centerX(), frame.centerY(), frame.centerZ());
        assertThat(window.cityScene().camera().target().distance(centre)).isLessThan(1);
        assertThat(window.cityScene().camera().distance()).isLessThan(before).isLessThan(400);

        robot.clickOn("Layers");
        javafx.scene.image.Image shot = WaitForAsyncUtils.asyncFx(() -> window.root().snapshot(null, null)).get(30, TimeUnit.SECONDS);
        org.citytwin.scene.SceneSnapshots.writePng(shot, java.nio.file.Path.of("target/test-shots/layers-panel.png"));
    }
}
