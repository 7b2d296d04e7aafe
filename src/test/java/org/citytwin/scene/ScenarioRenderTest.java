package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citytwin.scene.FxTestSupport.onFx;
import static org.citytwin.scene.FxTestSupport.startFx;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.GeometryMetrics;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.model.ImportedModel;
import org.citytwin.pipeline.model.ModelImporter;
import org.citytwin.pipeline.tile.LodSelection;
import org.citytwin.pipeline.tile.TileMesher;
import org.citytwin.scenario.DiffResult;
import org.citytwin.scenario.Edit;
import org.citytwin.scenario.ObjectDiff;
import org.citytwin.scenario.Scenario;
import org.citytwin.scenario.ScenarioApplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Haneda 2022 with a scenario that demolishes one building, raises another to 80 m and places the glTF pedestrian
 * deck: the diff against base is exactly those three, and base and proposal, rendered from one camera, differ in the
 * pixels where each edit is and agree on an untouched building.
 */
class ScenarioRenderTest {

    private static final Path TILE = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");
    private static final int W = 480, H = 320;

    @BeforeAll
    static void fx() throws Exception {
        startFx();
    }

    @Test
    void demolishHeightAndPlaceShowWhereTheyAre() throws Exception {
        List<CityObject> base;
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            base = loader.load(List.of(TILE), LoadProgress.NONE, new CancelToken()).files().get(0).objects();
        }
        List<CityObject> bySize = base.stream().sorted(Comparator.comparingDouble(
                (CityObject o) -> GeometryMetrics.of(o.displayMesh()).footprint()).reversed()).toList();
        CityObject demolished = bySize.get(0), raised = bySize.get(1), untouched = bySize.get(2);
        double[] deckAt = TestMeshes.centre(untouched.displayMesh());
        deckAt[0] += 60; // beside the untouched building, on open ground
        ImportedModel deck = ModelImporter.read(Path.of("models/pedestrian-deck.glb"));
        Scenario proposal = new Scenario("proposal", List.of(new Edit.Demolish(demolished.id()),
                new Edit.ChangeHeight(raised.id(), 80), new Edit.PlaceModel("deck-1", "pedestrian-deck", 35.53, 139.79, Double.NaN, 0, 1)));
        ScenarioApplier applier = new ScenarioApplier(p -> ScenarioApplier.proposal(p, "deck",
                deck.placed(deckAt[0], deckAt[1], TestMeshes.lowest(untouched.displayMesh()), 0, 1), List.of()));
        List<CityObject> after = applier.apply(base, proposal);
        assertThat(applier.problems()).isEmpty();

        DiffResult diff = ObjectDiff.diff(base, after);
        assertThat(new int[] {diff.removed(), diff.changed(), diff.added()}).containsExactly(1, 1, 1);

        Envelope frame = new Envelope();
        for (List<CityObject> side : List.of(base, after)) side.forEach(o -> frame.includeAll(o.displayMesh().vertices(), o.displayMesh().vertices().length));
        Render before = render(base, frame, "scenario-base");
        Render proposed = render(after, frame, "scenario-proposal");

        double[] d = TestMeshes.centre(demolished.displayMesh());
        assertThat(differ(before, proposed, d[0], d[1], TestMeshes.highest(demolished.displayMesh()) - 1)).as("demolished building gone").isTrue();
        double[] r = TestMeshes.centre(raised.displayMesh());
        assertThat(differ(before, proposed, r[0], r[1], TestMeshes.lowest(raised.displayMesh()) + 70)).as("raised building taller").isTrue();
        assertThat(differ(before, proposed, deckAt[0], deckAt[1], TestMeshes.lowest(untouched.displayMesh()) + 5.75)).as("deck placed").isTrue();
        double[] u = TestMeshes.centre(untouched.displayMesh());
        assertThat(differ(before, proposed, u[0], u[1], TestMeshes.highest(untouched.displayMesh()) - 1)).as("untouched building").isFalse();
    }

    private record Render(Image image) {
    }

    /** Renders oblique from a camera set by the frame alone, so both renders share it; keeps the scene for projection. */
    private Render render(List<CityObject> objects, Envelope frame, String name) throws Exception {
        var meshes = TileMesher.merge(objects, LodSelection.HIGHEST, null);
        CityScene[] holder = new CityScene[1];
        Image image = onFx(() -> {
            CityScene scene = new CityScene(W, H);
            scene.addMeshes(meshes, frame);
            scene.camera().oblique(frame);
            holder[0] = scene;
            Image img = SceneSnapshots.render(scene, W, H);
            SceneSnapshots.writePng(img, Path.of("target/test-shots/" + name + ".png"));
            return img;
        });
        lastScene = holder[0];
        return new Render(image);
    }

    private CityScene lastScene;

    /** Whether the pixel where local (x, y, z) projects has clearly different colours in the two renders. */
    private boolean differ(Render a, Render b, double x, double y, double z) throws Exception {
        double[] px = onFx(() -> lastScene.camera().project(lastScene.camera().toView(x, y, z)));
        assertThat(px).isNotNull();
        int ix = (int) Math.round(px[0]), iy = (int) Math.round(px[1]);
        assertThat(ix).isBetween(1, W - 2);
        assertThat(iy).isBetween(1, H - 2);
        Color ca = a.image().getPixelReader().getColor(ix, iy), cb = b.image().getPixelReader().getColor(ix, iy);
        double delta = Math.abs(ca.getRed() - cb.getRed()) + Math.abs(ca.getGreen() - cb.getGreen()) + Math.abs(ca.getBlue() - cb.getBlue());
        return delta > 0.1;
    }
}
