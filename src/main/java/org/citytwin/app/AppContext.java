package org.citytwin.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.citytwin.geo.CrsResolver;
import org.citytwin.pipeline.DatasetLoader;

/**
 * Composition root: creates the shared services once per application (no static singletons) and
 * shuts them down at exit.
 */
public final class AppContext implements AutoCloseable {
    private final CrsResolver crsResolver;
    private final DatasetLoader loader;
    private final ExecutorService loadExecutor;

    public AppContext() {
        crsResolver = new CrsResolver();
        loader = new DatasetLoader(crsResolver);
        // one load at a time (the loader is built for sequential loads and keeps one local frame);
        // daemon so a stuck read never keeps the JVM alive after the window closed
        AtomicInteger n = new AtomicInteger();
        loadExecutor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "citytwin-load-" + n.incrementAndGet());
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
    public ExecutorService loadExecutor() { return loadExecutor; }

    @Override
    public void close() {
        loadExecutor.shutdownNow();
    }
}
