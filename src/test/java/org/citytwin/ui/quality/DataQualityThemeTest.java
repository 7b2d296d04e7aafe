package org.citytwin.ui.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeTableCell;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.FxTestSupport;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.scene.TestMeshes;
import org.citytwin.ui.MainWindow;
import org.citytwin.ui.theme.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The data-quality rows take their severity colours from the theme's stylesheet (no inline styles): dark red and
 * brown on the light theme, light red and amber on the dark one, where the light theme's colours were unreadable.
 */
@ExtendWith(ApplicationExtension.class)
class DataQualityThemeTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        FxTestSupport.requireScene3d();
        window = new MainWindow(new CityScene(800, 500), (paths, progress, cancel) -> issues(), executor);
        scene = new Scene(window.root(), 1000, 760);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static LoadResult issues() {
        CityObject a = DataQualityViewModelTest.box("bldg_a", 0, 0, 20, 20, 15);
        CityObject b = DataQualityViewModelTest.box("bldg_b", 40, 0, 60, 20, 25);
        LoadResult model = DataQualityViewModelTest.result(List.of(a, b), List.of(
                DataQualityViewModelTest.issue(Severity.ERROR, IssueCategory.INVALID_RING, "bldg_a", 1),
                DataQualityViewModelTest.issue(Severity.WARNING, IssueCategory.NON_PLANAR_RING, "bldg_b", 3),
                DataQualityViewModelTest.issue(Severity.INFO, IssueCategory.OTHER, null, 1)));
        return new LoadResult(model.files(), List.of(TestMeshes.box(FeatureKind.BUILDING, 0, 0, 0, 20, 20, 15),
                TestMeshes.box(FeatureKind.BUILDING, 40, 0, 0, 60, 20, 25)), Envelope.of(0, 0, 0, 60, 20, 25), null);
    }

    @Test
    void severityColoursComeFromTheLightAndTheDarkTheme(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().load(List.of(Path.of("a.gml"))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().lastStateProperty().get() == Worker.State.SUCCEEDED);
        TitledPane pane = robot.lookup("#data-quality").queryAs(TitledPane.class);
        robot.interact(() -> {
            pane.setExpanded(true);
            javafx.scene.control.TreeTableView<?> table = robot.lookup("#issues").queryAs(javafx.scene.control.TreeTableView.class);
            table.getRoot().getChildren().forEach(g -> g.setExpanded(true));
            table.getSelectionModel().clearSelection();
        });

        shown(robot, Theme.LIGHT);
        assertThat(textColour(robot, "ERROR")).isEqualTo(Color.web("#b00020"));
        assertThat(textColour(robot, "WARNING")).isEqualTo(Color.web("#8a5a00"));
        Color lightInfo = textColour(robot, "INFO");
        shot("waits-quality-light.png");

        shown(robot, Theme.DARK);
        assertThat(textColour(robot, "ERROR")).isEqualTo(Color.web("#ff8a80"));
        assertThat(textColour(robot, "WARNING")).isEqualTo(Color.web("#f2c265"));
        assertThat(textColour(robot, "INFO")).as("plain rows: the theme's own light text").isNotEqualTo(lightInfo);
        assertThat(textColour(robot, "INFO").getBrightness()).isGreaterThan(0.7);
        shot("waits-quality-dark.png");
        robot.interact(() -> Theme.LIGHT.apply(scene));
    }

    private void shown(FxRobot robot, Theme theme) {
        robot.interact(() -> theme.apply(scene));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text colour of the first cell of an issue row (not a heading) of that severity. */
    private Color textColour(FxRobot robot, String severity) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            TreeTableCell<?, ?> cell = robot.lookup(".tree-table-cell").match(n -> n instanceof TreeTableCell<?, ?> c
                    && c.getTableRow() != null && c.getTableRow().getItem() instanceof DataQualityView.Row row
                    && row.issue() != null && severity.equals(row.severity()) && c.getText() != null
                    && !c.getText().isEmpty()).query();
            return (Color) cell.getTextFill();
        }).get(30, TimeUnit.SECONDS);
    }

    private void shot(String name) throws Exception {
        Path dir = Path.of("/work/wt/shots");
        Files.createDirectories(dir);
        SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(30, TimeUnit.SECONDS), dir.resolve(name));
    }
}
