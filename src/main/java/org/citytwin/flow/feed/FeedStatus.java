package org.citytwin.flow.feed;

import org.citytwin.text.Texts;

/**
 * A snapshot of one feed for the status indicator.
 *
 * @param state              connection state
 * @param messagesPerSecond  messages received over the last second
 * @param latencyMillis      receive time minus sample time of the last decoded message; NaN before any
 * @param messagesReceived   all messages, malformed included (message numbers count from 1)
 * @param malformedCount     messages that could not be decoded (skipped)
 * @param lastMalformed      "message N on TOPIC: reason" of the last malformed message, or null
 * @param lastError          last connection error, or null
 * @param reconnectAttempt   current reconnect attempt while down (0 otherwise)
 * @param retryInMillis      delay before the next attempt while down
 */
public record FeedStatus(FeedState state, double messagesPerSecond, double latencyMillis, long messagesReceived,
                         long malformedCount, String lastMalformed, String lastError, int reconnectAttempt,
                         long retryInMillis) {

    /** One line for a status bar. */
    public String summary() {
        StringBuilder s = new StringBuilder(switch (state) {
            case CONNECTING -> Texts.get("flows.feed.connecting");
            case CONNECTED -> Texts.get("flows.feed.connected");
            case DOWN -> reconnectAttempt > 0
                    ? Texts.get("flows.feed.downRetry", reconnectAttempt, retryInMillis / 1000.0) : Texts.get("flows.feed.down");
            case CLOSED -> Texts.get("flows.feed.disconnected");
        });
        if (state == FeedState.CONNECTED || messagesReceived > 0) {
            s.append(" · ").append(Texts.get("flows.feed.rate", messagesPerSecond));
            if (!Double.isNaN(latencyMillis)) s.append(" · ").append(Texts.get("flows.feed.latency", latencyMillis));
        }
        if (malformedCount > 0) s.append(" · ").append(Texts.get("flows.feed.malformed", malformedCount));
        return s.toString();
    }
}
