package org.citytwin.pipeline;

import java.util.concurrent.CancellationException;

/** One cancel flag seen by every stage of a load. */
public final class CancelToken {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws CancellationException when cancel() was called; stages call this between units of work. */
    public void throwIfCancelled() {
        if (cancelled) throw new CancellationException("Loading was cancelled");
    }
}
