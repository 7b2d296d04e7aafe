package org.citytwin.flow.read;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
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

    /** The file could not be read as text at all: missing, not permitted, not UTF-8. */
    static FlowReadException unreadable(Path file, IOException e) {
        String why;
        if (e instanceof CharacterCodingException) {
            why = "the file is not UTF-8 text";
        } else if (e instanceof NoSuchFileException) {
            why = "the file does not exist";
        } else if (e instanceof AccessDeniedException) {
            why = "the file may not be read (permission denied)";
        } else {
            why = "cannot read the file (" + e.getMessage() + ")";
        }
        return new FlowReadException(file, 0, why, e);
    }

    public Path file() {
        return file;
    }

    /** 1-based; 0 when not tied to a line. */
    public int line() {
        return line;
    }
}
