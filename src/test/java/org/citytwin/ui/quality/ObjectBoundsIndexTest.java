package org.citytwin.ui.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.LoadResult;
import org.junit.jupiter.api.Test;

/** Merging a prepared index into the panel's: the same answers whichever side is copied into the other. */
class ObjectBoundsIndexTest {

    static CityObject at(String file, String id, double x) {
        double[] v = {x, 0, 0, x + 1, 0, 0, x + 1, 1, 3};
        return new CityObject(id, "bldg:Building", FeatureKind.BUILDING, null, new TreeSet<>(List.of(2)),
                Map.of(2, new MeshPart(v, new int[] {0, 1, 2})), List.of(), file);
    }

    static ObjectBoundsIndex of(String file, CityObject... objects) {
        CityFile f = new CityFile(file, "2.0", null, null, List.of(objects), Map.of(), new TreeSet<>(), new Envelope(), List.of());
        return ObjectBoundsIndex.of(new LoadResult(List.of(f), List.of(), new Envelope(), null));
    }

    @Test
    void aLaterLoadWinsByFileAndIdAndTheFirstLoadKeepsABareIdWhicheverIsLarger() {
        for (int extra : new int[] {0, 5}) {
            CityObject[] first = new CityObject[1 + extra];
            first[0] = at("a.gml", "b1", 0);
            for (int i = 1; i <= extra; i++) first[i] = at("a.gml", "x" + i, 100 + i);
            ObjectBoundsIndex panel = new ObjectBoundsIndex();
            panel.addAll(of("a.gml", first));
            ObjectBoundsIndex later = of("b.gml", at("b.gml", "b1", 50), at("b.gml", "b2", 60), at("b.gml", "b3", 70));

            panel.addAll(later);

            assertThat(panel.size()).as("extra %d", extra).isEqualTo(1 + extra + 3);
            assertThat(panel.find(null, "b1").minX()).as("a bare id finds the first load's object").isEqualTo(0);
            assertThat(panel.find("b.gml", "b1").minX()).isEqualTo(50);
            assertThat(panel.find("a.gml", "b1").minX()).isEqualTo(0);
            assertThat(panel.find(null, "b3").minX()).isEqualTo(70);
            assertThat(later.size()).as("the prepared index is handed over").isZero();
        }
    }

    @Test
    void reloadingTheSameFileReplacesItsBounds() {
        ObjectBoundsIndex panel = new ObjectBoundsIndex();
        panel.addAll(of("a.gml", at("a.gml", "b1", 0), at("a.gml", "b2", 10)));
        panel.addAll(of("a.gml", at("a.gml", "b1", 5)));
        assertThat(panel.size()).isEqualTo(2);
        assertThat(panel.find("a.gml", "b1").minX()).isEqualTo(5);
        assertThat(panel.find(null, "b1").minX()).as("the bare id keeps the first load's").isEqualTo(0);
    }
}
