package org.citytwin.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.citytwin.model.CityFile;
import org.citytwin.model.Envelope;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;

/**
 * The result of a file whose load failed unexpectedly: no objects and one error naming the file, so the rest of
 * the load goes on and `inspect` still prints its report. Reasons are said in plain words, never as Java class names.
 */
final class FileFailure {

    private FileFailure() {
    }

    /** True for failures one file can cause and the process survives: its partial data becomes garbage. */
    static boolean isRecoverable(Throwable t) {
        return t instanceof Exception || t instanceof StackOverflowError || t instanceof OutOfMemoryError;
    }

    static CityFile of(String path, Throwable t) {
        String message = "The file could not be loaded because " + reason(t) + "; nothing of it is shown";
        LoadIssue issue = new LoadIssue(Severity.ERROR, IssueCategory.FILE, path, 0, 0, null, message);
        return new CityFile(path, null, null, null, List.of(), Map.of(), new TreeSet<>(), new Envelope(), List.of(issue));
    }

    private static String reason(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        if (root instanceof StackOverflowError) return "its content is nested too deeply to be processed";
        if (root instanceof OutOfMemoryError) return "processing it needs more memory than the viewer has";
        String detail = root.getMessage();
        return detail == null || detail.isBlank() ? "of an unexpected internal error"
                : "of an unexpected internal error (" + detail.strip() + ")";
    }
}
