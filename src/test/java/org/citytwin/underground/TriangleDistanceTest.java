package org.citytwin.underground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Triangle–triangle distances with known answers: face, edge–edge, piercing, coplanar and degenerate cases. */
class TriangleDistanceTest {

    @Test
    void parallelTrianglesAreTheirPlaneGapApart() {
        double[] a = {0, 0, 0, 4, 0, 0, 0, 4, 0};
        double[] b = {1, 1, 0.7, 2, 1, 0.7, 1, 2, 0.7};
        double[] pa = new double[3], pb = new double[3];
        assertThat(TriangleDistance.distance(a, 0, b, 0, pa, pb)).isCloseTo(0.7, within(1e-12));
        assertThat(pa[2]).isZero();
        assertThat(pb[2]).isEqualTo(0.7);
    }

    @Test
    void skewEdgesMeetAtTheirCommonPerpendicular() {
        double[] a = {-1, 0, 0, 1, 0, 0, 0, -1, -1}; // edge along x at z = 0, body below
        double[] b = {0, -1, 0.5, 0, 1, 0.5, 0, 0, 2}; // edge along y at z = 0.5, body above
        double[] pa = new double[3], pb = new double[3];
        assertThat(TriangleDistance.distance(a, 0, b, 0, pa, pb)).isCloseTo(0.5, within(1e-12));
        assertThat(pa).containsExactly(new double[] {0, 0, 0}, within(1e-12));
        assertThat(pb).containsExactly(new double[] {0, 0, 0.5}, within(1e-12));
    }

    @Test
    void piercingTrianglesAreAtZero() {
        double[] a = {0, 0, 0, 4, 0, 0, 0, 4, 0};
        double[] b = {1, 1, -1, 1, 1, 1, 2, 1, 1};
        assertThat(TriangleDistance.distance(a, b)).isZero();
    }

    @Test
    void coplanarOverlapAndContainmentAreAtZero() {
        double[] big = {0, 0, 0, 10, 0, 0, 0, 10, 0};
        double[] inside = {1, 1, 0, 2, 1, 0, 1, 2, 0};
        double[] crossing = {-1, 1, 0, 3, 1, 0, -1, 2, 0};
        assertThat(TriangleDistance.distance(big, inside)).isZero();
        assertThat(TriangleDistance.distance(big, crossing)).isZero();
    }

    @Test
    void degenerateTrianglesMeasureAsSegmentsAndPoints() {
        double[] floor = {0, 0, 0, 4, 0, 0, 0, 4, 0};
        double[] point = {1, 1, 3, 1, 1, 3, 1, 1, 3};
        double[] sliver = {5, 0, 1, 7, 0, 1, 6, 0, 1}; // collinear corners: a segment from (5,0,1) to (7,0,1)
        assertThat(TriangleDistance.distance(floor, point)).isCloseTo(3, within(1e-12));
        assertThat(TriangleDistance.distance(floor, sliver)).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(TriangleDistance.distance(point, floor)).isCloseTo(3, within(1e-12));
    }
}
