package org.citytwin.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citytwin.model.Envelope;
import org.junit.jupiter.api.Test;

/** Snapshots frame the densest group of walkers, not the box around places far apart. */
class FlowFocusTest {

    private static FlowStore store(int crowd, int few) {
        List<FlowSample> s = new ArrayList<>();
        for (int i = 0; i < crowd; i++) s.add(new FlowSample("mall-" + i, 0, 10 + i % 10 * 2, 20 + i / 10 * 2, -21, 1, Double.NaN, Map.of()));
        for (int i = 0; i < few; i++) s.add(new FlowSample("bridge-" + i, 0, -780 + i * 3, 200, 6, 1, Double.NaN, Map.of()));
        FlowStore store = new FlowStore();
        store.acceptAll(s);
        return store;
    }

    @Test
    void theCrowdWinsOverAFewWalkers800mAway() {
        AgentFrame f = store(40, 6).frameAt(0, new AgentFrame());
        Envelope e = FlowFocus.densest(f, null);
        assertThat(e.centerX()).isCloseTo(19, within(0.5));
        assertThat(e.centerY()).isCloseTo(23, within(0.5));
        assertThat(e.width()).isBetween(20.0, 40.0);
        assertThat(e.maxZ()).isLessThan(-15);
    }

    @Test
    void onlyWalkersInsideTheCityCountAndNoneGivesNull() {
        AgentFrame f = store(40, 6).frameAt(0, new AgentFrame());
        Envelope bridgeOnly = Envelope.of(-800, 150, -50, -700, 250, 50);
        assertThat(FlowFocus.densest(f, bridgeOnly).centerX()).isCloseTo(-772.5, within(0.5));
        assertThat(FlowFocus.densest(f, Envelope.of(500, 500, 0, 600, 600, 10))).isNull();
    }

    @Test
    void aSingleWalkerGetsTheLeastWidth() {
        AgentFrame f = store(0, 1).frameAt(0, new AgentFrame());
        Envelope e = FlowFocus.densest(f, null);
        assertThat(e.width()).isCloseTo(FlowFocus.MIN_SIZE, within(1e-9));
        assertThat(e.depth()).isCloseTo(FlowFocus.MIN_SIZE, within(1e-9));
    }
}
