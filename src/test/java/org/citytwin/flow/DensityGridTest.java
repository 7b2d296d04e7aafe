package org.citytwin.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citytwin.model.Envelope;
import org.junit.jupiter.api.Test;

class DensityGridTest {

    private static final FlowLevels STATION = new FlowLevels(new double[] {0, -15, 6},
            List.of("street", "concourse", "bridge"), 0.5);

    @Test
    void levelsFollowFloorElevations() {
        assertThat(STATION.count()).isEqualTo(3);
        assertThat(STATION.name(STATION.levelOf(-14.2))).isEqualTo("concourse");
        assertThat(STATION.name(STATION.levelOf(-20))).isEqualTo("concourse");
        assertThat(STATION.name(STATION.levelOf(-0.3))).isEqualTo("street");
        assertThat(STATION.name(STATION.levelOf(1.7))).isEqualTo("street");
        assertThat(STATION.name(STATION.levelOf(6.1))).isEqualTo("bridge");
    }

    @Test
    void anAgentBelowTheStreetCountsOnTheConcourse() {
        DensityGrid grid = new DensityGrid(0, 0, 2, 5, 5, STATION);
        int street = STATION.levelOf(0);
        int concourse = STATION.levelOf(-15);

        grid.add(3, 3, -15); // under the road, same x/y
        grid.add(3.5, 2.5, 0.1);
        grid.add(2.1, 3.9, 0.0);
        grid.add(11, 3, 0); // east of the grid

        assertThat(grid.count(concourse, 1, 1)).isEqualTo(1);
        assertThat(grid.count(street, 1, 1)).isEqualTo(2);
        assertThat(grid.density(street, 1, 1)).isEqualTo(0.5); // 2 people on 4 m²
        assertThat(grid.outside()).isEqualTo(1);
    }

    @Test
    void framesAreAveraged() {
        FlowStore store = new FlowStore();
        store.accept(new FlowSample("a", 0, 0.5, 0.5, 0));
        store.accept(new FlowSample("a", 1000, 0.5, 0.5, 0));
        store.accept(new FlowSample("b", 500, 0.5, 0.5, 0));
        store.accept(new FlowSample("b", 1000, 0.5, 0.5, 0));
        DensityGrid grid = new DensityGrid(0, 0, 1, 1, 1, FlowLevels.single());
        AgentFrame f = new AgentFrame();

        for (long t = 0; t < 1000; t += 250) grid.addFrame(store.frameAt(t, f)); // a: 4 frames, b: 2

        assertThat(grid.frames()).isEqualTo(4);
        assertThat(grid.density(0, 0, 0)).isEqualTo(1.5);
        assertThat(grid.maxDensity(0)).isEqualTo(1.5);
        grid.clear();
        assertThat(grid.count(0, 0, 0)).isZero();
    }

    @Test
    void coveringIncludesTheMaximumEdge() {
        DensityGrid grid = DensityGrid.covering(Envelope.of(0, 0, 0, 10, 3, 0), 2, FlowLevels.single());
        assertThat(grid.cols()).isEqualTo(6);
        assertThat(grid.rows()).isEqualTo(2);
        grid.add(10, 3, 0);
        assertThat(grid.count(0, 5, 1)).isEqualTo(1);
    }
}
