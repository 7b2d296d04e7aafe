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
import org.citytwin.model.MeasuredHeight;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.thematic.Classification;
import org.citytwin.thematic.ThematicClassifier;
import org.citytwin.thematic.ThematicRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Colouring by measured height paints the tallest and lowest Haneda 2022 buildings in the legend's end colours. */
class ThematicRenderTest {

    static final Path HANEDA = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");

    @BeforeAll
    static void fx() throws Exception {
        startFx();
    }

    @Test
    void tallestAndLowestBuildingsTakeTheLegendsEndColours() throws Exception {
        LoadResult result;
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            result = loader.load(List.of(HANEDA), LoadProgress.NONE, new CancelToken());
        }
        List<CityObject> buildings = result.files().get(0).objects();
        CityObject tallest = buildings.stream().max(Comparator.comparingDouble(b -> MeasuredHeight.of(b).orElseThrow())).orElseThrow();
        CityObject lowest = buildings.stream().min(Comparator.comparingDouble(b -> MeasuredHeight.of(b).orElseThrow())).orElseThrow();
        Classification classification = ThematicClassifier.classify(buildings, ThematicRule.MEASURED_HEIGHT);
        int last = classification.legend().size() - 2; // the last entry is "no value"
        assertThat(classification.classOfObject()).containsEntry(tallest.id(), last).containsEntry(lowest.id(), 0);
        Color top = colour(classification.legend().get(last).rgb());
        Color bottom = colour(classification.legend().get(0).rgb());

        CityScene scene = onFx(() -> {
            CityScene s = new CityScene(240, 160);
            s.addMeshes(result.meshes(), result.bounds());
            new ThematicPainter().apply(s.layers(), classification);
            return s;
        });
        Image tallestShot = topViewOf(scene, tallest, "thematic-tallest");
        Image lowestShot = topViewOf(scene, lowest, "thematic-lowest");

        assertThat(share(tallestShot, top)).as("tallest building in the darkest ramp colour").isGreaterThan(0.15);
        assertThat(share(tallestShot, bottom)).isLessThan(0.02);
        assertThat(share(lowestShot, bottom)).as("lowest building in the lightest ramp colour").isGreaterThan(0.15);
        assertThat(share(lowestShot, top)).isLessThan(0.02);
    }

    private static Image topViewOf(CityScene scene, CityObject building, String name) throws Exception {
        Envelope e = new Envelope();
        e.includeAll(building.displayMesh().vertices(), building.displayMesh().vertices().length);
        return onFx(() -> {
            scene.camera().top(e);
            Image img = SceneSnapshots.render(scene, 240, 160);
            SceneSnapshots.writePng(img, Path.of("target/test-shots/" + name + ".png"));
            return img;
        });
    }

    /** Share of pixels in the central third whose hue is that of the colour (lighting changes only brightness). */
    private static double share(Image img, Color target) {
        int hits = 0, total = 0;
        for (int y = (int) (img.getHeight() / 3); y < img.getHeight() * 2 / 3; y++) {
            for (int x = (int) (img.getWidth() / 3); x < img.getWidth() * 2 / 3; x++) {
                Color c = img.getPixelReader().getColor(x, y);
                total++;
                double dh = Math.abs(c.getHue() - target.getHue());
                if (Math.min(dh, 360 - dh) < 14 && c.getSaturation() > 0.45) hits++;
            }
        }
        return (double) hits / total;
    }

    private static Color colour(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
