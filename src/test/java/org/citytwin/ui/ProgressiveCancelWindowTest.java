package org.citytwin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.citytwin.ui.load.LoadViewModel;
import org.citytwin.model.CityFile;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.pipeline.TileStream;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.TestMeshes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A load whose first file's tiles are already shown is cancelled: they go again and the scene is as before. */
@ExtendWith(ApplicationExtension.class)
class ProgressiveCancelWindowTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private MainWindow window;

    /** Streams one file of two boxes, then reads "forever" until cancelled. */
    private static final LoadViewModel.Loader STREAMS_THEN_HANGS = new LoadViewModel.Loader() {
        @Override
        public LoadResult load(List<Path> inputs, LoadProgress progress, CancelToken cancel) {
            return load(inputs, progress, cancel, TileStream.NONE);
        }

        @Override
        public LoadResult load(List<Path> inputs, LoadProgress progress, CancelToken cancel, TileStream tiles) {
            List<TileMesh> first = List.of(TestMeshes.box(FeatureKind.BUILDING, 0, 0, 0, 20, 20, 10),
                    TestMeshes.box(FeatureKind.BUILDING, 600, 0, 0, 620, 20, 30));
            tiles.fileTiles(new CityFile("a.gml", "2.0", null, null, List.of(), java.util.Map.of(), new java.util.TreeSet<>(),
                    Envelope.of(0, 0, 0, 620, 20, 30), List.of()), first);
            while (true) {
                cancel.throwIfCancelled();
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
            }
        }
    };

    @Start
    void start(Stage stage) {
        org.citytwin.scene.FxTestSupport.requireScene3d();
        window = new MainWindow(new CityScene(600, 400), STREAMS_THEN_HANGS, executor);
        stage.setScene(new Scene(window.root(), 640, 520));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void cancellingAfterTheFirstFileTakesItsTilesOutAgain(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().load(List.of(Path.of("a.gml"), Path.of("b.gml"))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tiles() == 2);
        assertThat(window.viewModel().runningProperty().get()).as("shown while the load still reads").isTrue();
        assertThat(window.cityScene().isEmpty()).isFalse();

        robot.interact(() -> window.viewModel().cancel());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.viewModel().lastStateProperty().get()).isEqualTo(Worker.State.CANCELLED);
        assertThat(tiles()).isZero();
        assertThat(window.cityScene().triangleCount()).isZero();
        assertThat(window.cityScene().isEmpty()).as("bounds as before the load").isTrue();
        assertThat(window.sidePanel().layers().datasets()).isEmpty();
    }

    private long tiles() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.cityScene().layers().stream()
                .mapToLong(l -> l.getChildren().size()).sum()).get(10, TimeUnit.SECONDS);
    }
}
