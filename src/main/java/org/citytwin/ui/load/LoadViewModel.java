package org.citytwin.ui.load;

import org.citytwin.text.Texts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.citytwin.model.CityFile;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.pipeline.TileStream;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * Runs loads as background Tasks and exposes their progress as read-only properties. Call its methods on
 * the FX thread. A progressive sink gets each file's tiles as soon as that file is read (one runLater per file,
 * never one per object) and the whole result at the end; the load counts as running until the sink says everything
 * is shown. A cancelled or failed load adds nothing: the sink takes out the tiles it was given.
 */
public final class LoadViewModel {

    /** The loading pipeline; {@code DatasetLoader::load} in the app, a fake in tests. */
    @FunctionalInterface
    public interface Loader {
        LoadResult load(List<Path> inputs, LoadProgress progress, CancelToken cancel);

        /** As above, handing each file's tiles to {@code tiles} as soon as it is read; by default it hands none. */
        default LoadResult load(List<Path> inputs, LoadProgress progress, CancelToken cancel, TileStream tiles) {
            return load(inputs, progress, cancel);
        }
    }

    /** Where loads go, on the FX thread. */
    public interface Sink {
        /** One file's tiles, while the load still runs. */
        default void tiles(CityFile file, List<TileMesh> meshes) {
        }

        /** Preview tiles of a file still being read; its {@link #tiles} replace them. */
        default void previewTiles(String file, List<TileMesh> meshes, org.citytwin.model.Envelope bounds) {
        }

        /** The finished load (its meshes include those given to {@link #tiles}); {@code shown} once all are shown. */
        void accept(LoadResult result, Runnable shown);

        /** The load was cancelled or failed: take out what {@link #tiles} showed. */
        default void discard() {
        }
    }

    private final Loader loader;
    private final Executor executor;
    private final Sink sink;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", Texts.get("flowsui.load.ready"));
    private final ReadOnlyStringWrapper loadedName = new ReadOnlyStringWrapper(this, "loadedName", "");
    private final ReadOnlyObjectWrapper<Worker.State> lastState = new ReadOnlyObjectWrapper<>(this, "lastState", Worker.State.READY);
    private final ObservableList<LoadIssue> issues = FXCollections.observableArrayList();
    private final List<String> loadedNames = new ArrayList<>();
    private final ObservableList<Path> loadedPaths = FXCollections.observableArrayList();
    private Task<LoadResult> current;

    /** A sink that shows a result in one call, when the load is done. */
    public LoadViewModel(Loader loader, Executor executor, Consumer<LoadResult> sink) {
        this(loader, executor, (result, shown) -> {
            sink.accept(result);
            shown.run();
        }, false);
    }

    /** A view model whose sink shows each load progressively (tiles per file, then the whole result). */
    public static LoadViewModel progressive(Loader loader, Executor executor, Sink sink) {
        return new LoadViewModel(loader, executor, sink, true);
    }

    private LoadViewModel(Loader loader, Executor executor, Sink sink, boolean progressive) { // the flag only tells the two apart
        this.loader = loader;
        this.executor = executor;
        this.sink = sink;
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    /** 0..1, or -1 while the total is unknown. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** Names of what was loaded so far, e.g. "53394525_bldg_6697_2_op.gml"; empty when nothing. */
    public ReadOnlyStringProperty loadedNameProperty() { return loadedName.getReadOnlyProperty(); }
    /** State of the last finished (or running) load. */
    public ReadOnlyObjectProperty<Worker.State> lastStateProperty() { return lastState.getReadOnlyProperty(); }
    /** Issues of every load so far, in order. */
    public ObservableList<LoadIssue> issues() { return issues; }
    /** The files and folders whose loads showed something, in the order opened (a project's data sources). */
    public ObservableList<Path> loadedPaths() { return loadedPaths; }

    public void setMessage(String text) {
        if (!message.isBound()) message.set(text); // while a load runs its progress owns the line
    }

    /** Starts loading the paths in the background; returns null (and says why) while another load runs. */
    public Task<LoadResult> load(List<Path> paths) {
        if (paths.isEmpty()) return null;
        if (running.get()) {
            message.set(Texts.get("flowsui.load.busy", names(paths)));
            return null;
        }
        LoadTask task = new LoadTask(loader, List.copyOf(paths), sink);
        current = task;
        running.set(true);
        lastState.set(Worker.State.SCHEDULED);
        message.bind(task.messageProperty());
        progress.bind(task.progressProperty());
        long start = System.nanoTime();
        task.setOnSucceeded(e -> accept(task, paths, start));
        task.setOnCancelled(e -> finish(task, () -> {
            sink.discard();
            message.set(Texts.get("flowsui.load.cancelled"));
        }));
        task.setOnFailed(e -> finish(task, () -> {
            sink.discard();
            Throwable ex = task.getException();
            String why = ex == null ? "unknown error" : ex.getMessage() != null ? ex.getMessage() : ex.toString();
            issues.add(new LoadIssue(Severity.ERROR, org.citytwin.model.IssueCategory.FILE, names(paths), 0, 0, null,
                    org.citytwin.model.IssueMessage.of("flowsui.load.failedIssue", why)));
            message.set(Texts.get("flowsui.load.failed", names(paths), why));
        }));
        executor.execute(task);
        return task;
    }

    /** Cancels the running load, if any; the worker stops at its next cancel check. */
    public void cancel() {
        if (current != null) current.cancel();
    }

    private void finish(Task<LoadResult> task, Runnable then) {
        message.unbind();
        progress.unbind();
        progress.set(0);
        current = null;
        then.run();
        lastState.set(task.getState());
        running.set(false);
    }

    /** A read load: issues now, then the sink shows it; the load ends (running false) once all of it is shown. */
    private void accept(Task<LoadResult> task, List<Path> paths, long startNanos) {
        message.unbind();
        progress.unbind();
        progress.set(0);
        current = null;
        LoadResult result = task.getValue();
        int errors = 0;
        for (CityFile f : result.files()) {
            issues.addAll(f.issues());
            errors += (int) f.issues().stream().filter(i -> i.severity() == Severity.ERROR).count();
        }
        int errorCount = errors;
        Runnable done = () -> {
            shown(result, paths, startNanos, errorCount);
            lastState.set(task.getState());
            running.set(false);
        };
        if (result.meshes().isEmpty()) {
            sink.discard();
            done.run();
            return;
        }
        message.set(Texts.get("flowsui.load.showing", names(paths)));
        sink.accept(result, done);
    }

    private void shown(LoadResult result, List<Path> paths, long startNanos, int errors) {
        if (!result.meshes().isEmpty()) {
            loadedNames.add(names(paths));
            paths.forEach(p -> {
                if (!loadedPaths.contains(p)) loadedPaths.add(p);
            });
            loadedName.set(String.join(", ", loadedNames));
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        message.set(result.meshes().isEmpty()
                ? Texts.get("flowsui.load.nothing", names(paths), errors > 0 ? 1 : 0)
                : Texts.get("flowsui.load.done", result.files().size(),
                        result.triangleCount(), seconds, errors > 0 ? 1 : 0, errors));
    }

    /** Short human name for a list of paths: "a.gml", "a.gml, b.gml" or "a.gml +4 more". */
    static String names(List<Path> paths) {
        String first = paths.get(0).getFileName() == null ? paths.get(0).toString() : paths.get(0).getFileName().toString();
        if (paths.size() == 1) return first;
        if (paths.size() == 2) return first + ", " + paths.get(1).getFileName();
        return first + " +" + (paths.size() - 1) + " more";
    }

    /** The background work: wires the loader's progress and our cancel token into the Task. */
    private static final class LoadTask extends Task<LoadResult> {
        private final Loader loader;
        private final List<Path> paths;
        private final Sink sink;
        private final CancelToken token = new CancelToken();

        LoadTask(Loader loader, List<Path> paths, Sink sink) {
            this.loader = loader;
            this.paths = paths;
            this.sink = sink;
        }

        @Override
        protected LoadResult call() {
            updateMessage(Texts.get("flowsui.load.loading", names(paths)));
            updateProgress(-1, 1);
            // Task coalesces these updates into one FX-thread refresh per pulse; the pacer keeps bar and message to
            // two steps a second
            ProgressPacer pacer = new ProgressPacer(ProgressPacer.DEFAULT_INTERVAL_NANOS);
            return loader.load(paths, (msg, done, total) -> {
                // the message names the files in flight with their percentages: it is paced with the bar; a step
                // left out is never missing for long, the next one names every file then in flight
                boolean due = pacer.due(System.nanoTime(), done, total);
                if (msg != null && due) updateMessage(msg);
                if (total > 0 && due) updateProgress(done, total);
            }, token, new TileStream() {
                @Override
                public void fileTiles(CityFile file, List<TileMesh> meshes) {
                    javafx.application.Platform.runLater(() -> {
                        if (!isCancelled()) sink.tiles(file, meshes); // a cancelled load's late files are not shown
                    });
                }

                @Override
                public void previewTiles(String file, List<TileMesh> meshes, org.citytwin.model.Envelope bounds) {
                    javafx.application.Platform.runLater(() -> {
                        if (!isCancelled()) sink.previewTiles(file, meshes, bounds);
                    });
                }
            });
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            // Cancel the Task first, then the token: the other order lets the worker throw before the Task is
            // marked cancelled, and the load would end as FAILED. No interrupt: an interrupted NIO read would
            // close the file under the reader; the token stops it.
            boolean cancelled = super.cancel(false);
            token.cancel();
            return cancelled;
        }
    }
}
