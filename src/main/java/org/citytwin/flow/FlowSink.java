package org.citytwin.flow;

/**
 * Where recorded readers, live feeds and the simulator deliver what they decode. Implementations must be
 * thread-safe: feeds call them from network threads; the scene drains once per frame.
 */
public interface FlowSink {

    void accept(FlowSample sample);

    void accept(FlowObservation observation);
}
