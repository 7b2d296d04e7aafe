package org.citytwin.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.MeasuredHeight;
import org.citytwin.scene.SceneSnapshots;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.WindowLoads;

/**
 * Search results and the hover label on the real Haneda 2022 tile say what an object is: its kind, its height and
 * address, and its file, not only its gml:id (a UUID).
 */
class SearchRowsWindowTest extends RealWindowTest {
    static final String FILE = ObjectSearchTest.HANEDA.getFileName().toString();
    static final String ADDRESS = "東京都大田区羽田空港三丁目";

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void resultRowsAndTheHoverLabelNameKindHeightAddressAndFile(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, ObjectSearchTest.HANEDA);
        CityObject tallest = window.inspector().find(ObjectSearchTest.TALLEST);
        String height = String.format(java.util.Locale.ROOT, "%.1f m", MeasuredHeight.of(tallest).orElseThrow());

        org.citytwin.ui.WindowLoads.clickTab(robot, "Search");
        robot.clickOn("#search-field").write("measuredHeight > 20").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> results = robot.lookup("#search-results").queryAs(ListView.class);
        assertThat(results.getItems()).hasSizeGreaterThan(1);
        List<String> rows = robot.lookup("#search-results .list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).filter(t -> t != null && !t.isBlank()).toList();
        assertThat(rows).hasSize(results.getItems().size());
        for (String row : rows) {
            assertThat(row).contains("Building").containsPattern("\\d m\n").contains(ADDRESS).endsWith(FILE)
                    .doesNotContain("bldg:Building");
            assertThat(row).as("no UUID in full").doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
        }
        assertThat(rows).anyMatch(r -> r.contains(height));
        Node list = robot.lookup("#search-results").query();
        SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> window.root().snapshot(null, null)).get(30, TimeUnit.SECONDS),
                Path.of("target/test-shots/defa-search-results.png"));

        // hover: point the mouse at the tallest building's roof
        robot.interact(() -> window.cityScene().camera().oblique(SearchViewModel.frame(tallest)));
        WaitForAsyncUtils.waitForFxEvents();
        Envelope box = SearchViewModel.frame(tallest);
        Node view = robot.lookup("#view3d").query();
        double[] px = WaitForAsyncUtils.asyncFx(() -> window.cityScene().camera().project(
                window.cityScene().camera().toView(box.centerX(), box.centerY(), box.minZ() + (box.maxZ() - box.minZ()) * 0.6)))
                .get(10, TimeUnit.SECONDS);
        Point2D onScreen = WaitForAsyncUtils.asyncFx(() -> view.localToScreen(px[0], px[1])).get(10, TimeUnit.SECONDS);
        var hit = WaitForAsyncUtils.asyncFx(() -> window.selection().picker().pick(px[0], px[1])).get(10, TimeUnit.SECONDS);
        assertThat(hit).map(h -> h.objectId()).contains(tallest.id());
        robot.moveTo(onScreen.add(3, 3)).moveTo(onScreen);
        Label hover = robot.lookup("#hover-label").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, hover::isVisible);
        assertThat(hover.getText()).contains("Building").contains(height).contains(ADDRESS).contains(FILE)
                .doesNotContain(tallest.id());
        assertThat(window.inspector().caption(tallest.id())).isEqualTo(hover.getText());
        assertThat(list).isNotNull();
    }
}
