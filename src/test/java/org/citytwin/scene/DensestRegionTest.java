package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citytwin.model.Envelope;
import org.junit.jupiter.api.Test;

class DensestRegionTest {

    @Test
    void picksTheClusterWithTheMostTrianglesNotTheWholeSpread() {
        List<Envelope> parts = List.of(
                Envelope.of(0, 0, 0, 100, 100, 20),            // small town, few triangles
                Envelope.of(20000, 20000, 0, 20400, 20300, 80),  // dense centre
                Envelope.of(21200, 20100, 0, 21500, 20400, 60)); // its neighbour cell
        Envelope focus = DensestRegion.of(parts, new long[] {500, 9000, 4000}, 1000);
        assertThat(focus.minX()).isEqualTo(20000);
        assertThat(focus.maxX()).isEqualTo(21500);
        assertThat(focus.minY()).isEqualTo(20000);
    }

    @Test
    void nothingGivesNull() {
        assertThat(DensestRegion.of(List.of(), new long[0], 1000)).isNull();
    }
}
