package org.citytwin.flow.feed;

/** A feed message that cannot be decoded; the message says what was expected where. */
public final class MalformedMessageException extends Exception {
    public MalformedMessageException(String message) {
        super(message);
    }

    public MalformedMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
