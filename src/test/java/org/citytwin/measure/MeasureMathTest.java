package org.citytwin.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureMathTest {
    static final double E = 1e-9;

    @Test
    void polylineLengthsAndVerticalDifference() {
        List<double[]> p = List.of(new double[] {0, 0, 0}, new double[] {3, 4, 12}, new double[] {3, 4, 2});
        assertThat(MeasureMath.length3d(p)).isCloseTo(13 + 10, within(E));
        assertThat(MeasureMath.horizontalLength(p)).isCloseTo(5, within(E));
        assertThat(MeasureMath.verticalDifference(p)).isCloseTo(2, within(E));
        assertThat(MeasureMath.verticalDifference(List.of(new double[] {1, 1, 5}))).isZero();
    }

    @Test
    void shoelaceAreaIgnoresHeightWindingAndFarOrigins() {
        double ox = -5_432.1, oy = -51_234.5; // Haneda-like local coordinates, tens of km from the frame origin
        List<double[]> ccw = List.of(new double[] {ox, oy, 0}, new double[] {ox + 20, oy, 3},
                new double[] {ox + 20, oy + 10, 9}, new double[] {ox, oy + 10, 1});
        assertThat(MeasureMath.area(ccw)).isCloseTo(200, within(1e-6));
        assertThat(MeasureMath.area(reversed(ccw))).isCloseTo(200, within(1e-6));
        assertThat(MeasureMath.perimeter(ccw)).isCloseTo(60, within(1e-9));
        // an L shape: 10x10 minus a 5x5 corner
        List<double[]> l = List.of(new double[] {0, 0, 0}, new double[] {10, 0, 0}, new double[] {10, 5, 0},
                new double[] {5, 5, 0}, new double[] {5, 10, 0}, new double[] {0, 10, 0});
        assertThat(MeasureMath.area(l)).isCloseTo(75, within(E));
        assertThat(MeasureMath.area(l.subList(0, 2))).isZero();
    }

    @Test
    void snapsToTheNearestCornerWithinTolerance() {
        double[][] tri = {{0, 0, 10}, {10, 0, 10}, {0, 10, 10}};
        assertThat(VertexSnap.nearest(new double[] {0.2, 0.1, 10}, tri, null)).isEqualTo(0);
        assertThat(VertexSnap.nearest(new double[] {9.8, 0.1, 10}, tri, null)).isEqualTo(1);
        assertThat(VertexSnap.nearest(new double[] {3, 3, 10}, tri, null)).isEqualTo(-1);
        // 0.45 m away but looked at along a line of sight passing 0.1 m from the corner: snaps
        double[] hit = {0.45, 0, 10};
        double[] eye = {0.45 - 0.35 * 100, 0, 10 + 100}; // grazing view from the -x side
        assertThat(VertexSnap.nearest(hit, tri, null)).isEqualTo(-1);
        assertThat(VertexSnap.nearest(hit, tri, eye)).isEqualTo(0);
    }

    @Test
    void measurementValuesAndText() {
        Measurement d = Measurement.start(1, MeasureTool.DISTANCE).with(new double[] {0, 0, 0});
        assertThat(d.isComplete()).isFalse();
        d = d.with(new double[] {6, 8, 0});
        assertThat(d.isComplete()).isTrue();
        assertThat(d.summary()).isEqualTo("#1 Distance: length 10.00 m, horizontal 10.00 m, vertical 0.00 m");
        assertThat(d.copyText()).contains("6.000\t8.000\t0.000");

        Measurement h = Measurement.height(2, new double[] {1, 2, 31.5}, 3.25, true);
        assertThat(h.heightAboveGround()).isCloseTo(28.25, within(E));
        assertThat(h.values()).containsEntry("ground z", 3.25);
        assertThat(Measurement.height(3, new double[] {1, 2, 31.5}, 0, false).summary()).contains("lowest base");

        Measurement a = Measurement.start(4, MeasureTool.AREA);
        for (double[] p : new double[][] {{0, 0, 0}, {4, 0, 0}, {4, 3, 0}}) a = a.with(p);
        assertThat(a.values()).containsEntry("area", 6.0).containsEntry("perimeter", 12.0);
        assertThat(a.summary()).contains("area 6.00 m²");
    }

    private static List<double[]> reversed(List<double[]> p) {
        List<double[]> r = new java.util.ArrayList<>(p);
        java.util.Collections.reverse(r);
        return r;
    }
}
