package org.citytwin.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.citytwin.geo.CrsResolver;
import org.citytwin.pipeline.DatasetLoader;

/**
 * Composition root: creates the shared services once per application (no static singletons) and
 * shuts them down at exit.
 *
 * <p>Background work runs in two lanes so a long analysis never holds up the data: the load lane reads files,
 * re-meshes LODs and reads flow files; the analysis lane runs clearance checks and excavations.
 */
public final class AppContext implements AutoCloseable {
    /** How long {@link #close()} waits for each pool's threads to end. */
    private static final long CLOSE_WAIT_MS = 5000;
    private final CrsResolver crsResolver;
    private final DatasetLoader loader;
    private final ExecutorService loadExecutor;
    private final ExecutorService analysisExecutor;

    public AppContext() {
        crsResolver = new CrsResolver();
        loader = new DatasetLoader(crsResolver);
        // one load at a time (the loader is built for sequential loads and keeps one local frame)
        loadExecutor = lane("citytwin-load-");
        // analyses one at a time too: a new check cancels the one before it anyway
        analysisExecutor = lane("citytwin-analysis-");
    }

    /** A single-thread pool; daemon so a stuck read never keeps the JVM alive after the window closed. */
    private static ExecutorService lane(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the slow CRS database initialisation in the background so the first load does not wait for it. */
    public AppContext warmUp() {
        crsResolver.warmUpAsync();
        return this;
    }

    public CrsResolver crsResolver() { return crsResolver; }
    public DatasetLoader loader() { return loader; }
    /** Loads, LOD re-meshing and flow reads. */
    public ExecutorService loadExecutor() { return loadExecutor; }
    /** Clearance checks and excavations: long, cancellable, never in the way of a load. */
    public ExecutorService analysisExecutor() { return analysisExecutor; }

    /** Interrupts running work and waits (bounded) until every pool's threads have ended. */
    @Override
    public void close() {
        analysisExecutor.shutdownNow();
        loadExecutor.shutdownNow();
        loader.close();
        await(analysisExecutor);
        await(loadExecutor);
    }

    private static void await(ExecutorService pool) {
        try {
            pool.awaitTermination(CLOSE_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
