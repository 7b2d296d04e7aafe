package org.citytwin.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.citytwin.model.CityFile;
import org.citytwin.model.Envelope;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.IssueMessage;
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
        LoadIssue issue = new LoadIssue(Severity.ERROR, IssueCategory.FILE, path, 0, 0, null, reason(t));
        return new CityFile(path, null, null, null, List.of(), Map.of(), new TreeSet<>(), new Envelope(), List.of(issue));
    }

    private static IssueMessage reason(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        if (root instanceof StackOverflowError) return IssueMessage.of("issues.failure.nested");
        if (root instanceof OutOfMemoryError) return IssueMessage.of("issues.failure.memory");
        String detail = root.getMessage();
        return detail == null || detail.isBlank() ? IssueMessage.of("issues.failure.internal")
                : IssueMessage.of("issues.failure.internal-detail", detail.strip());
    }
}
