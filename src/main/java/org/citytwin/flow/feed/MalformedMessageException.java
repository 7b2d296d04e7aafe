package org.citytwin.flow.feed;

import org.citytwin.model.IssueMessage;

/**
 * A feed message that cannot be decoded; the message says what was expected where, as a bundle key with arguments,
 * so the feed status reads in the current language and logs in English.
 */
public final class MalformedMessageException extends Exception {
    private final transient IssueMessage reason;

    /** @param args JSON paths, values and nested {@link IssueMessage} clauses */
    public MalformedMessageException(String key, Object... args) {
        this(null, key, args);
    }

    public MalformedMessageException(Throwable cause, String key, Object... args) {
        super(IssueMessage.of(key, args).english(), cause);
        this.reason = IssueMessage.of(key, args);
    }

    /** The reason in the current language (the exception's message is the English one). */
    public String displayText() {
        return reason.text();
    }
}
