package org.citytwin.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Progress of several files read at once: total bytes done, and a message naming the files in flight with
 * their own percentage ("Reading a.gml 40%, b.gml 10%"). Thread-safe; reports to one {@link LoadProgress}.
 */
final class FileProgress {

    private final LoadProgress target;
    private final long total;
    private final Map<String, long[]> inFlight = new LinkedHashMap<>();
    private long finished;

    FileProgress(LoadProgress target, long total) {
        this.target = target;
        this.total = total;
    }

    synchronized void started(String name, long size) {
        inFlight.put(name, new long[] {0, Math.max(1, size)});
        report();
    }

    synchronized void read(String name, long bytes) {
        long[] state = inFlight.get(name);
        if (state != null) state[0] = Math.min(bytes, state[1]);
        report();
    }

    synchronized void finished(String name, long size) {
        inFlight.remove(name);
        finished += size;
        report();
    }

    synchronized void message(String text) {
        target.update(text, done(), total);
    }

    private long done() {
        long sum = finished;
        for (long[] state : inFlight.values()) sum += state[0];
        return sum;
    }

    private void report() {
        StringBuilder message = new StringBuilder(inFlight.isEmpty() ? "Read" : "Reading");
        String separator = " ";
        for (Map.Entry<String, long[]> e : inFlight.entrySet()) {
            message.append(separator).append(e.getKey()).append(' ').append(e.getValue()[0] * 100 / e.getValue()[1]).append('%');
            separator = ", ";
        }
        target.update(message.toString(), done(), total);
    }
}
