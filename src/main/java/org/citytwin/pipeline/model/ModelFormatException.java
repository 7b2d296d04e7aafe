package org.citytwin.pipeline.model;

/** A model file that cannot be used; the message names the file and what is wrong. */
public final class ModelFormatException extends Exception {
    public ModelFormatException(String message) {
        super(message);
    }

    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
