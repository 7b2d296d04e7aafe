package org.citytwin.flow.feed;

import java.util.List;
import org.citytwin.flow.FlowObservation;
import org.citytwin.flow.FlowSample;

/** What one message decoded to; a message is delivered whole or not at all. */
record Decoded(List<FlowSample> samples, List<FlowObservation> observations) {

    /** The newest sample or observation time in the message (for the latency read-out), or Long.MIN_VALUE. */
    long newestTime() {
        long t = Long.MIN_VALUE;
        for (FlowSample s : samples) t = Math.max(t, s.timeMillis());
        for (FlowObservation o : observations) t = Math.max(t, o.endMillis());
        return t;
    }
}
