package org.citytwin.pipeline.utility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.citytwin.model.MeshPart;
import org.junit.jupiter.api.Test;

class TubeSweepTest {

    @Test
    void straightTubeHasItsRadiusAllAlong() {
        MeshPart tube = TubeSweep.sweep(new double[] {0, 0, -1, 10, 0, -1}, 0.25);
        double[] v = tube.vertices();
        for (int i = 0; i < v.length; i += 3) {
            // every vertex is on the mantle (radius 0.25 around the x axis at z = -1) or a cap centre
            double r = Math.hypot(v[i + 1], v[i + 2] + 1);
            assertThat(r == 0 || Math.abs(r - 0.25) < 1e-9).as("radius " + r).isTrue();
        }
        assertThat(tube.triangleCount()).isEqualTo(TubeSweep.SIDES * 2 + TubeSweep.SIDES * 2);
        assertClosed(tube);
    }

    @Test
    void mitredJointKeepsTheCrossSectionOnBothLegs() {
        // an L-shaped line: along x, then along y; the joint ring lies in the 45° bisecting plane
        MeshPart tube = TubeSweep.sweep(new double[] {0, 0, 0, 5, 0, 0, 5, 5, 0}, 0.1);
        double[] v = tube.vertices();
        for (int i = 0; i < v.length; i += 3) {
            double x = v[i], y = v[i + 1], z = v[i + 2];
            double toFirstLeg = Math.hypot(y, z);
            double toSecondLeg = Math.hypot(x - 5, z);
            // each vertex is at radius distance from at least one leg's axis (a cap centre is on the axis)
            double d = Math.min(Math.abs(toFirstLeg - 0.1), Math.abs(toSecondLeg - 0.1));
            assertThat(Math.min(d, Math.min(toFirstLeg, toSecondLeg))).isLessThan(1e-9);
        }
        assertClosed(tube);
    }

    @Test
    void duplicatePointsAndDegenerateInputAreTolerated() {
        assertThat(TubeSweep.sweep(new double[] {1, 1, 1, 1, 1, 1}, 0.1).isEmpty()).isTrue();
        assertThat(TubeSweep.sweep(new double[] {0, 0, 0, 1, 0, 0}, 0).isEmpty()).isTrue();
        MeshPart tube = TubeSweep.sweep(new double[] {0, 0, 0, 0, 0, 0, 3, 0, 0, 3, 0, 0}, 0.1);
        assertThat(tube.triangleCount()).isEqualTo(TubeSweep.SIDES * 4);
    }

    @Test
    void hairpinStartsAFreshRingInsteadOfASpike() {
        MeshPart tube = TubeSweep.sweep(new double[] {0, 0, 0, 5, 0, 0, 0, 0.5, 0}, 0.1);
        double[] v = tube.vertices();
        for (int i = 0; i < v.length; i += 3) assertThat(v[i]).isLessThan(5.2).isGreaterThan(-0.2);
    }

    @Test
    void shaftsSpanGroundToBottom() {
        MeshPart shaft = ShaftMesh.cylinder(2, 3, -1.5, 2.5, 0.9);
        assertThat(MeshExtent.minZ(shaft)).isEqualTo(-1.5);
        assertThat(MeshExtent.maxZ(shaft)).isEqualTo(2.5);
        assertClosed(shaft);
        MeshPart box = ShaftMesh.box(0, 0, 0, 1, 0.6);
        double[] v = box.vertices();
        for (int i = 0; i < v.length; i += 3) {
            if (v[i] == 0 && v[i + 1] == 0) continue; // cap centres
            assertThat(Math.abs(v[i])).as("x = side / 2").isCloseTo(0.3, within(1e-9));
            assertThat(Math.abs(v[i + 1])).as("y = side / 2").isCloseTo(0.3, within(1e-9));
        }
        assertClosed(box);
    }

    /** Every edge is shared by exactly two triangles, in opposite directions: a closed, consistently wound surface. */
    private static void assertClosed(MeshPart mesh) {
        Map<String, Integer> directed = new HashMap<>();
        int[] t = mesh.triangles();
        for (int k = 0; k < t.length; k += 3) {
            for (int e = 0; e < 3; e++) directed.merge(t[k + e] + ">" + t[k + (e + 1) % 3], 1, Integer::sum);
        }
        directed.forEach((edge, n) -> {
            assertThat(n).as(edge).isEqualTo(1);
            String[] ab = edge.split(">");
            assertThat(directed).as("twin of " + edge).containsKey(ab[1] + ">" + ab[0]);
        });
    }
}
