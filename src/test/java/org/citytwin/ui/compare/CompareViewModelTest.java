package org.citytwin.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.model.GeometryMetrics;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.scenario.Edit;
import org.citytwin.scenario.ObjectChange;
import org.citytwin.scenario.Scenario;
import org.citytwin.scenario.ScenarioApplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The change table, indicators and changes colouring for base against a three-edit scenario on Haneda 2022. */
class CompareViewModelTest {

    private static final Path TILE = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");
    static List<CityObject> base;
    static String demolished, raised;

    @BeforeAll
    static void load() {
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            base = loader.load(List.of(TILE), LoadProgress.NONE, new CancelToken()).files().get(0).objects();
        }
        demolished = base.get(0).id();
        raised = base.get(1).id();
    }

    static ScenarioSource source() {
        Scenario proposal = new Scenario("proposal", List.of(new Edit.Demolish(demolished), new Edit.ChangeHeight(raised, 90),
                new Edit.PlaceModel("box-1", "box", 35.533, 139.795, Double.NaN, 0, 1)));
        ScenarioApplier applier = new ScenarioApplier(p -> ScenarioApplier.proposal(p, "Box", box(), List.of()));
        return new ScenarioSource() {
            public List<String> names() {
                return List.of("base", "proposal");
            }

            public List<CityObject> objects(String name) {
                return name.equals("base") ? base : applier.apply(base, proposal);
            }
        };
    }

    /** A closed 20 × 10 × 30 m box at the local origin. */
    static MeshPart box() {
        double[] v = {0, 0, 3, 20, 0, 3, 20, 10, 3, 0, 10, 3, 0, 0, 33, 20, 0, 33, 20, 10, 33, 0, 10, 33};
        int[] t = {0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7};
        return new MeshPart(v, t);
    }

    @Test
    void tableIndicatorsAndColouringFollowTheEdits() {
        CompareViewModel.Result r = new CompareViewModel(source()).compare("base", "proposal");
        assertThat(r.rows()).extracting(ChangeRow::kind)
                .containsExactlyInAnyOrder(ObjectChange.Kind.ADDED, ObjectChange.Kind.REMOVED, ObjectChange.Kind.CHANGED);
        ChangeRow changed = r.rows().stream().filter(x -> x.kind() == ObjectChange.Kind.CHANGED).findFirst().orElseThrow();
        assertThat(changed.id()).isEqualTo(raised);
        double before = GeometryMetrics.of(base.get(1).displayMesh()).height();
        assertThat(changed.heightDelta()).isGreaterThan(90 - before - 1).isLessThan(90.5);
        assertThat(changed.attributes()).contains("bldg:measuredHeight");
        ChangeRow added = r.rows().stream().filter(x -> x.kind() == ObjectChange.Kind.ADDED).findFirst().orElseThrow();
        assertThat(added.footprintDelta()).isCloseTo(200, within(1e-6));
        assertThat(added.volumeDelta()).isCloseTo(6000, within(1e-6));
        assertThat(r.ghosts()).extracting(CityObject::id).containsExactly(demolished);

        assertThat(r.indicatorsA().buildings()).isEqualTo(9);
        assertThat(r.indicatorsB().buildings()).isEqualTo(9); // one gone, one placed
        assertThat(r.indicatorsB().maxHeight()).isEqualTo(90);

        assertThat(r.colouring().classOfObject()).containsEntry("box-1", 0).containsEntry(raised, 1).doesNotContainKey(demolished);
        assertThat(r.colouring().classOfObject().values().stream().filter(c -> c == 2).count()).isEqualTo(7);
        assertThat(r.colouring().legend().get(3).count()).isEqualTo(1); // removed, as ghosts

        List<ChangeRow> tallestFirst = r.sorted(CompareViewModel.byDelta(ChangeRow::heightDelta, true));
        assertThat(tallestFirst.get(0).id()).isEqualTo(raised);
        assertThat(tallestFirst.get(2).kind()).isEqualTo(ObjectChange.Kind.REMOVED);
    }
}
