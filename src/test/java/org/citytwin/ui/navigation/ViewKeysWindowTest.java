package org.citytwin.ui.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point3D;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.Envelope;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.WindowLoads;
import org.citytwin.ui.search.ObjectSearchTest;

/** The real window on the Haneda tile with the keyboard focus in the search results: Esc clears the selection, F fits. */
class ViewKeysWindowTest extends RealWindowTest {
    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void escAndFActOnTheViewWhileTheSearchListHasTheFocus(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, ObjectSearchTest.HANEDA);
        org.citytwin.ui.WindowLoads.clickTab(robot, "Search");
        robot.clickOn("#search-field").write("bldg_bdc161ef").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> results = robot.lookup("#search-results").queryAs(ListView.class);
        assertThat(results.getItems()).hasSize(1);
        robot.clickOn(robot.lookup("#search-results .list-cell").nth(0).queryAs(javafx.scene.Node.class)); // selects it
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene().getFocusOwner() == results);
        assertThat(window.inspector().selectedId()).isEqualTo(ObjectSearchTest.TALLEST);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.inspector().selected()).as("Esc with the focus in the search list").isNull();

        Envelope all = window.cityScene().bounds();
        var rig = window.cityScene().camera();
        Point3D centre = rig.toView(all.centerX(), all.centerY(), all.centerZ());
        robot.interact(() -> rig.lookAt(centre.add(800, 0, 800), rig.heading(), rig.pitch(), 30));
        assertThat(rig.target().distance(centre)).isGreaterThan(500);
        robot.type(KeyCode.F);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rig.target().distance(centre) < 1);
        assertThat(rig.distance()).as("framed the whole tile").isGreaterThan(30);
        assertThat(stage.getScene().getFocusOwner()).as("the list keeps the focus").isSameAs(results);
    }
}
