package org.citytwin.ui.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citytwin.scene.FxTestSupport.onFx;
import static org.citytwin.scene.FxTestSupport.startFx;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import org.citytwin.model.CityFile;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.scene.TestMeshes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.quality.DataQualityView;

class LoadViewModelTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<LoadResult> delivered = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void fx() throws Exception {
        startFx();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static LoadResult oneBox(List<LoadIssue> issues) {
        var files = List.of(new CityFile("a.gml", "2.0", null, null, List.of(), java.util.Map.of(),
                new java.util.TreeSet<>(), new Envelope(), issues));
        return new LoadResult(files, List.of(TestMeshes.box(FeatureKind.BUILDING, 0, 0, 0, 10, 10, 10)),
                Envelope.of(0, 0, 0, 10, 10, 10), null);
    }

    private static void waitUntil(java.util.function.BooleanSupplier done) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> done.getAsBoolean());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void cancelStopsTheLoaderAndAddsNothing() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        LoadViewModel vm = onFx(() -> new LoadViewModel((paths, progress, cancel) -> {
            started.countDown();
            for (int i = 0; ; i++) { // a long load that honours the cancel token
                progress.update("reading " + i, i, 1_000_000);
                cancel.throwIfCancelled();
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
            }
        }, executor, delivered::add));
        onFx(() -> vm.load(List.of(Path.of("big.gml"))));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        waitUntil(() -> vm.messageProperty().get().startsWith("reading"));
        assertThat(vm.runningProperty().get()).isTrue();

        onFx(() -> { vm.cancel(); return null; });
        waitUntil(() -> !vm.runningProperty().get());

        assertThat(vm.lastStateProperty().get()).isEqualTo(Worker.State.CANCELLED);
        assertThat(delivered).isEmpty();
        assertThat(vm.loadedNameProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get()).contains("cancelled");
        // the worker really stopped: the executor is free again for the next load
        assertThat(executor.submit(() -> true).get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void successHandsTheResultToTheSinkOnTheFxThreadOnceAndCollectsIssues() throws Exception {
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        LoadIssue issue = new LoadIssue(Severity.ERROR, "a.gml", 12, 3, "bldg_1", "Polygon has fewer than 3 points");
        LoadViewModel vm = onFx(() -> new LoadViewModel((paths, progress, cancel) -> oneBox(List.of(issue)), executor,
                r -> { onFxThread.add(javafx.application.Platform.isFxApplicationThread()); delivered.add(r); }));
        onFx(() -> vm.load(List.of(Path.of("dir/a.gml"))));
        waitUntil(() -> vm.lastStateProperty().get() == Worker.State.SUCCEEDED);

        assertThat(delivered).hasSize(1);
        assertThat(onFxThread).containsExactly(true);
        assertThat(vm.issues()).containsExactly(issue);
        assertThat(vm.loadedNameProperty().get()).isEqualTo("a.gml");
        assertThat(vm.messageProperty().get()).contains("12 triangles").contains("1 error");
        assertThat(DataQualityView.shortText(issue)).isEqualTo("ERROR  a.gml:12  [bldg_1] Polygon has fewer than 3 points");
    }

    @Test
    void aFailingLoaderBecomesAnIssueNotACrash() throws Exception {
        LoadViewModel vm = onFx(() -> new LoadViewModel((paths, progress, cancel) -> {
            throw new IllegalStateException("disk on fire");
        }, executor, delivered::add));
        onFx(() -> vm.load(List.of(Path.of("x.gml"))));
        waitUntil(() -> vm.lastStateProperty().get() == Worker.State.FAILED);
        assertThat(delivered).isEmpty();
        assertThat(vm.issues()).singleElement().satisfies(i -> assertThat(i.message()).contains("disk on fire"));
        assertThat(vm.messageProperty().get()).contains("x.gml").contains("disk on fire");
    }
}
