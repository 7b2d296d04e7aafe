package org.citytwin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.junit.jupiter.api.Test;

class GeometryMetricsTest {

    @Test
    void closedBoxGivesHeightFootprintAndVolume() {
        // a 10 × 20 × 5 m box far from the origin, each face its own vertices (as solids come from CityGML)
        double x = 50_000, y = -30_000;
        MeshPart box = box(x, y, 0, x + 10, y + 20, 5);

        GeometryMetrics m = GeometryMetrics.of(box);

        assertThat(m.height()).isCloseTo(5, within(1e-9));
        assertThat(m.footprint()).isCloseTo(200, within(1e-6));
        assertThat(m.volume()).hasValueCloseTo(1000.0, within(1e-6));
    }

    @Test
    void openSurfacesGetNoVolume() {
        MeshPart roofOnly = new MeshPart(new double[] {0, 0, 5, 10, 0, 5, 10, 10, 5}, new int[] {0, 1, 2});

        assertThat(GeometryMetrics.of(roofOnly).volume()).isEmpty();
    }

    @Test
    void niizaLod1BlocksAreClosedPrismsWhoseVolumeIsFootprintTimesHeight() {
        Path niiza = Path.of("sample-citygml/11230_niiza-shi_2020_lod1-full-tile_citygml-osm/udx/bldg/53395404_bldg_6697_op.gml");
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            CityObject block = loader.load(List.of(niiza), LoadProgress.NONE, new CancelToken()).files().get(0).objects().get(0);

            GeometryMetrics m = GeometryMetrics.of(block.meshes().get(1));

            assertThat(m.volume()).isPresent();
            assertThat(m.volume().getAsDouble()).isCloseTo(m.footprint() * m.height(), within(0.01 * m.volume().getAsDouble()));
            assertThat(m.footprint()).isPositive();
        }
    }

    /** A closed box with separate vertices per face, outward windings. */
    private static MeshPart box(double x0, double y0, double z0, double x1, double y1, double z1) {
        double[][] c = {{x0, y0, z0}, {x1, y0, z0}, {x1, y1, z0}, {x0, y1, z0}, {x0, y0, z1}, {x1, y0, z1}, {x1, y1, z1}, {x0, y1, z1}};
        int[][] faces = {{0, 3, 2, 1}, {4, 5, 6, 7}, {0, 1, 5, 4}, {1, 2, 6, 5}, {2, 3, 7, 6}, {3, 0, 4, 7}};
        double[] v = new double[6 * 4 * 3];
        int[] t = new int[6 * 6];
        int vi = 0, ti = 0;
        for (int[] f : faces) {
            int base = vi / 3;
            for (int k : f) {
                v[vi++] = c[k][0];
                v[vi++] = c[k][1];
                v[vi++] = c[k][2];
            }
            for (int k : new int[] {0, 1, 2, 0, 2, 3}) t[ti++] = base + k;
        }
        return new MeshPart(v, t);
    }
}
