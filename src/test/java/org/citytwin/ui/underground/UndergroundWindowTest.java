package org.citytwin.ui.underground;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.scene.Picker;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.thematic.UtilityClassifier;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Chiba utilities in the real window: legend by type, View → Underground switches the preset on (ground and
 * city see-through, depth ruler, camera may look up from below), colours by cover depth, and a pipe under the
 * see-through ground is still picked by a click on it.
 */
class UndergroundWindowTest extends RealWindowTest {
    static final Path CHIBA = Path.of("src/test/resources/data/utility/udx/unf");

    @Start
    void start(Stage stage) {
        openWindow(stage);
        stage.setWidth(1400);
        stage.setHeight(900);
    }

    private void load(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().load(List.of(CHIBA)));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !window.viewModel().runningProperty().get()
                && window.viewModel().lastStateProperty().get() != Worker.State.SCHEDULED);
        assertThat(window.viewModel().lastStateProperty().get()).isEqualTo(Worker.State.SUCCEEDED);
    }

    @Test
    void undergroundPresetFromTheViewMenu(FxRobot robot) throws Exception {
        load(robot);
        Node legend = robot.lookup("#utility-legend").query();
        assertThat(legend.isVisible()).isTrue();
        assertThat(robot.from(legend).lookup((Label l) -> l.getText().startsWith("Water  (")).tryQuery()).isPresent();

        robot.clickOn("View").clickOn("Underground");
        WaitForAsyncUtils.waitForFxEvents();
        UndergroundController u = window.underground();
        assertThat(u.undergroundProperty().get()).isTrue();
        assertThat(u.xrayProperty().get()).isEqualTo(UndergroundController.PRESET_XRAY);
        assertThat(window.cityScene().material(FeatureKind.TRANSPORTATION).getDiffuseColor().getOpacity()).isCloseTo(0.2,
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(window.cityScene().camera().looksFromBelow()).isTrue();
        assertThat(window.cityScene().markers().getChildren()).as("depth ruler").isNotEmpty();
        shoot(robot, "underground-window");

        // a pipe under the see-through ground is still picked where it is drawn
        CityObject pipe = window.lodModel().allObjects().stream()
                .filter(o -> o.utility() != null && o.utility().hasCentreLine()).findFirst().orElseThrow();
        double[] c = pipe.utility().centreLine();
        Optional<Picker.Hit> hit = WaitForAsyncUtils.asyncFx(() -> {
            var rig = window.cityScene().camera();
            double[] px = rig.project(rig.toView(c[0], c[1], c[2]));
            return new Picker(window.cityScene()).pick(px[0], px[1]);
        }).get();
        assertThat(hit).isPresent();
        assertThat(hit.get().kind()).isEqualTo(FeatureKind.UTILITY);

        robot.interact(() -> u.coloursProperty().set(UtilityClassifier.Mode.DEPTH_BAND));
        assertThat(robot.from(legend).lookup((Label l) -> l.getText().startsWith("Utilities by cover depth")).tryQuery()).isPresent();
        shoot(robot, "underground-window-depth");

        robot.clickOn("View").clickOn("Underground");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(u.xrayProperty().get()).isEqualTo(1.0);
        assertThat(window.cityScene().camera().looksFromBelow()).isFalse();
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        robot.interact(() -> {
            try {
                SceneSnapshots.writePng(window.root().snapshot(null, null), Path.of("target/test-shots/" + name + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
