package org.citytwin.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.GeometryMetrics;
import org.citytwin.model.MeshPart;
import org.junit.jupiter.api.Test;

class ScenarioApplierTest {

    /** A closed 10 × 10 × h box standing at z0, as a reader would produce it. */
    static MeshPart box(double x0, double y0, double z0, double h) {
        double[] v = {x0, y0, z0, x0 + 10, y0, z0, x0 + 10, y0 + 10, z0, x0, y0 + 10, z0,
                x0, y0, z0 + h, x0 + 10, y0, z0 + h, x0 + 10, y0 + 10, z0 + h, x0, y0 + 10, z0 + h};
        int[] t = {0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7};
        return new MeshPart(v, t);
    }

    static CityObject building(String id, double x0, double h) {
        return new CityObject(id, "bldg:Building", FeatureKind.BUILDING, null, new TreeSet<>(List.of(1)),
                Map.of(1, box(x0, 0, 30, h)), List.of(new Attribute("bldg:measuredHeight", String.valueOf(h), "m", null, List.of())), "t.gml");
    }

    @Test
    void demolishHeightAndAttributeReplayOverBaseWithoutTouchingIt() {
        List<CityObject> base = List.of(building("a", 0, 12), building("b", 20, 12), building("c", 40, 12));
        Scenario s = new Scenario("p", List.of(new Edit.Demolish("a"), new Edit.ChangeHeight("b", 45),
                new Edit.SetAttribute("c", "bldg:usage", "住宅"), new Edit.ChangeHeight("a", 5)));
        ScenarioApplier applier = new ScenarioApplier(null);
        List<CityObject> out = applier.apply(base, s);
        assertThat(out).extracting(CityObject::id).containsExactly("b", "c");
        CityObject b = out.get(0);
        GeometryMetrics m = GeometryMetrics.of(b.displayMesh());
        assertThat(m.height()).isCloseTo(45, within(1e-9));
        assertThat(m.volume().getAsDouble()).isCloseTo(100 * 45, within(1e-6));
        double minZ = Double.MAX_VALUE;
        for (int i = 2; i < b.displayMesh().vertices().length; i += 3) minZ = Math.min(minZ, b.displayMesh().vertices()[i]);
        assertThat(minZ).isEqualTo(30); // rescaled from its ground, not from 0
        assertThat(b.attribute("bldg:measuredHeight").value()).isEqualTo("45");
        assertThat(b.attribute("bldg:measuredHeight").unit()).isEqualTo("m");
        assertThat(out.get(1).attribute("bldg:usage").value()).isEqualTo("住宅");
        assertThat(GeometryMetrics.of(base.get(1).displayMesh()).height()).isEqualTo(12); // base untouched
        assertThat(applier.problems()).singleElement().asString().contains("height of 'a'", "no such object");
    }

    @Test
    void diffOfBaseAndScenarioIsTheEdits() {
        List<CityObject> base = List.of(building("a", 0, 12), building("b", 20, 12), building("c", 40, 12));
        Scenario s = new Scenario("p", List.of(new Edit.Demolish("a"), new Edit.ChangeHeight("b", 45),
                new Edit.PlaceModel("new", "box", 35, 139, Double.NaN, 0, 1)));
        ScenarioApplier applier = new ScenarioApplier(p -> ScenarioApplier.proposal(p, "Box", box(60, 0, 30, 20), List.of()));
        DiffResult diff = ObjectDiff.diff(base, applier.apply(base, s));
        assertThat(diff.removed()).isEqualTo(1);
        assertThat(diff.changed()).isEqualTo(1);
        assertThat(diff.added()).isEqualTo(1);
        assertThat(diff.unchanged()).isEqualTo(1);
        ObjectChange changed = diff.of(ObjectChange.Kind.CHANGED).get(0);
        assertThat(changed.delta(ObjectSizes::height)).isCloseTo(33, within(1e-9));
        assertThat(changed.delta(ObjectSizes::volume)).isCloseTo(3300, within(1e-6));
        ScenarioIndicators before = ScenarioIndicators.of(base), after = ScenarioIndicators.of(applier.apply(base, s));
        assertThat(before.buildings()).isEqualTo(3);
        assertThat(after.buildings()).isEqualTo(3);
        assertThat(after.maxHeight()).isEqualTo(45);
        assertThat(before.footprint()).isCloseTo(300, within(1e-6));
        assertThat(before.grossFloorArea()).isCloseTo(3 * 100 * 4, within(1e-6)); // 12 m / 3 m = 4 storeys
    }
}
