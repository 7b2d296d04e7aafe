package org.citytwin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.citytwin.model.CityFile;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
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

/**
 * A main window that was opened, loaded into and closed leaves nothing behind that keeps it (or its 3D scene)
 * reachable: no timer still playing, no listener on something that lives longer. Regression test for the test JVM
 * that kept every window its UI tests had opened.
 */
@ExtendWith(ApplicationExtension.class)
class ClosedWindowCollectableTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) {
        FxTestSupport.requireScene3d();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aClosedMainWindowBecomesCollectable(FxRobot robot) throws Exception {
        List<WeakReference<?>> refs = openLoadAndClose(robot, Stage::close);

        assertThat(collected(refs.get(0))).as("the closed MainWindow is collectable").isTrue();
        assertThat(collected(refs.get(1))).as("its CityScene is collectable").isTrue();
    }

    /** What the UI tests do: the next test puts its own scene on the same stage, which stays showing. */
    @Test
    void aMainWindowWhoseSceneIsReplacedBecomesCollectable(FxRobot robot) throws Exception {
        List<Stage> kept = new java.util.ArrayList<>();
        List<WeakReference<?>> refs = openLoadAndClose(robot, stage -> {
            stage.setScene(new Scene(new javafx.scene.layout.Pane(), 200, 100));
            stage.titleProperty().bind(new javafx.beans.property.SimpleStringProperty("next")); // as the next bindTitle
            kept.add(stage);
        });
        try {
            assertThat(collected(refs.get(0))).as("the replaced MainWindow is collectable").isTrue();
            assertThat(collected(refs.get(1))).as("its CityScene is collectable").isTrue();
        } finally {
            robot.interact(kept.get(0)::close);
        }
    }

    /**
     * Weak references to a window and its scene that were shown on a stage of their own, loaded into and closed,
     * then taken off the stage by {@code away}; no strong reference to either is left.
     */
    private List<WeakReference<?>> openLoadAndClose(FxRobot robot, java.util.function.Consumer<Stage> away) throws Exception {
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(60, TimeUnit.SECONDS);
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = new MainWindow(new CityScene(600, 400), (paths, progress, cancel) -> block(), executor);
            stage.setScene(new Scene(w.root(), 640, 520));
            w.bindTitle(stage);
            stage.show();
            w.viewModel().load(List.of(Path.of("somewhere/block.gml")));
            return w;
        }).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.viewModel().lastStateProperty().get() == Worker.State.SUCCEEDED);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.close();
            away.accept(stage);
        });
        return List.of(new WeakReference<>(window), new WeakReference<>(window.cityScene()));
    }

    /** Polls the collector until the referent is gone (true) or 30 s have passed (false). */
    private static boolean collected(WeakReference<?> ref) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents(); // pending pulses and runLaters let go of what they hold
                System.gc();
                return ref.get() == null;
            });
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private static LoadResult block() {
        CityFile file = new CityFile("block.gml", "2.0", null, null, List.of(), java.util.Map.of(),
                new java.util.TreeSet<>(), new Envelope(), List.of());
        return new LoadResult(List.of(file), List.of(TestMeshes.box(FeatureKind.BUILDING, 0, 0, 0, 25, 25, 20)),
                Envelope.of(0, 0, 0, 25, 25, 20), null);
    }
}
