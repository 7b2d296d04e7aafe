package org.citytwin.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.text.Texts;
import org.citytwin.ui.study.StudyTools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Regression (#14): the Shadow study tab cut its date and times ("12/22/20", "8:0") and the Japanese clearance
 * panel ellipsized its labels. The real window, in the language of the subclass, at its own side-panel width:
 * every label shows its whole text, every field its whole value, and the study tab does not scroll sideways.
 */
abstract class PanelsFitWindowTest extends RealWindowTest {

    abstract Locale language();

    void open(Stage stage) {
        Texts.setLocale(language());
        openWindow(stage);
    }

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void studyTabShowsEveryLabelAndValueWhole(FxRobot robot) throws Exception {
        robot.interact(() -> window.sidePanel().showTab(StudyTools.tabTitle()));
        Node panel = settled(robot, "#study-panel");
        shoot(panel, "fit-study-" + language().getLanguage() + ".png");
        assertThat(WaitForAsyncUtils.asyncFx(() -> TextFits.cuts(panel)).get(10, TimeUnit.SECONDS)).as("cut in the study tab").isEmpty();
    }

    @Test
    void clearancePanelShowsEveryLabelWhole(FxRobot robot) throws Exception {
        robot.interact(() -> window.clearance().show());
        Node panel = settled(robot, "#clearance-panel");
        shoot(panel, "fit-clearance-" + language().getLanguage() + ".png");
        assertThat(WaitForAsyncUtils.asyncFx(() -> TextFits.cuts(panel)).get(10, TimeUnit.SECONDS)).as("cut in the clearance panel").isEmpty();
    }

    /** The panel once it is shown and laid out (its width no longer changing between pulses). */
    private static Node settled(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().map(n -> n.isVisible()
                && n.getScene() != null && n.getLayoutBounds().getWidth() > 0).orElse(false));
        Node panel = robot.lookup(query).query();
        double[] last = {-1};
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            double w = panel.getLayoutBounds().getWidth();
            boolean same = w == last[0];
            last[0] = w;
            return same;
        });
        return panel;
    }

    private static void shoot(Node panel, String name) throws Exception {
        SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> panel.snapshot(null, null)).get(30, TimeUnit.SECONDS),
                Path.of("target/test-shots", name));
    }
}
