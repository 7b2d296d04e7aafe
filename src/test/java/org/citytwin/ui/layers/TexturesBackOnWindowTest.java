package org.citytwin.ui.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.MeshView;
import javafx.stage.Stage;
import org.citytwin.app.AppContext;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.FeatureKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.WindowLoads;
import org.citytwin.ui.search.ObjectSearchTest;

/** Textures switched off in the last session: the textured Haneda tile opens plain, and View → Show textures brings the atlases without a restart. */
class TexturesBackOnWindowTest extends RealWindowTest {
    private final Preferences prefs = Preferences.userRoot().node("citytwin-test-textures-" + System.nanoTime());

    @Override
    protected void beforeOpen(AppContext appContext) {
        TexturePreference.useNode(prefs);
        TexturePreference.set(false); // as the last session left it
    }

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @AfterEach
    void forget() throws Exception {
        TexturePreference.useNode(null);
        prefs.removeNode();
    }

    @Test
    void texturesOffAtStartComeBackWhenSwitchedOn(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, ObjectSearchTest.HANEDA);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texturedViews()).as("textures off: plain colours").isZero();
        CheckMenuItem item = showTextures(robot);
        assertThat(item.isSelected()).isFalse();

        robot.interact(() -> item.setSelected(true));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> texturedViews() > 0);
        assertThat(TexturePreference.isOn()).isTrue();
        assertThat(window.cityScene().layer(FeatureKind.BUILDING).getChildren()).as("every building still drawn")
                .isNotEmpty();
        robot.interact(() -> item.setSelected(false));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> texturedViews() == 0);
    }

    /** Building meshes drawn now with an atlas (a material with a diffuse map). */
    private long texturedViews() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.cityScene().layer(FeatureKind.BUILDING).getChildren().stream()
                .filter(n -> n instanceof MeshView v && v.getMaterial() instanceof PhongMaterial m && m.getDiffuseMap() != null)
                .count()).get(10, TimeUnit.SECONDS);
    }

    private CheckMenuItem showTextures(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            for (MenuItem i : menu.getItems()) if ("show-textures".equals(i.getId())) return (CheckMenuItem) i;
        }
        throw new AssertionError("no Show textures item in " + List.of(bar.getMenus()));
    }
}
