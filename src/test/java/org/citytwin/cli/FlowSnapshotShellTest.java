package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.citytwin.scene.FxTestSupport.onFx;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.citytwin.model.FeatureKind;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.FxTestSupport;
import org.citytwin.scene.LayerStyle;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.scene.TestMeshes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * snapshot --see-through draws the shell at the opacity it names, exactly as the layers panel's opacity does: the
 * colour is scaled by its alpha once. Regression test for a shell faded twice (a sixteenth of its colour).
 */
class FlowSnapshotShellTest {

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    private static Image boxFromAbove(String name, Consumer<CityScene> style) throws Exception {
        return onFx(() -> {
            CityScene cs = new CityScene(320, 200);
            cs.addMeshes(List.of(TestMeshes.box(FeatureKind.BUILDING, -40, -40, 0, 40, 40, 20)), null);
            cs.top();
            style.accept(cs);
            Image img = SceneSnapshots.render(cs, 320, 200);
            SceneSnapshots.writePng(img, Path.of("target/test-shots/" + name + ".png"));
            return img;
        });
    }

    @Test
    void theSeeThroughShellHasTheLayerOpacityNotItsSquare() throws Exception {
        Image snapshot = boxFromAbove("shell-snapshot", FlowSnapshot::seeThrough);
        Image panel = boxFromAbove("shell-panel", cs -> {
            cs.ground().setVisible(false);
            new LayerStyle(cs).setOpacity(FeatureKind.BUILDING, FlowSnapshot.SHELL_OPACITY);
        });
        Image opaque = boxFromAbove("shell-opaque", cs -> cs.ground().setVisible(false));

        Color shell = snapshot.getPixelReader().getColor(160, 100);
        Color expected = panel.getPixelReader().getColor(160, 100);
        Color solid = opaque.getPixelReader().getColor(160, 100);
        Color background = snapshot.getPixelReader().getColor(2, 2);
        assertThat(solid).as("the box covers the centre").isNotEqualTo(background);
        assertThat(shell.getRed()).as("red").isCloseTo(expected.getRed(), within(0.02));
        assertThat(shell.getGreen()).as("green").isCloseTo(expected.getGreen(), within(0.02));
        assertThat(shell.getBlue()).as("blue").isCloseTo(expected.getBlue(), within(0.02));
        // and the shell is see-through: between the solid box and what lies behind it
        assertThat(shell).isNotEqualTo(solid);
    }
}
