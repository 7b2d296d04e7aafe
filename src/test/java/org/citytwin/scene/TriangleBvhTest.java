package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TriangleBvhTest {

    @Test
    void findsTheNearestOfManyTrianglesLikeABruteForceScan() {
        Random random = new Random(7);
        int n = 2000;
        float[] p = new float[n * 9];
        int[] t = new int[n * 3];
        for (int f = 0; f < n; f++) {
            double cx = random.nextDouble() * 100, cy = random.nextDouble() * 100, cz = random.nextDouble() * 30;
            for (int v = 0; v < 3; v++) {
                p[9 * f + 3 * v] = (float) (cx + random.nextDouble() * 4 - 2);
                p[9 * f + 3 * v + 1] = (float) (cy + random.nextDouble() * 4 - 2);
                p[9 * f + 3 * v + 2] = (float) (cz + random.nextDouble() * 4 - 2);
                t[3 * f + v] = 3 * f + v;
            }
        }
        TriangleBvh bvh = new TriangleBvh(p, t);
        int hits = 0;
        for (int r = 0; r < 300; r++) {
            double ox = random.nextDouble() * 100, oy = random.nextDouble() * 100;
            double dx = random.nextDouble() - 0.5, dy = random.nextDouble() - 0.5, dz = -1;
            TriangleBvh.Hit fast = bvh.intersect(ox, oy, 100, dx, dy, dz, Double.POSITIVE_INFINITY);
            TriangleBvh.Hit slow = bruteForce(p, t, ox, oy, 100, dx, dy, dz);
            if (slow == null) {
                assertThat(fast).isNull();
            } else {
                hits++;
                assertThat(fast).isNotNull();
                assertThat(fast.t()).isCloseTo(slow.t(), org.assertj.core.data.Offset.offset(1e-9));
            }
        }
        assertThat(hits).as("the random rays hit something often").isGreaterThan(20);
        assertThat(bvh.nodeCount()).isGreaterThan(100);
    }

    @Test
    void anEmptyMeshHitsNothing() {
        assertThat(new TriangleBvh(new float[0], new int[0]).intersect(0, 0, 0, 0, 0, -1, 1e9)).isNull();
    }

    private static TriangleBvh.Hit bruteForce(float[] p, int[] t, double ox, double oy, double oz, double dx, double dy, double dz) {
        TriangleBvh.Hit best = null;
        for (int f = 0; f < t.length / 3; f++) {
            TriangleBvh single = new TriangleBvh(p, new int[] {t[3 * f], t[3 * f + 1], t[3 * f + 2]});
            TriangleBvh.Hit h = single.intersect(ox, oy, oz, dx, dy, dz, Double.POSITIVE_INFINITY);
            if (h != null && (best == null || h.t() < best.t())) best = new TriangleBvh.Hit(f, h.t());
        }
        return best;
    }
}
