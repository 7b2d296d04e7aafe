package org.citytwin.flow.read;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.citytwin.geo.UnknownCrsException;
import org.citytwin.model.IssueMessage;

/**
 * A flow file that cannot be read at all: not a moving-feature document, broken syntax, an unknown CRS. The
 * message names the file, the line where known, and what was expected. Nothing already loaded is affected.
 * {@link #getMessage()} is in the current language (dialogs, status line, plain CLI); {@link #englishMessage()}
 * is for JSON and logs.
 */
public final class FlowReadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final transient IssueMessage problem;

    /** @param line 1-based line, 0 when the problem is the file as a whole */
    public FlowReadException(Path file, int line, IssueMessage problem, Throwable cause) {
        super(null, cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public FlowReadException(Path file, int line, IssueMessage problem) {
        this(file, line, problem, null);
    }

    /** The file could not be read as text at all: missing, not permitted, not UTF-8. */
    static FlowReadException unreadable(Path file, IOException e) {
        IssueMessage why;
        if (e instanceof CharacterCodingException) {
            why = IssueMessage.of("flowread.file.notUtf8");
        } else if (e instanceof NoSuchFileException) {
            why = IssueMessage.of("flowread.file.missing");
        } else if (e instanceof AccessDeniedException) {
            why = IssueMessage.of("flowread.file.denied");
        } else {
            why = IssueMessage.of("flowread.file.unreadable", String.valueOf(e.getMessage()));
        }
        return new FlowReadException(file, 0, why, e);
    }

    /** A CRS the file names that cannot be resolved; the srsName is kept as written. */
    static FlowReadException unknownCrs(Path file, int line, UnknownCrsException e) {
        return new FlowReadException(file, line, IssueMessage.of("flowread.crs.unknown", e.srsName(), e.problem()), e);
    }

    /** "file, line N: problem" in the current language. */
    @Override
    public String getMessage() {
        return text().text();
    }

    /** "file, line N: problem" in English whatever the language (JSON, logs). */
    public String englishMessage() {
        return text().english();
    }

    /** The whole message, file and line included, as a bundle key with arguments. */
    public IssueMessage text() {
        String name = String.valueOf(file.getFileName());
        return line > 0 ? IssueMessage.of("flowread.at.line", name, line, problem)
                : IssueMessage.of("flowread.at.file", name, problem);
    }

    /** What is wrong, without the file and line. */
    public IssueMessage problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    /** 1-based; 0 when not tied to a line. */
    public int line() {
        return line;
    }
}
