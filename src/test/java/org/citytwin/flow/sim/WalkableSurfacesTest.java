package org.citytwin.flow.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citytwin.flow.FlowSample;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Walkable surfaces and the crowd walk on the real Hiroshima underground mall and pedestrian bridge (PLATEAU). */
class WalkableSurfacesTest {
    static final Path HIROSHIMA = Path.of("sample-citygml/hiroshima-underground");
    private static List<CityObject> objects;
    private static WalkableMesh mesh;

    @BeforeAll
    static void load() {
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver(), 2)) {
            LoadResult r = loader.load(List.of(HIROSHIMA.resolve("udx")), LoadProgress.NONE, new CancelToken());
            objects = r.files().stream().flatMap(f -> f.objects().stream()).toList();
        }
        mesh = WalkableSurfaces.of(objects);
    }

    @Test
    void findsTheMallFloorsAndTheBridgeDeckButNotTheMallRoof() {
        assertThat(mesh.levels()).containsExactlyInAnyOrder(WalkableSurfaces.BRIDGE, WalkableSurfaces.UNDERGROUND);
        // B1 concourse about -15 m, B2 about -21 m; the shell's roof at -10 m has no ceiling above and is not walkable
        double[] underground = heights(WalkableSurfaces.UNDERGROUND);
        assertThat(underground[0]).isBetween(-22.0, -20.0);
        assertThat(underground[1]).isLessThan(-11.5);
        assertThat(mesh.area(WalkableSurfaces.UNDERGROUND)).isBetween(1000.0, 4000.0);
        // the deck of the pedestrian bridge, about 7 m up, plus its stair treads
        assertThat(mesh.area(WalkableSurfaces.BRIDGE)).isBetween(100.0, 400.0);
        assertThat(heights(WalkableSurfaces.BRIDGE)[1]).isBetween(6.0, 9.0);
    }

    @Test
    void agentsWalkAtPedestrianSpeedAndStayOnWalkableTrianglesOfTheirLevel() {
        CrowdSimulator sim = new CrowdSimulator(mesh, 150, 7, "a-");
        Map<String, FlowSample> first = new HashMap<>();
        sim.samples(0).forEach(s -> first.put(s.sourceId(), s));
        assertThat(first).hasSize(150);
        long bridge = first.values().stream().filter(s -> s.attributes().get("level").equals("bridge")).count();
        assertThat(bridge).as("the small deck gets people too").isBetween(20L, 130L);
        double dt = 0.5;
        for (int i = 0; i < 240; i++) sim.step(dt); // two minutes
        List<FlowSample> later = sim.samples(120_000);
        for (FlowSample s : later) {
            int t = mesh.find(s.x(), s.y(), s.z(), 0.01);
            assertThat(t).as("%s on a walkable triangle", s.sourceId()).isNotNegative();
            assertThat(mesh.level(t)).isEqualTo(first.get(s.sourceId()).attributes().get("level"));
            assertThat(s.speed()).isBetween(0.0, 1.8);
            FlowSample s0 = first.get(s.sourceId());
            if (s0.attributes().get("level").equals("underground")) {
                // no floor-to-floor jumps underground: the concourses are 6 m apart and stairs are walls here
                assertThat(Math.abs(s.z() - s0.z())).isLessThan(3.0);
            }
        }
        double moved = later.stream().mapToDouble(s -> Math.hypot(s.x() - first.get(s.sourceId()).x(),
                s.y() - first.get(s.sourceId()).y())).average().orElse(0);
        assertThat(moved).as("mean displacement after 2 min of a persistent random walk").isBetween(5.0, 160.0);
        assertThat(later.stream().filter(s -> s.speed() > 0).count()).isGreaterThan(140);
    }

    private static double[] heights(String level) {
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 20_000; i++) {
            double[] p = mesh.randomPoint(r);
            if (!mesh.level((int) p[3]).equals(level)) continue;
            lo = Math.min(lo, p[2]);
            hi = Math.max(hi, p[2]);
        }
        return new double[] {lo, hi};
    }
}
