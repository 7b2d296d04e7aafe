package org.citytwin.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.citytwin.scene.Prism3d;

/** Starts JavaFX for command-line work without an Application, and runs code on its thread. */
final class FxToolkit {

    private FxToolkit() {
    }

    /** Starts the toolkit with 3D on under software rendering; tolerates one already running (tests, the viewer). */
    static void start() throws InterruptedException {
        Prism3d.enableUnderSoftwareRendering();
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        Platform.setImplicitExit(false);
        try {
            started.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("JavaFX did not start: " + e.getMessage()
                    + " — on a headless machine run under a virtual display (xvfb-run -a)", e);
        }
    }

    /** Runs work on the FX thread and waits for its result. */
    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(10, TimeUnit.MINUTES);
    }
}
