package org.citytwin.pipeline;

/** Receives progress from a load, from any thread. */
@FunctionalInterface
public interface LoadProgress {
    LoadProgress NONE = (message, done, total) -> { };

    /** @param done work units finished (bytes read), total work units (file bytes), message e.g. the current file */
    void update(String message, long done, long total);
}
