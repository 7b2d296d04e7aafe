package org.citytwin.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.citytwin.app.AppContext;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.LodChoice;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.text.LanguagePreference;
import org.citytwin.ui.layers.TexturePreference;
import org.citytwin.ui.prefs.ViewerPreferences;
import org.citytwin.ui.theme.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help → Keyboard shortcuts and About, Edit → Preferences (persisted, read back) and the dark theme, in the real window. */
class HelpWindowTest extends RealWindowTest {
    static final Path SHINJUKU = Path.of("src/test/resources/data/plateau/13104_shinjuku-ku_2020_ogc-urban-planning-ade-example/udx/bldg/53394517_bldg_6697_2_op_CityGML2.gml");
    private final Preferences prefs = Preferences.userRoot().node("citytwin-test-help-" + System.nanoTime());
    private final LanguagePreference languages = LanguagePreference.in(prefs);

    @Override
    protected void beforeOpen(AppContext appContext) {
        TexturePreference.useNode(prefs);
        ViewerPreferences.useNode(prefs);
    }

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @AfterEach
    void forget() throws Exception {
        fx(() -> {
            Theme.setCurrent(Theme.LIGHT);
            return null;
        });
        TexturePreference.useNode(null);
        ViewerPreferences.useNode(null);
        prefs.removeNode();
    }

    @Test
    void theShortcutsDialogListsTheViewKeysAndTheMenuAccelerators() throws Exception {
        DialogPane dialog = fx(() -> {
            item("help-shortcuts").fire();
            return openPane("shortcuts");
        });
        List<String> texts = fx(() -> labels(dialog));
        assertThat(texts).contains("F / Home", "Q / E", "V", "Esc", "Page Up / Page Down");
        assertThat(texts).as("menu accelerators read from the menus").contains("F1")
                .anyMatch(t -> t.contains("Open file"));
        shoot(dialog, "help-shortcuts.png");
        fx(() -> {
            ((Button) dialog.lookupButton(ButtonType.CLOSE)).fire();
            return null;
        });
    }

    @Test
    void aboutShowsTheVersionTheLibrariesAndTheDataAttributions() throws Exception {
        DialogPane dialog = fx(() -> {
            item("help-about").fire();
            return openPane("about");
        });
        String all = String.join("\n", fx(() -> labels(dialog)));
        assertThat(all).contains("Version 0.1.0-SNAPSHOT").contains("citygml4j").contains("GPL 2.0 with Classpath Exception")
                .contains("出典：国土交通省 Project PLATEAU").contains("© OpenStreetMap contributors");
        shoot(dialog, "help-about.png");
        fx(() -> {
            ((Button) dialog.lookupButton(ButtonType.CLOSE)).fire();
            return null;
        });
    }

    @Test
    void inJapaneseAboutAndShortcutsAreJapaneseAndDrawnInTheBundledFont() throws Exception {
        fx(() -> {
            org.citytwin.text.Texts.setLocale(Locale.JAPANESE);
            return null;
        });
        try {
            DialogPane about = fx(() -> {
                new AboutDialog(stage).show();
                return openPane("about");
            });
            String all = String.join("\n", fx(() -> labels(about)));
            assertThat(all).contains("バージョン 0.1.0-SNAPSHOT").contains("同梱ライブラリとライセンス").contains("citygml4j");
            assertThat(about.getStylesheets()).anyMatch(s -> s.endsWith("japanese.css"));
            shoot(about, "help-about-ja.png");
            fx(() -> {
                ((Button) about.lookupButton(ButtonType.CLOSE)).fire();
                return null;
            });
        } finally {
            fx(() -> {
                org.citytwin.text.Texts.setLocale(Locale.ENGLISH);
                return null;
            });
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void preferencesArePersistedAndTheDarkThemeDarkensThePanels(FxRobot robot) throws Exception {
        org.citytwin.ui.WindowLoads.loadAndWait(robot, window, SHINJUKU); // panels with content in both themes
        Color before = fx(this::statusBarBackground);
        HelpMenus help = fx(() -> (HelpMenus) window.menuBar().getProperties().get(HelpMenus.class));
        DialogPane dialog = fx(() -> {
            help.useLanguages(languages);
            item("preferences").fire();
            return openPane("preferences");
        });
        fx(() -> {
            Parent pane = dialog;
            ((ComboBox<Locale>) pane.lookup("#prefs-language")).setValue(Locale.JAPANESE);
            ((CheckBox) pane.lookup("#prefs-textures")).setSelected(false);
            ((ComboBox<LodChoice>) pane.lookup("#prefs-lod")).setValue(LodChoice.exactly(2));
            ((ComboBox<Theme>) pane.lookup("#prefs-theme")).setValue(Theme.DARK);
            return null;
        });
        shoot(dialog, "help-preferences.png");
        fx(() -> {
            ((Button) dialog.lookupButton(ButtonType.OK)).fire();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        // read back from the store, as the next run would
        assertThat(ViewerPreferences.theme()).isEqualTo(Theme.DARK);
        assertThat(ViewerPreferences.defaultLod()).isEqualTo(LodChoice.exactly(2));
        assertThat(TexturePreference.isOn()).isFalse();
        assertThat(fx(() -> ((javafx.scene.control.CheckMenuItem) viewItem("show-textures")).isSelected()))
                .as("View → Show textures follows, and applies it").isFalse();
        assertThat(LanguagePreference.in(prefs).get()).contains(Locale.JAPANESE);
        assertThat(prefs.get("theme", null)).isEqualTo("dark");
        assertThat(window.lodModel().choice(org.citytwin.model.FeatureKind.BUILDING)).isEqualTo(LodChoice.exactly(2));
        assertThat(window.viewModel().messageProperty().get()).contains("next time");

        Color after = fx(this::statusBarBackground);
        assertThat(before.getBrightness()).as("light status bar").isGreaterThan(0.85);
        assertThat(after.getBrightness()).as("dark status bar").isLessThan(0.3);
        SceneSnapshots.writePng(fx(() -> stage.getScene().snapshot(null)), Path.of("target/test-shots/help-dark-theme.png"));
    }

    /** A pixel of the status bar's background, right of its message, from a snapshot of the window. */
    private Color statusBarBackground() {
        Region bar = (Region) window.root().lookup(".ct-status-bar");
        if (bar == null) bar = (Region) ((javafx.scene.layout.VBox) window.root().getBottom()).getChildren()
                .get(((javafx.scene.layout.VBox) window.root().getBottom()).getChildren().size() - 1);
        Bounds b = bar.localToScene(bar.getBoundsInLocal());
        WritableImage img = stage.getScene().snapshot(null);
        return img.getPixelReader().getColor((int) (b.getMaxX() - 12), (int) (b.getMinY() + b.getHeight() / 2));
    }

    private MenuItem viewItem(String id) {
        for (Menu m : window.menuBar().getMenus()) {
            for (MenuItem i : m.getItems()) if (id.equals(i.getId())) return i;
        }
        throw new AssertionError("no menu item " + id);
    }

    private MenuItem item(String id) {
        for (Menu m : window.menuBar().getMenus()) {
            for (MenuItem i : m.getItems()) if (id.equals(i.getId())) return i;
        }
        throw new AssertionError("no menu item " + id);
    }

    /** The dialog pane with this id in an open window. */
    private static DialogPane openPane(String id) {
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
                    && id.equals(pane.getId())) return pane;
        }
        throw new AssertionError("no open dialog " + id);
    }

    private static List<String> labels(Node root) {
        List<String> out = new java.util.ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Label l && l.getText() != null) out.add(l.getText());
        if (n instanceof javafx.scene.control.ScrollPane s && s.getContent() != null) collect(s.getContent(), out);
        if (n instanceof Parent p) p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
    }

    private static void shoot(DialogPane dialog, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        SceneSnapshots.writePng(fx(() -> dialog.getScene().snapshot(null)), Path.of("target/test-shots/" + name));
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(60, TimeUnit.SECONDS);
    }
}
