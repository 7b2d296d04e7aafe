package org.citytwin.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Floors found from agent heights: a concourse 21 m down, a mezzanine with a ramp, the street. */
class FloorFinderTest {

    private static AgentFrame frame(double... zs) {
        FlowStore store = new FlowStore();
        List<FlowSample> samples = new ArrayList<>();
        for (int i = 0; i < zs.length; i++) samples.add(new FlowSample("a" + i, 0, i, 0, zs[i]));
        store.acceptAll(samples);
        return store.frameAt(0, new AgentFrame());
    }

    @Test
    void concourseMezzanineAndStreetAreThreeFloorsAndARampCountsOnItsFloor() {
        // concourse at -20.8 (many), a ramp from -16.6 up to a mezzanine at -14.6 (many), the street at 2.1
        AgentFrame f = frame(-20.8, -20.7, -20.8, -20.6, -16.6, -15.5, -14.6, -14.6, -14.5, -14.6, 2.1, 2.2);
        FlowLevels levels = FloorFinder.of(List.of(f));
        assertThat(levels.count()).isEqualTo(3);
        assertThat(levels.elevation(0)).isCloseTo(-20.8, within(1.0));
        assertThat(levels.elevation(1)).isCloseTo(-14.6, within(1.0));
        assertThat(levels.elevation(2)).isCloseTo(2.1, within(1.0));
        assertThat(levels.levelOf(-16.6)).as("on the ramp: the mezzanine").isEqualTo(1);
        assertThat(levels.levelOf(-20.7)).isEqualTo(0);
        assertThat(levels.levelOf(2.2)).isEqualTo(2);
    }

    @Test
    void noAgentsMeansOneLevel() {
        assertThat(FloorFinder.of(List.of(new AgentFrame())).count()).isEqualTo(1);
    }
}
