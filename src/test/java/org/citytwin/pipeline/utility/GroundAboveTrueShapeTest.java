package org.citytwin.pipeline.utility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.citytwin.model.Attribute;
import org.citytwin.model.MeshPart;
import org.citytwin.model.UtilityInfo;
import org.junit.jupiter.api.Test;

/**
 * A pipe with its LOD0 line at height 0, a stated cover depth, no LOD1 prism and its LOD3 tube at real elevations
 * (about 6 m): the ground lies the cover depth above the tube, so the LOD0 tube is drawn where the LOD3 one is.
 */
class GroundAboveTrueShapeTest {

    /** A box from z0 to z1 along x 0..20 around y = 0. */
    static MeshPart tube(double z0, double z1) {
        double[] v = {0, -0.1, z0, 20, -0.1, z0, 20, 0.1, z0, 0, 0.1, z0, 0, -0.1, z1, 20, -0.1, z1, 20, 0.1, z1, 0, 0.1, z1};
        return new MeshPart(v, new int[] {0, 1, 2, 0, 2, 3, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 3, 2, 6, 3, 6, 7});
    }

    @Test
    void theGroundIsTheStatedDepthAboveTheTrueShapeNotTheHeightZeroOfTheMapLine() {
        List<Attribute> attributes = List.of(new Attribute("uro:depth", "1.2", "m", null, List.of()),
                new Attribute("uro:outerDiamiter", "0.2", "m", null, List.of()));
        PlacedUtility placed = new UtilityPlacer("WaterPipe", attributes, Map.of(3, tube(5.8, 6.0)), null)
                .place(new double[] {0, 0, 0, 20, 0, 0}, null);
        UtilityInfo u = placed.info();
        assertThat(u.groundElevation()).isCloseTo(7.2, within(1e-6));
        assertThat(u.coverDepthM()).isEqualTo(1.2);
        for (int i = 2; i < u.centreLine().length; i += 3) assertThat(u.centreLine()[i]).isCloseTo(5.9, within(1e-6));
    }

    @Test
    void withALod1PrismItsTopStaysTheGround() {
        List<Attribute> attributes = List.of(new Attribute("uro:depth", "1.2", "m", null, List.of()));
        PlacedUtility placed = new UtilityPlacer("WaterPipe", attributes, Map.of(1, tube(0, 2.5), 3, tube(5.8, 6.0)), null)
                .place(new double[] {0, 0, 0, 20, 0, 0}, null);
        assertThat(placed.info().groundElevation()).isCloseTo(2.5, within(1e-6));
    }
}
