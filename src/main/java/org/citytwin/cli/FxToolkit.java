package org.citytwin.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.citytwin.scene.Prism3d;

/** Starts JavaFX for command-line work without an Application, and runs code on its thread. */
public final class FxToolkit {
    /** The FX thread once a command started the toolkit (null: none did). */
    private static volatile Thread fxThread;

    private FxToolkit() {
    }

    /** Starts the toolkit with 3D on under software rendering; tolerates one already running (tests, the viewer). */
    static void start() throws InterruptedException {
        Prism3d.enableUnderSoftwareRendering();
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> {
                fxThread = Thread.currentThread();
                started.complete(null);
            });
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

    /**
     * Ends the toolkit a command started, before the JVM exits: otherwise the pulses still running (a far tiles' box
     * pass, sliced over pulses) meet a rendering pipeline already disposed by the exit and print a stack trace.
     */
    public static void stopIfStarted() {
        Thread fx = fxThread;
        if (fx == null) return;
        Platform.exit();
        try {
            fx.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
