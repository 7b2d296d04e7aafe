package org.citytwin.flow.sim;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.citytwin.flow.FlowSink;

/**
 * The in-app "Demo feed": the simulator run in-process on its own daemon thread, delivering the agents' positions
 * at the given rate into a sink (the scene's {@link org.citytwin.flow.FlowBuffer}), on the wall clock like a live
 * feed. Samples carry attribute simulated=true so the UI can label them.
 */
public final class DemoFeed implements AutoCloseable {
    private final CrowdSimulator simulator;
    private final FlowSink sink;
    private final double rate;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "citytwin-demo-feed");
        t.setDaemon(true);
        return t;
    });

    public DemoFeed(WalkableMesh surface, int agents, double rateHz, FlowSink sink) {
        this.simulator = new CrowdSimulator(surface, agents, System.nanoTime(), "demo-");
        this.sink = sink;
        this.rate = rateHz;
    }

    public void start() {
        long period = Math.round(1000 / rate);
        timer.scheduleAtFixedRate(this::tick, 0, period, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        simulator.step(1 / rate);
        long now = System.currentTimeMillis();
        for (var s : simulator.samples(now)) {
            var attributes = new java.util.HashMap<>(s.attributes());
            attributes.put("simulated", "true");
            sink.accept(new org.citytwin.flow.FlowSample(s.sourceId(), s.timeMillis(), s.x(), s.y(), s.z(), s.speed(),
                    s.heading(), attributes));
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
