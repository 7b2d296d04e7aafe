package org.citytwin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.LoadProgress;
import org.junit.jupiter.api.Test;

/** The two background lanes: an analysis never holds up a load, and closing the context ends every pool. */
class AppContextCloseTest {
    private static final Path WATER = Path.of("src/test/resources/data/utility/udx/unf/water_53403039_unf_6697.gml");

    @Test
    void aBlockedAnalysisDoesNotDelayALoad() throws Exception {
        try (AppContext context = new AppContext()) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch analysing = new CountDownLatch(1);
            context.analysisExecutor().execute(() -> {
                analysing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThat(analysing.await(10, TimeUnit.SECONDS)).isTrue();
            int objects = context.loadExecutor().submit(() -> context.loader()
                    .load(List.of(WATER), LoadProgress.NONE, new CancelToken()).files().get(0).objects().size())
                    .get(120, TimeUnit.SECONDS); // would time out if the load queued behind the analysis
            assertThat(objects).isPositive();
            assertThat(release.getCount()).isEqualTo(1); // the analysis was still running all along
            release.countDown();
        }
    }

    @Test
    void closeEndsEveryPoolAndItsThreads() throws Exception {
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        AppContext context = new AppContext();
        context.loader().load(List.of(WATER), LoadProgress.NONE, new CancelToken()); // starts the reader's workers
        CountDownLatch started = new CountDownLatch(2);
        Runnable longJob = () -> {
            started.countDown();
            try {
                new CountDownLatch(1).await(); // work that ends only when close() interrupts it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        context.loadExecutor().execute(longJob);
        context.analysisExecutor().execute(longJob);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        List<Thread> ours = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.getName().startsWith("citytwin-")).toList();
        assertThat(ours).extracting(Thread::getName).anyMatch(n -> n.startsWith("citytwin-load-"))
                .anyMatch(n -> n.startsWith("citytwin-analysis-")).anyMatch(n -> n.startsWith("citytwin-build-"));

        context.close();

        assertThat(context.loadExecutor().isTerminated()).isTrue();
        assertThat(context.analysisExecutor().isTerminated()).isTrue();
        assertThat(context.loader().isTerminated()).isTrue();
        for (Thread t : ours) t.join(5_000); // a terminated pool's worker may still be returning from its run loop
        assertThat(ours).as("threads still alive after close").noneMatch(Thread::isAlive);
    }
}
