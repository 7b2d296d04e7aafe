package org.citytwin.flow.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;
import org.junit.jupiter.api.Test;

/** A scenario changes where people walk: a placed tower takes its plan out of the plaza, a deck adds its top. */
class ScenarioWalkingTest {

    /** A closed box; its top faces up. */
    private static MeshPart box(double x0, double y0, double z0, double x1, double y1, double z1) {
        double[] v = {x0, y0, z0, x1, y0, z0, x1, y1, z0, x0, y1, z0, x0, y0, z1, x1, y0, z1, x1, y1, z1, x0, y1, z1};
        int[] t = {0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7};
        return new MeshPart(v, t);
    }

    private static CityObject object(String id, FeatureKind kind, MeshPart mesh, List<Attribute> attributes) {
        return new CityObject(id, "x", kind, null, new TreeSet<>(List.of(2)), Map.of(2, mesh), attributes, "t");
    }

    @Test
    void aPlacedTowerBlocksThePlazaUnderItAndADeckCarriesWalkers() {
        // the plaza as 400 small triangles, so that blocking is seen per 5 m cell
        double[] v = new double[21 * 21 * 3];
        for (int j = 0, k = 0; j <= 20; j++) for (int i = 0; i <= 20; i++, k += 3) { v[k] = 5 * i; v[k + 1] = 5 * j; }
        int[] t = new int[20 * 20 * 6];
        for (int j = 0, k = 0; j < 20; j++) {
            for (int i = 0; i < 20; i++) {
                int a = j * 21 + i;
                int[] q = {a, a + 1, a + 22, a, a + 22, a + 21};
                System.arraycopy(q, 0, t, k, 6);
                k += 6;
            }
        }
        CityObject plaza = object("plaza", FeatureKind.TRANSPORTATION, new MeshPart(v, t), List.of());
        double base = WalkableSurfaces.of(List.of(plaza)).area();
        assertThat(base).isCloseTo(100 * 100, within(1e-6));

        CityObject tower = object("tower", FeatureKind.BUILDING, box(20, 20, 0, 40, 40, 60), List.of());
        WalkableMesh blocked = WalkableSurfaces.of(List.of(plaza, tower));
        assertThat(blocked.area()).isCloseTo(100 * 100 - 20 * 20, within(1e-6)); // the roof at 60 m is not walked either

        CityObject deck = object("deck", FeatureKind.BUILDING, box(50, 10, 5.5, 90, 16, 6),
                List.of(Attribute.of(WalkableSurfaces.WALKABLE, "true")));
        WalkableMesh withDeck = WalkableSurfaces.of(List.of(plaza, tower, deck));
        assertThat(withDeck.area()).isCloseTo(100 * 100 - 20 * 20 + 40 * 6, within(1e-6)); // plaza under the deck stays
        assertThat(withDeck.levels()).contains(WalkableSurfaces.BRIDGE);
        int onDeck = withDeck.find(70, 13, 6, 0.5);
        assertThat(onDeck).isGreaterThanOrEqualTo(0);
        assertThat(withDeck.level(onDeck)).isEqualTo(WalkableSurfaces.BRIDGE);
    }
}
