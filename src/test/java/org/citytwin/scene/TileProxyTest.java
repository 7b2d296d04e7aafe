package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;
import org.junit.jupiter.api.Test;

/** The far tiles' stand-in: one outward-facing box per object with triangles, faces still naming their object. */
class TileProxyTest {

    /** Two buildings as loose triangles (a slanted roof and a wall), and a third object with none. */
    static TileMesh tile() {
        float[] p = {
                0, 0, 0, 10, 0, 0, 10, 6, 12, // object 0: spans x 0..10, y 0..6, z 0..12
                20, 5, 1, 24, 9, 1, 22, 7, 30, // object 1: spans x 20..24, y 5..9, z 1..30
        };
        int[] tri = {0, 1, 2, 3, 4, 5};
        return new TileMesh(FeatureKind.BUILDING, 0, 0, p, tri, new int[] {0, 1}, List.of("a", "b", "c"));
    }

    @Test
    void oneBoxPerObjectSpanningItsTrianglesAndKeepingItsIndex() {
        TileMesh boxes = TileProxy.boxes(tile());

        assertThat(boxes.triangleCount()).isEqualTo(2 * TileProxy.TRIANGLES_PER_BOX);
        assertThat(boxes.objectIds()).containsExactly("a", "b", "c");
        assertThat(boxes.faceObject()).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        float[] q = boxes.points();
        assertThat(q).hasSize(2 * 8 * 3);
        // box 1: bottom corners SW, SE, NE, NW at z 1, then the same at z 30
        assertThat(java.util.Arrays.copyOfRange(q, 24, 48)).containsExactly(
                20, 5, 1, 24, 5, 1, 24, 9, 1, 20, 9, 1, 20, 5, 30, 24, 5, 30, 24, 9, 30, 20, 9, 30);
        assertThat(java.util.Arrays.copyOfRange(q, 0, 3)).containsExactly(0, 0, 0);
        assertThat(java.util.Arrays.copyOfRange(q, 18, 21)).containsExactly(10, 6, 12);
    }

    @Test
    void everyFaceTurnsOutwardAndNoneLiesAtTheBottom() {
        TileMesh boxes = TileProxy.boxes(tile());
        float[] q = boxes.points();
        int[] t = boxes.triangles();
        int up = 0, down = 0;
        for (int f = 0; f < boxes.triangleCount(); f++) {
            int box = boxes.faceObject()[f];
            double[] a = point(q, t[3 * f]), b = point(q, t[3 * f + 1]), c = point(q, t[3 * f + 2]);
            double[] n = cross(sub(b, a), sub(c, a));
            double[] centre = box == 0 ? new double[] {5, 3, 6} : new double[] {22, 7, 15.5};
            double[] mid = {(a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3, (a[2] + b[2] + c[2]) / 3};
            assertThat(dot(n, sub(mid, centre))).as("face %d points away from its box centre", f).isPositive();
            if (n[2] > 0) up++;
            if (n[2] < 0) down++;
        }
        assertThat(up).as("two top triangles per box").isEqualTo(4);
        assertThat(down).as("no bottom").isZero();
    }

    private static double[] point(float[] p, int i) {
        return new double[] {p[3 * i], p[3 * i + 1], p[3 * i + 2]};
    }

    private static double[] sub(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
