package org.citytwin.scene.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.citytwin.scene.FxTestSupport.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.citytwin.model.FeatureKind;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.FxTestSupport;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.scene.TestMeshes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The heat map (what {@code snapshot --flow} draws over the concourse) is blended at its cell's opacity once:
 * over a roof, a cell of colour c and alpha a shows c·a + roof·(1 − a), not c·a² (a colour faded twice).
 */
class HeatMapOpacityTest {

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    private static Image roofFromAbove(String name, Consumer<CityScene> add) throws Exception {
        return onFx(() -> {
            CityScene cs = new CityScene(320, 200);
            cs.addMeshes(List.of(TestMeshes.box(FeatureKind.BUILDING, -40, -40, 0, 40, 40, 20)), null);
            cs.top();
            add.accept(cs);
            Image img = SceneSnapshots.render(cs, 320, 200);
            Files.createDirectories(Path.of("target/test-shots"));
            SceneSnapshots.writePng(img, Path.of("target/test-shots/" + name + ".png"));
            return img;
        });
    }

    @Test
    void aHeatCellOverARoofIsBlendedAtItsOpacityOnce() throws Exception {
        // three 40 m cells across the image centre, 5 m over the roof; the hot one sets the scale, the middle one is sampled
        HeatLevel level = new HeatLevel(25, -60, -20, 40, 3, 1, new float[] {2.0f, 0.2f, 0.2f});
        Image roof = roofFromAbove("heat-opacity-roof", cs -> { });
        Image heat = roofFromAbove("heat-opacity-heat", cs -> {
            FlowLayer layer = new FlowLayer(cs);
            layer.heat().show(List.of(level));
        });
        Color c = HeatMapLayer.colour(0.2, HeatMapLayer.saturation(List.of(level)));
        double a = c.getOpacity();
        assertThat(a).as("a translucent cell").isBetween(0.45, 0.7);
        Color below = roof.getPixelReader().getColor(160, 100), shown = heat.getPixelReader().getColor(160, 100);
        assertThat(shown).as("the cell covers the centre").isNotEqualTo(below);
        assertThat(shown.getRed()).as("red").isCloseTo(c.getRed() * a + below.getRed() * (1 - a), within(0.03));
        assertThat(shown.getGreen()).as("green").isCloseTo(c.getGreen() * a + below.getGreen() * (1 - a), within(0.03));
        assertThat(shown.getBlue()).as("blue").isCloseTo(c.getBlue() * a + below.getBlue() * (1 - a), within(0.03));
    }
}
