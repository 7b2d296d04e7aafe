package org.citytwin.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.citytwin.model.CityObject;
import org.citytwin.model.GeometryMetrics;
import org.citytwin.model.MeshPart;
import org.junit.jupiter.api.Test;

class SketchVolumeTest {
    static final double LAT0 = 35.55, LON0 = 139.78, M_PER_LAT = 110_950, M_PER_LON = 90_600;

    /** A flat-earth frame around (LAT0, LON0) and ground rising 1 m per 100 m eastwards from 3 m. */
    static final SketchVolume.Site SITE = new SketchVolume.Site() {
        public double[] toLocal(double lat, double lon) {
            return new double[] {(lon - LON0) * M_PER_LON, (lat - LAT0) * M_PER_LAT};
        }

        public double groundAt(double x, double y) {
            return 3 + 0.01 * x;
        }
    };

    static final ScenarioApplier.ModelPlacer PLACER = new ScenarioApplier.ModelPlacer() {
        public CityObject place(Edit.PlaceModel edit) {
            throw new AssertionError("no models in this test");
        }

        @Override
        public CityObject sketch(Edit.Sketch edit) {
            return SketchVolume.of(edit, SITE);
        }
    };

    static Edit.LatLon at(double x, double y) {
        return new Edit.LatLon(LAT0 + y / M_PER_LAT, LON0 + x / M_PER_LON);
    }

    static List<Edit.LatLon> ring(double... xy) {
        List<Edit.LatLon> out = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) out.add(at(xy[i], xy[i + 1]));
        return out;
    }

    /** Signed volume by the divergence theorem: positive only when every triangle faces outwards. */
    static double signedVolume(MeshPart m) {
        double[] v = m.vertices();
        int[] t = m.triangles();
        double sum = 0;
        for (int i = 0; i < t.length; i += 3) {
            int a = 3 * t[i], b = 3 * t[i + 1], c = 3 * t[i + 2];
            double ax = v[a] - v[0], ay = v[a + 1] - v[1], az = v[a + 2] - v[2];
            double bx = v[b] - v[0], by = v[b + 1] - v[1], bz = v[b + 2] - v[2];
            double cx = v[c] - v[0], cy = v[c + 1] - v[1], cz = v[c + 2] - v[2];
            sum += (ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx)) / 6;
        }
        return sum;
    }

    static double minZ(MeshPart m) {
        double z = Double.POSITIVE_INFINITY;
        for (int i = 2; i < m.vertices().length; i += 3) z = Math.min(z, m.vertices()[i]);
        return z;
    }

    @Test
    void aBoxIsAClosedOutwardPrismStandingOnItsLowestCorner() {
        Edit.Sketch box = new Edit.Sketch("proposal-sketch-1", "Sketch box 1", Edit.Sketch.Shape.BOX,
                ring(100, 50, 130, 50, 130, 70, 100, 70), Double.NaN, Double.NaN, 20);
        CityObject o = SketchVolume.of(box, SITE);
        MeshPart m = o.displayMesh();
        GeometryMetrics g = GeometryMetrics.of(m);
        assertThat(g.volume()).as("closed mesh").isPresent();
        assertThat(g.volume().getAsDouble()).isCloseTo(30 * 20 * 20, within(0.5));
        assertThat(signedVolume(m)).isCloseTo(30 * 20 * 20, within(0.5));
        assertThat(g.footprint()).isCloseTo(600, within(0.05));
        assertThat(g.height()).isCloseTo(20, within(1e-9));
        assertThat(minZ(m)).as("ground at the west corners").isCloseTo(4, within(1e-6));
        assertThat(o.type()).isEqualTo("bldg:Building");
        assertThat(o.name()).isEqualTo("Sketch box 1");
        assertThat(o.attribute("citytwin:proposal").value()).isEqualTo("true");
        assertThat(o.attribute("citytwin:sketch").value()).isEqualTo("box");
        assertThat(o.attribute("bldg:measuredHeight").value()).isEqualTo("20.0");
    }

    @Test
    void aCylinderOf64SidesIsWithinOnePercentOfPiRSquaredH() {
        Edit.Sketch cylinder = new Edit.Sketch("proposal-sketch-2", "Tower", Edit.Sketch.Shape.CYLINDER, List.of(at(0, 0)),
                12, 40, 30);
        MeshPart m = SketchVolume.of(cylinder, SITE).displayMesh();
        GeometryMetrics g = GeometryMetrics.of(m);
        assertThat(g.volume()).isPresent();
        assertThat(g.volume().getAsDouble()).isCloseTo(Math.PI * 144 * 30, within(0.01 * Math.PI * 144 * 30));
        assertThat(signedVolume(m)).isPositive();
        assertThat(g.footprint()).isCloseTo(Math.PI * 144, within(0.01 * Math.PI * 144));
        assertThat(minZ(m)).as("the stated base height, not the ground").isEqualTo(40);
        assertThat(m.vertexCount()).isEqualTo(2 * SketchVolume.SEGMENTS);
    }

    @Test
    void anLShapedExtrusionDrawnClockwiseIsWoundOutwards() {
        Edit.Sketch l = new Edit.Sketch("proposal-sketch-3", "L", Edit.Sketch.Shape.EXTRUSION,
                ring(0, 0, 0, 20, 10, 20, 10, 10, 20, 10, 20, 0), Double.NaN, Double.NaN, 12);
        MeshPart m = SketchVolume.of(l, SITE).displayMesh();
        GeometryMetrics g = GeometryMetrics.of(m);
        assertThat(g.volume()).isPresent();
        assertThat(g.volume().getAsDouble()).isCloseTo(300 * 12, within(0.2));
        assertThat(signedVolume(m)).isCloseTo(300 * 12, within(0.2));
        assertThat(g.footprint()).isCloseTo(300, within(0.02));
        assertThat(m.triangleCount()).isEqualTo(2 * 4 + 2 * 6); // two caps of 4 triangles, 6 side quads
    }

    @Test
    void aSketchInAScenarioIsOneAddedObjectAndItsStoreysChangeTheFloorArea() {
        List<CityObject> base = List.of(ScenarioApplierTest.building("a", 0, 12), ScenarioApplierTest.building("b", 20, 12));
        Edit.Sketch box = new Edit.Sketch("proposal-sketch-1", "Sketch box 1", Edit.Sketch.Shape.BOX,
                ring(300, 0, 330, 0, 330, 20, 300, 20), Double.NaN, Double.NaN, 20);
        Scenario one = new Scenario("p", List.of(box));
        ScenarioApplier applier = new ScenarioApplier(PLACER);
        List<CityObject> after = applier.apply(base, one);
        assertThat(applier.problems()).isEmpty();
        DiffResult diff = ObjectDiff.diff(base, after);
        assertThat(diff.added()).isEqualTo(1);
        assertThat(diff.removed()).isZero();
        assertThat(diff.changed()).isZero();
        assertThat(diff.unchanged()).isEqualTo(2);
        assertThat(diff.of(ObjectChange.Kind.ADDED).get(0).id()).isEqualTo("proposal-sketch-1");

        double before = ScenarioIndicators.of(after).grossFloorArea();
        assertThat(before - ScenarioIndicators.of(base).grossFloorArea()).as("600 m² × floor(20 m / 3 m)")
                .isCloseTo(600 * 6, within(0.5));
        List<CityObject> storeyed = new ScenarioApplier(PLACER).apply(base,
                one.with(new Edit.SetAttribute("proposal-sketch-1", "bldg:storeysAboveGround", "15")));
        assertThat(ScenarioIndicators.of(storeyed).grossFloorArea() - before).isCloseTo(600 * (15 - 6), within(0.5));
    }

    @Test
    void aCrossingFootprintIsReportedAndTheRestStillApplies() {
        Edit.Sketch bowTie = new Edit.Sketch("proposal-sketch-1", "x", Edit.Sketch.Shape.EXTRUSION,
                ring(0, 0, 20, 20, 20, 0, 0, 30), Double.NaN, Double.NaN, 10);
        List<CityObject> base = List.of(ScenarioApplierTest.building("a", 0, 12));
        ScenarioApplier applier = new ScenarioApplier(PLACER);
        List<CityObject> out = applier.apply(base, new Scenario("p", List.of(bowTie, new Edit.Demolish("a"))));
        assertThat(out).isEmpty();
        assertThat(applier.problems()).singleElement().asString().contains("proposal-sketch-1", "crosses itself");
        assertThat(new ScenarioApplier(null).apply(base, new Scenario("p", List.of(bowTie)))).hasSize(1);
    }
}
