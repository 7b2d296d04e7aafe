package org.citytwin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At the default window size (1400×900) every tab of the side panel shows its whole name, in English and in
 * Japanese: no tab is pushed into the overflow menu and no name is cut to "…enarios".
 */
class SidePanelTabsFitTest extends RealWindowTest {
    private static final Path SHOTS = Path.of(System.getProperty("citytwin.shots", "target/test-shots"));
    private static final Path DEFECTS = Path.of("src/test/resources/data/quality/defects.gml");
    private Stage japanese;

    @Start
    void start(Stage primary) {
        openWindow(primary);
    }

    @AfterEach
    void english() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Texts.setLocale(Locale.ENGLISH);
            if (japanese != null) japanese.close();
        }).get(30, TimeUnit.SECONDS);
    }

    @Test
    void everyTabShowsItsWholeNameInEnglish() throws Exception {
        assertTabsFit("side-tabs-en.png");
    }

    @Test
    void everyTabShowsItsWholeNameInJapanese(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            context.close();
            Texts.setLocale(Locale.JAPANESE);
            japanese = new Stage();
            openWindow(japanese);
        }).get(120, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("japanese.css"));
        org.citytwin.ui.WindowLoads.loadAndWait(robot, window, DEFECTS); // the layer rows name their kinds in Japanese
        assertThat(robot.from(window.root()).lookup("#visible-BUILDING").queryAs(javafx.scene.control.CheckBox.class).getText())
                .startsWith("建築物 (");
        assertTabsFit("side-tabs-ja.png");
        Node quality = window.root().lookup("#data-quality");
        if (quality instanceof javafx.scene.control.TitledPane pane) {
            robot.interact(() -> pane.setExpanded(true));
            WaitForAsyncUtils.waitForFxEvents();
            SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(60, TimeUnit.SECONDS),
                    SHOTS.resolve("window-quality-ja.png"));
        }
    }

    private void assertTabsFit(String shot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getWidth()).isEqualTo(1400);
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            Node pane = window.root().lookup("#side-panel-tabs");
            Node strip = pane.lookup(".tab-header-area");
            Bounds area = strip.localToScene(strip.getBoundsInLocal());
            List<Node> headers = new ArrayList<>(pane.lookupAll(".tab"));
            if (headers.size() < 6) found.add("only " + headers.size() + " tabs");
            for (Node tab : headers) {
                Bounds b = tab.localToScene(tab.getBoundsInLocal());
                String name = ((javafx.scene.control.Label) tab.lookup(".tab-label")).getText();
                if (!tab.isVisible() || b.getMinX() < area.getMinX() - 1 || b.getMaxX() > area.getMaxX() + 1
                        || b.getMinY() < area.getMinY() - 1 || b.getMaxY() > area.getMaxY() + 1) {
                    found.add(name + " lies outside the tab strip " + area + ": " + b);
                }
                for (Node t : tab.lookupAll(".text")) {
                    if (t instanceof Text text && !text.getText().equals(name)) found.add(name + " is shown as " + text.getText());
                }
            }
            Node overflow = pane.lookup(".control-buttons-tab");
            if (overflow != null && overflow.isVisible()) found.add("the overflow menu shows");
            return found;
        }).get(30, TimeUnit.SECONDS);
        Node side = window.root().lookup("#side-panel");
        SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> side.snapshot(null, null)).get(60, TimeUnit.SECONDS),
                SHOTS.resolve(shot));
        assertThat(problems).isEmpty();
    }
}
