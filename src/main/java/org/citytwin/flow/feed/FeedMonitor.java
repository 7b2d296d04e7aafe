package org.citytwin.flow.feed;

import org.citytwin.text.Texts;

/** Thread-safe counters behind {@link FeedStatus}: written by network threads, read by the UI once per frame. */
final class FeedMonitor {
    private FeedState state = FeedState.CONNECTING;
    private long received;
    private long malformed;
    private String lastMalformed;
    private String lastError;
    private double latency = Double.NaN;
    private int attempt;
    private long retryIn;
    private long windowStart = System.currentTimeMillis();
    private long windowCount;
    private double rate;

    /** Counts one message and returns its number (from 1). */
    synchronized long received(long now) {
        if (now - windowStart >= 1000) {
            rate = windowCount * 1000.0 / (now - windowStart);
            windowStart = now;
            windowCount = 0;
        }
        windowCount++;
        return ++received;
    }

    synchronized void decoded(double latencyMillis) {
        if (!Double.isNaN(latencyMillis)) latency = latencyMillis;
    }

    synchronized void malformed(long number, String topic, String reason) {
        malformed++;
        lastMalformed = Texts.get("flowfeed.malformed", number, topic, reason);
    }

    synchronized void state(FeedState s) {
        state = s;
        if (s == FeedState.CONNECTED) attempt = 0;
    }

    synchronized void down(String error, int reconnectAttempt, long retryInMillis) {
        state = FeedState.DOWN;
        lastError = error;
        attempt = reconnectAttempt;
        retryIn = retryInMillis;
    }

    synchronized FeedStatus snapshot(long now) {
        double r = now - windowStart > 2000 ? 0 : now - windowStart >= 1000
                ? windowCount * 1000.0 / (now - windowStart) : Math.max(rate, windowCount);
        return new FeedStatus(state, r, latency, received, malformed, lastMalformed, lastError, attempt, retryIn);
    }
}
