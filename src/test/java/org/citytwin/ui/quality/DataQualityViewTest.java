package org.citytwin.ui.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.FxTestSupport;
import org.citytwin.scene.TestMeshes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.MainWindow;

/** The data-quality panel in the main window: activating an issue row flies the camera to its object. */
@ExtendWith(ApplicationExtension.class)
class DataQualityViewTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        FxTestSupport.requireScene3d();
        window = new MainWindow(new CityScene(800, 500), (paths, progress, cancel) -> twoBuildings(), executor);
        stage.setScene(new Scene(window.root(), 1000, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** A building at the origin and one 600 m east, 400 m north; each named by an issue. */
    private static LoadResult twoBuildings() {
        CityObject near = DataQualityViewModelTest.box("bldg_near", 0, 0, 20, 20, 15);
        CityObject far = DataQualityViewModelTest.box("bldg_far", 600, 400, 630, 420, 40);
        LoadResult model = DataQualityViewModelTest.result(List.of(near, far), List.of(
                DataQualityViewModelTest.issue(Severity.WARNING, IssueCategory.NON_PLANAR_RING, "bldg_near", 2),
                DataQualityViewModelTest.issue(Severity.WARNING, IssueCategory.SELF_INTERSECTING_RING, "bldg_far", 1),
                DataQualityViewModelTest.issue(Severity.INFO, IssueCategory.OTHER, null, 1)));
        return new LoadResult(model.files(), List.of(TestMeshes.box(FeatureKind.BUILDING, 0, 0, 0, 20, 20, 15),
                TestMeshes.box(FeatureKind.BUILDING, 600, 400, 0, 630, 420, 40)), Envelope.of(0, 0, 0, 630, 420, 40), null);
    }

    private Point3D centreOf(double x, double y, double z) {
        return window.cityScene().camera().toView(x, y, z);
    }

    @Test
    void doubleClickOrEnterOnARowFliesToThatObject(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().load(List.of(Path.of("a.gml"))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().lastStateProperty().get() == Worker.State.SUCCEEDED);
        WaitForAsyncUtils.waitForFxEvents();

        TitledPane pane = robot.lookup("#data-quality").queryAs(TitledPane.class); // the compare panel has titled panes too
        assertThat(pane.getText()).isEqualTo("Data quality (3)");
        robot.interact(() -> pane.setExpanded(true));
        TreeTableView<DataQualityView.Row> table = robot.lookup("#issues").queryAs(TreeTableView.class);
        assertThat(table.getRoot().getChildren()).extracting(g -> g.getValue().category())
                .containsExactly("NON_PLANAR_RING", "SELF_INTERSECTING_RING", "OTHER");
        assertThat(table.getRoot().getChildren().get(0).getValue().message()).isEqualTo("1 issue, 2 occurrences");

        // double-click the far building's row
        TreeItem<DataQualityView.Row> farItem = table.getRoot().getChildren().get(1).getChildren().get(0);
        assertThat(farItem.getValue().gmlId()).isEqualTo("bldg_far");
        robot.interact(() -> table.scrollTo(table.getRow(farItem)));
        Node farRow = robot.lookup(".tree-table-row-cell").match(n -> n instanceof javafx.scene.control.TreeTableRow<?> r
                && r.getItem() == farItem.getValue()).query();
        robot.doubleClickOn(farRow, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.cityScene().camera().target().distance(centreOf(615, 410, 20))).isLessThan(1.0);
        javafx.scene.image.Image shot = WaitForAsyncUtils.asyncFx(() -> window.root().getScene().snapshot(null)).get(30, TimeUnit.SECONDS);
        org.citytwin.scene.SceneSnapshots.writePng(shot, Path.of("target/test-shots/data-quality-fly-to.png"));

        // Enter on the near building's row
        TreeItem<DataQualityView.Row> nearItem = table.getRoot().getChildren().get(0).getChildren().get(0);
        robot.clickOn(farRow); // focus the table; a single click does not fly
        robot.interact(() -> table.getSelectionModel().select(nearItem));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.cityScene().camera().target().distance(centreOf(10, 10, 7.5))).isLessThan(1.0);
    }
}
