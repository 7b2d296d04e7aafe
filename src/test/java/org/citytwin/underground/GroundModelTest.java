package org.citytwin.underground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.citytwin.model.CityObject;
import org.citytwin.model.DepthSource;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;
import org.citytwin.model.UtilityInfo;
import org.citytwin.model.UtilityType;
import org.citytwin.pipeline.tile.TileMesh;
import org.junit.jupiter.api.Test;

/** One ground per area: the DEM where loaded, else what the data states, else the plain ground. */
class GroundModelTest {

    /** A generated DEM: 10 m grid over [0, 400] × [0, 400], a slope with a ridge along x = 200. */
    static double demZ(double x, double y) {
        return 20 + 0.05 * x + 0.02 * y + (x > 200 ? -0.1 * (x - 200) : 0);
    }

    static TileMesh dem() {
        int n = 41;
        float[] p = new float[3 * n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int v = 3 * (j * n + i);
                p[v] = 10 * i;
                p[v + 1] = 10 * j;
                p[v + 2] = (float) demZ(10 * i, 10 * j);
            }
        }
        List<Integer> t = new ArrayList<>();
        for (int j = 0; j + 1 < n; j++) {
            for (int i = 0; i + 1 < n; i++) {
                int a = j * n + i, b = a + 1, c = a + n + 1, d = a + n;
                t.addAll(List.of(a, b, c, a, c, d));
            }
        }
        int[] tri = t.stream().mapToInt(Integer::intValue).toArray();
        return new TileMesh(FeatureKind.TERRAIN, 0, 0, p, tri, new int[tri.length / 3], List.of("dem"));
    }

    /** A pipe along x at (x0..x0+20, y) whose LOD1 prism top (the ground it states) is {@code ground}. */
    static CityObject pipe(String id, double x0, double y, double ground, boolean lod1) {
        double[] line = {x0, y, ground - 1.2, x0 + 20, y, ground - 1.2};
        UtilityInfo info = new UtilityInfo(UtilityType.WATER, "WaterPipe", line, 0.2, false, 1.1, DepthSource.MEASURED,
                ground, null, null);
        MeshPart prism = new MeshPart(new double[] {x0, y, ground, x0 + 20, y, ground, x0, y + 1, ground}, new int[] {0, 1, 2});
        MeshPart tube = new MeshPart(new double[] {x0, y, ground - 1.1, x0 + 20, y, ground - 1.1, x0, y + 0.2, ground - 1.3},
                new int[] {0, 1, 2});
        return new CityObject(id, "uro:WaterPipe", FeatureKind.UTILITY, null, new TreeSet<>(lod1 ? List.of(0, 1) : List.of(0)),
                lod1 ? Map.of(0, tube, 1, prism) : Map.of(0, tube), List.of(), "pipes.gml", info);
    }

    @Test
    void whereADemIsLoadedTheGroundIsTheDemItself() {
        // the pipes state a ground 6 m off the DEM: the relief wins where it lies
        GroundModel model = GroundModel.of(List.of(dem()), List.of(pipe("p1", 50, 50, 14, true), pipe("p2", 250, 120, 14, true)));
        double[][] points = {{50, 50}, {123.4, 77.7}, {199, 301}, {205.5, 12.25}, {333.3, 222.2}, {0, 0}, {400, 400}};
        for (double[] p : points) {
            GroundModel.Ground g = model.at(p[0], p[1]);
            assertThat(g.source()).as("source at %s", p).isEqualTo(GroundModel.Source.TERRAIN);
            assertThat(g.z()).as("ground at (%s, %s)", p[0], p[1]).isCloseTo(demZ(p[0], p[1]), within(1e-3));
        }
        // outside the DEM, in a tile of its own, the pipe's stated ground holds
        GroundModel more = GroundModel.of(List.of(dem()), List.of(pipe("p3", 1210, 60, 31.5, true)));
        assertThat(more.at(1215, 60)).isEqualTo(new GroundModel.Ground(31.5, GroundModel.Source.STATED));
    }

    @Test
    void withoutDemTheStatedGroundsAndBuildingBasesGiveTheGround() {
        TileMesh building = new TileMesh(FeatureKind.BUILDING, 2, 0, new float[] {1100, 10, 40, 1110, 10, 40, 1100, 20, 52},
                new int[] {0, 1, 2}, new int[1], List.of("b"));
        GroundModel model = GroundModel.of(List.of(building), List.of(pipe("p1", 30, 30, 3.2, true),
                pipe("p2", 60, 40, 3.4, true), pipe("p3", 90, 40, 3.0, true)));
        assertThat(model.at(10, 10)).isEqualTo(new GroundModel.Ground(3.2, GroundModel.Source.STATED)); // the median
        assertThat(model.at(1105, 15).z()).isCloseTo(40 - GroundModel.BELOW_BASE, within(1e-9));
        assertThat(model.at(1105, 15).source()).isEqualTo(GroundModel.Source.STATED);
        // the ring around the data takes its lowest neighbour; the drawn squares are the same numbers
        assertThat(model.at(-200, 10)).isEqualTo(new GroundModel.Ground(3.2, GroundModel.Source.PLAIN));
        assertThat(model.squares().get(GroundModel.key(0, 0))).isEqualTo(3.2);
        // in a tile with both, the ground the pipes state wins over the lowest building base
        TileMesh beside = new TileMesh(FeatureKind.BUILDING, 0, 0, new float[] {200, 200, 1.0f, 210, 200, 1.0f, 200, 210, 9},
                new int[] {0, 1, 2}, new int[1], List.of("b2"));
        model.addMeshes(List.of(beside));
        assertThat(model.at(10, 10)).isEqualTo(new GroundModel.Ground(3.2, GroundModel.Source.STATED));
        model.setFixedElevation(7.0);
        assertThat(model.at(10, 10)).isEqualTo(new GroundModel.Ground(7.0, GroundModel.Source.SET_BY_HAND));
        assertThat(model.squares().values()).containsOnly(7.0);
    }

    @Test
    void theHeightZeroConventionYieldsToAGroundTheDataStates() {
        // PLATEAU LOD0 at height 0, no LOD1: on its own the ground lies at 0 ...
        CityObject alone = pipe("p0", 30, 30, 0, false);
        assertThat(GroundModel.of(List.of(), List.of(alone)).at(40, 30)).isEqualTo(new GroundModel.Ground(0, GroundModel.Source.STATED));
        // ... but beside buildings standing at 40 m the area's ground holds there, not a slab 40 m below
        TileMesh building = new TileMesh(FeatureKind.BUILDING, 1, 0, new float[] {600, 10, 40, 610, 10, 40, 600, 20, 52},
                new int[] {0, 1, 2}, new int[1], List.of("b"));
        GroundModel model = GroundModel.of(List.of(building), List.of(alone));
        assertThat(model.at(40, 30).z()).isCloseTo(40 - GroundModel.BELOW_BASE, within(1e-9));
        assertThat(model.squares().values()).allMatch(z -> Math.abs(z - (40 - GroundModel.BELOW_BASE)) < 1e-9);
    }

    @Test
    void thePitTopIsTheGroundAtItsCorners() {
        GroundModel model = GroundModel.of(List.of(dem()), List.of());
        Excavation pit = Excavation.onGround(new double[] {100, 100, 120, 100, 120, 110, 100, 110}, model, 2.0);
        assertThat(pit.pit().top()).isCloseTo(demZ(120, 110), within(1e-3)); // the highest corner on the slope
        assertThat(pit.floorZ()).isCloseTo(demZ(120, 110) - 2, within(1e-3));
    }
}
