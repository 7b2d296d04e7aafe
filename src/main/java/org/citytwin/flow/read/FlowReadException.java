package org.citytwin.flow.read;

import java.nio.file.Path;

/**
 * A flow file that cannot be read at all: not a moving-feature document, broken syntax, an unknown CRS. The
 * message names the file, the line where known, and what was expected. Nothing already loaded is affected.
 */
public final class FlowReadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    /** @param line 1-based line, 0 when the problem is the file as a whole */
    public FlowReadException(Path file, int line, String problem, Throwable cause) {
        super(file.getFileName() + (line > 0 ? ", line " + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    public FlowReadException(Path file, int line, String problem) {
        this(file, line, problem, null);
    }

    public Path file() {
        return file;
    }

    /** 1-based; 0 when not tied to a line. */
    public int line() {
        return line;
    }
}
