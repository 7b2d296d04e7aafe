package org.citytwin.pipeline;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.citytwin.text.Texts;

/** One cancel flag seen by every stage of a piece of work (a load, a study, a shadow run...). */
public final class CancelToken {

    /** The work a token cancels: its cancellation says which, so a cancelled study does not read "Loading". */
    public enum Work { LOAD, STUDY, SHADOWS, CLEARANCE }

    private final Work work;
    private volatile boolean cancelled;

    /** A token of a load. */
    public CancelToken() {
        this(Work.LOAD);
    }

    public CancelToken(Work work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    public Work work() {
        return work;
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws CancellationException when cancel() was called; stages call this between units of work. */
    public void throwIfCancelled() {
        if (cancelled) throw new CancellationException(message());
    }

    /** "Loading was cancelled", "The shadow study was cancelled"...: in the current language. */
    public String message() {
        return Texts.get(switch (work) {
            case LOAD -> "cancel.load";
            case STUDY -> "cancel.study";
            case SHADOWS -> "cancel.shadows";
            case CLEARANCE -> "cancel.clearance";
        });
    }
}
