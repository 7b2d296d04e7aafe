package org.citytwin.scenario;

/** A project file that cannot be read; the message names the file and what is wrong in it. */
public final class ProjectFormatException extends Exception {
    public ProjectFormatException(String message) {
        super(message);
    }
}
