package org.citytwin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citytwin.scene.FxTestSupport.share;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableView;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.citytwin.model.CityFile;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.FxTestSupport;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.scene.TestMeshes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window with a synthetic loader: a 5x5 block of boxes, one load issue. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        org.citytwin.scene.FxTestSupport.requireScene3d();
        this.stage = stage;
        window = new MainWindow(new CityScene(600, 400), (paths, progress, cancel) -> blocks(), executor);
        stage.setScene(new Scene(window.root(), 640, 520));
        window.bindTitle(stage);
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static LoadResult blocks() {
        List<TileMesh> meshes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                meshes.add(TestMeshes.box(FeatureKind.BUILDING, i * 40, j * 40, 0, i * 40 + 25, j * 40 + 25, 10 + 5 * (i + j)));
            }
        }
        LoadIssue issue = new LoadIssue(Severity.ERROR, "blocks.gml", 7, 1, "b7", "Solid is not closed");
        CityFile file = new CityFile("blocks.gml", "2.0", null, null, List.of(), java.util.Map.of(),
                new java.util.TreeSet<>(), new Envelope(), List.of(issue));
        return new LoadResult(List.of(file), meshes, Envelope.of(0, 0, 0, 185, 185, 50), null);
    }

    @Test
    void loadingShowsTheCityInTheCentreTitlesTheWindowAndListsIssues(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#hint").queryAs(Label.class).isVisible()).isTrue();
        robot.interact(() -> window.viewModel().load(List.of(Path.of("somewhere/blocks.gml"))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().lastStateProperty().get() == Worker.State.SUCCEEDED);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getTitle()).isEqualTo("CityTwin — blocks.gml");
        assertThat(robot.lookup("#hint").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#cancel-load").query().isVisible()).isFalse();
        TreeTableView<?> issues = robot.lookup("#issues").queryAs(TreeTableView.class);
        assertThat(issues.getRoot().getChildren()).singleElement()
                .satisfies(group -> assertThat(group.getChildren()).hasSize(1));
        assertThat(issues.isVisible()).as("an error opens the issue list").isTrue();

        Image img = WaitForAsyncUtils.asyncFx(() -> SceneSnapshots.render(window.cityScene())).get(30, TimeUnit.SECONDS);
        SceneSnapshots.writePng(img, Path.of("target/test-shots/main-window-blocks.png"));
        assertThat(share(img, 0.4, 0.4, 0.6, 0.6, FxTestSupport::isBuilding)).isGreaterThan(0.3);
        assertThat(share(img, 0.0, 0.0, 0.05, 0.05, FxTestSupport::isBackground)).isGreaterThan(0.9);

        // keyboard navigation reaches the camera: Q rotates the heading
        double heading = window.cityScene().camera().heading();
        robot.clickOn("#view3d").type(javafx.scene.input.KeyCode.Q);
        assertThat(window.cityScene().camera().heading()).isNotEqualTo(heading);
        // scrolling zooms in
        double distance = window.cityScene().camera().distance();
        robot.moveTo("#view3d").scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.cityScene().camera().distance()).isNotEqualTo(distance);
    }
}
