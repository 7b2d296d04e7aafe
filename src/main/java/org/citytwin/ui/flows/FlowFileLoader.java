package org.citytwin.ui.flows;

import org.citytwin.text.Texts;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.citytwin.flow.read.FlowFileReader;
import org.citytwin.flow.read.FlowFormat;
import org.citytwin.flow.read.FlowFormatDetector;
import org.citytwin.flow.read.FlowReadException;
import org.citytwin.flow.read.FlowReadOptions;
import org.citytwin.flow.read.FlowReadReport;

/**
 * Opens recorded flow files: detects the format from the content, asks for frame rate / units / placement when the
 * file is lab trajectory text, reads it in the background into the flow store, then tells the flows controller.
 * The outcome (counts, skipped records with their lines, or the error naming file and line) is one message.
 */
public final class FlowFileLoader {
    private final FlowsController flows;
    private final Executor executor;
    private Supplier<FlowFileReader> readers;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Function<Path, FlowReadOptions> labOptions = p -> FlowReadOptions.DEFAULTS;
    private Runnable afterRead = () -> { };

    /** @param readers gives the reader for the scene's current frame (a city loaded later may have fixed it) */
    public FlowFileLoader(FlowsController flows, Executor executor, Supplier<FlowFileReader> readers) {
        this.flows = flows;
        this.executor = executor;
        this.readers = readers;
    }

    /** Where readers come from (the app shares the city loader's frame with them). */
    public void setReaders(Supplier<FlowFileReader> readers) { this.readers = readers; }
    /** Asks the user how to place lab trajectories (null answer = cancel); defaults when not set. */
    public void setLabOptions(Function<Path, FlowReadOptions> ask) { labOptions = ask; }
    /** Runs on the FX thread after every successful read (e.g. share the frame with the city loader). */
    public void setAfterRead(Runnable r) { afterRead = r; }
    /** The last read's outcome, one line. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** True for files that are flows by name ({@link org.citytwin.flow.FlowFileTypes}); folders and .gml/.xml are cities. */
    public static boolean isFlowFile(Path p) {
        return org.citytwin.flow.FlowFileTypes.isFlowFile(p);
    }

    /** Reads the files one after another (FX thread call; reading happens on the executor). Returns the task. */
    public Task<List<FlowReadReport>> load(List<Path> files) {
        java.util.List<FlowReadOptions> options = new java.util.ArrayList<>();
        java.util.List<Path> accepted = new java.util.ArrayList<>();
        java.util.List<String> refused = new java.util.ArrayList<>();
        java.util.List<String> relative = new java.util.ArrayList<>();
        for (Path f : files) {
            FlowReadOptions o = FlowReadOptions.DEFAULTS;
            try {
                if (FlowFormatDetector.detect(f) == FlowFormat.TRAJECTORY_TEXT) o = labOptions.apply(f);
            } catch (FlowReadException e) {
                refused.add(e.getMessage());
                continue;
            }
            if (o == null) continue; // the user cancelled
            options.add(o);
            accepted.add(f);
            if (isUntimedLab(f, o)) relative.add(f.getFileName().toString());
        }
        FlowFileReader reader = readers.get();
        java.util.List<Read> reads = new java.util.ArrayList<>();
        for (int i = 0; i < accepted.size(); i++) {
            Path f = accepted.get(i);
            FlowReadOptions o = options.get(i);
            reads.add(() -> reader.read(f, o, flows.store()));
        }
        if (!refused.isEmpty()) message.set(String.join("; ", refused));
        return run(accepted, reads, refused, relative);
    }

    /** Lab trajectories count frames: without a start time chosen, frame 0 is not an instant but t = 0. */
    private static boolean isUntimedLab(Path f, FlowReadOptions o) {
        try {
            return o.startMillis() == 0 && FlowFormatDetector.detect(f) == FlowFormat.TRAJECTORY_TEXT;
        } catch (FlowReadException e) {
            return false;
        }
    }

    /** Reads a delimited text file with the columns the user mapped (File → Import delimited text…). FX thread. */
    public Task<List<FlowReadReport>> load(Path file, org.citytwin.flow.read.ColumnMapping mapping) {
        FlowFileReader reader = readers.get();
        return run(List.of(file), List.of(() -> reader.read(file, mapping, flows.store())), List.of(), List.of());
    }

    /** One file's read, on the worker. */
    private interface Read {
        FlowReadReport read() throws FlowReadException;
    }

    /**
     * @param refused  messages of files refused before reading (not flow files), shown with the outcome
     * @param relative sources read without absolute time (lab frames from t = 0)
     */
    private Task<List<FlowReadReport>> run(List<Path> files, List<Read> reads, List<String> refused, List<String> relative) {
        // one file's refusal is that file's message; the files after it are still read
        List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>(refused);
        Task<List<FlowReadReport>> task = new Task<>() {
            @Override
            protected List<FlowReadReport> call() {
                java.util.List<FlowReadReport> reports = new java.util.ArrayList<>();
                for (int i = 0; i < reads.size(); i++) {
                    updateMessage(Texts.get("flowsui.loader.reading", String.valueOf(files.get(i).getFileName())));
                    updateProgress(i, reads.size());
                    try {
                        reports.add(reads.get(i).read());
                    } catch (FlowReadException e) {
                        errors.add(e.getMessage());
                    } catch (Exception | StackOverflowError e) {
                        errors.add(new FlowReadException(files.get(i), 0,
                                org.citytwin.model.IssueMessage.of("flowread.unexpected"), e).getMessage());
                    }
                }
                return reports;
            }
        };
        task.setOnSucceeded(e -> {
            relative.forEach(flows::addRelativeSource);
            flows.recordingAdded();
            afterRead.run();
            java.util.List<String> lines = new java.util.ArrayList<>();
            task.getValue().forEach(r -> lines.add(summary(r)));
            lines.addAll(errors);
            String anchored = flows.takeAnchorNote();
            if (!anchored.isEmpty()) lines.add(anchored);
            message.set(String.join("; ", lines));
        });
        task.setOnFailed(e -> {
            relative.forEach(flows::addRelativeSource);
            flows.recordingAdded(); // files read before the failing one stay
            message.set(Texts.get("flowsui.loader.failed"));
        });
        if (!reads.isEmpty()) executor.execute(task);
        return task;
    }

    /** One file's outcome for the status line, in the current language. */
    static String summary(FlowReadReport r) {
        String s = Texts.get("flowsui.loader.summary", String.valueOf(r.file().getFileName()), r.format().displayName(),
                r.movingFeatures(), r.samples());
        if (r.skipped() > 0) {
            s += r.problems().isEmpty() ? Texts.get("flowsui.loader.skipped", r.skipped())
                    : Texts.get("flowsui.loader.skippedFirst", r.skipped(), r.problems().get(0).displayText());
        }
        if (r.outOfOrderTimes() > 0 || r.duplicateTimes() > 0) {
            s += Texts.get("flowsui.loader.times", r.outOfOrderTimes(), r.duplicateTimes());
        }
        return s;
    }
}
