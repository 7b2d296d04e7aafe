package org.citytwin.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountingGateTest {

    /** A gate from (0,0) to (0,10), pointing north: forward is walking east. */
    private final CountingGate gate = new CountingGate("g", 0, 0, 0, 10);

    @Test
    void countsEachDirectionPerMinute() {
        FlowStore store = new FlowStore();
        // three walk east through the gate at t = 30 s, 50 s and 70 s; one walks west at 90 s
        walk(store, "e1", 29_000, -1, 31_000, 1, 5);
        walk(store, "e2", 49_000, -1, 51_000, 1, 2);
        walk(store, "e3", 69_000, -1, 71_000, 1, 8);
        walk(store, "w1", 89_000, 1, 91_000, -1, 5);
        // passes beside the gate (y = 12): not a crossing
        walk(store, "beside", 40_000, -1, 42_000, 1, 12);

        replay(store, 0, 120_000, 100);

        assertThat(gate.forwardTotal()).isEqualTo(3);
        assertThat(gate.backwardTotal()).isEqualTo(1);
        assertThat(gate.perMinute()).containsExactly(
                new CountingGate.MinuteCount(0, 2, 0),
                new CountingGate.MinuteCount(60_000, 1, 1));
    }

    @Test
    void scrubbingBackDoesNotCount() {
        FlowStore store = new FlowStore();
        walk(store, "e1", 0, -10, 10_000, 10, 5);
        AgentFrame f = new AgentFrame();

        gate.update(store.frameAt(1_000, f)); // x = -8
        gate.update(store.frameAt(9_000, f)); // x = 8: one crossing
        gate.update(store.frameAt(1_000, f)); // jump back to x = -8
        gate.update(store.frameAt(2_000, f)); // -6

        assertThat(gate.forwardTotal()).isEqualTo(1);
        assertThat(gate.backwardTotal()).isZero();
    }

    @Test
    void elevationBandIgnoresTheFloorBelow() {
        CountingGate street = new CountingGate("street", 0, 0, 0, 10, -1, 3);
        FlowStore store = new FlowStore();
        store.accept(new FlowSample("below", 0, -1, 5, -15));
        store.accept(new FlowSample("below", 2000, 1, 5, -15));
        store.accept(new FlowSample("above", 0, -1, 5, 0));
        store.accept(new FlowSample("above", 2000, 1, 5, 0));
        AgentFrame f = new AgentFrame();

        for (long t = 0; t <= 2000; t += 100) street.update(store.frameAt(t, f));

        assertThat(street.forwardTotal()).isEqualTo(1);
        assertThat(List.of(street.perMinute().get(0).forward())).containsExactly(1);
    }

    private static void walk(FlowStore store, String id, long t0, double x0, long t1, double x1, double y) {
        store.accept(new FlowSample(id, t0, x0, y, 0));
        store.accept(new FlowSample(id, t1, x1, y, 0));
    }

    private void replay(FlowStore store, long from, long to, long step) {
        AgentFrame f = new AgentFrame();
        for (long t = from; t <= to; t += step) gate.update(store.frameAt(t, f));
    }
}
