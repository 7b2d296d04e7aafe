package org.citytwin.ui.help;

import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.citytwin.model.LodChoice;
import org.citytwin.text.LanguagePreference;
import org.citytwin.text.Texts;
import org.citytwin.ui.layers.LodViewModel;
import org.citytwin.ui.prefs.PreferencesDialog;
import org.citytwin.ui.prefs.PreferencesViewModel;
import org.citytwin.ui.prefs.ViewerPreferences;
import org.citytwin.ui.theme.Theme;

/**
 * Composes the Help menu (keyboard shortcuts, About, log folder) and Edit → Preferences into the main window, and
 * applies the remembered theme and default LOD. Kept out of MainWindow so it only calls {@link #install}.
 */
public final class HelpMenus {

    private final MenuBar bar;
    private final Parent root;
    private final LodViewModel lods;
    private final Consumer<String> message;
    private org.citytwin.scene.CityScene scene; // null: no memory budget to apply
    private LanguagePreference languages = LanguagePreference.user();

    private HelpMenus(MenuBar bar, Parent root, LodViewModel lods, Consumer<String> message) {
        this.bar = bar;
        this.root = root;
        this.lods = lods;
        this.message = message;
    }

    /**
     * Adds the menus to {@code bar}, themes whichever scene shows {@code root}, and sets the remembered default LOD.
     *
     * @param message the status line (e.g. "the language changes after a restart")
     */
    public static HelpMenus install(MenuBar bar, Parent root, LodViewModel lods, Consumer<String> message) {
        return install(bar, root, lods, null, message);
    }

    /** As {@link #install(MenuBar, Parent, LodViewModel, Consumer)}, and gives {@code scene} the remembered memory budget. */
    public static HelpMenus install(MenuBar bar, Parent root, LodViewModel lods, org.citytwin.scene.CityScene cityScene,
                                    Consumer<String> message) {
        HelpMenus h = new HelpMenus(bar, root, lods, message);
        h.scene = cityScene;
        org.citytwin.ui.prefs.MeshBudget.apply(cityScene);
        Theme.setCurrent(ViewerPreferences.theme());
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) Theme.current().apply(scene);
        });
        if (root.getScene() != null) Theme.current().apply(root.getScene());
        LodChoice lod = ViewerPreferences.defaultLod();
        if (!lod.isHighest()) lods.chooseForAll(lod);
        h.addPreferences();
        bar.getMenus().add(h.helpMenu());
        bar.getProperties().put(HelpMenus.class, h); // for tests and later composers
        return h;
    }

    /** Where the language choice is kept (tests use a node of their own). */
    public void useLanguages(LanguagePreference store) {
        languages = store;
    }

    private Menu helpMenu() {
        MenuItem shortcuts = item("help-shortcuts", Texts.get("help.menu.shortcuts"), "F1", this::showShortcuts);
        MenuItem about = item("help-about", Texts.get("help.menu.about"), null, () -> new AboutDialog(window()).show());
        MenuItem logs = item("help-logs", Texts.get("help.menu.logs"), null,
                () -> FolderOpener.open(LogFiles.folder(), text -> javafx.application.Platform.runLater(() -> message.accept(text))));
        Menu help = new Menu(Texts.get("help.menu"), null, shortcuts, logs, new SeparatorMenuItem(), about);
        help.setId("help-menu");
        return help;
    }

    /** Edit → Preferences… (an Edit menu is made when the bar has none). */
    private void addPreferences() {
        Menu edit = bar.getMenus().stream().filter(m -> "edit-menu".equals(m.getId())).findFirst().orElseGet(() -> {
            Menu m = new Menu(Texts.get("help.menu.edit"));
            m.setId("edit-menu");
            bar.getMenus().add(Math.min(1, bar.getMenus().size()), m);
            return m;
        });
        if (!edit.getItems().isEmpty()) edit.getItems().add(new SeparatorMenuItem());
        edit.getItems().add(item("preferences", Texts.get("help.menu.preferences"), "Shortcut+Comma", this::showPreferences));
    }

    /** Help → Keyboard shortcuts: the table and, read now, the menu bar's accelerators. */
    public ShortcutsDialog showShortcuts() {
        ShortcutsDialog d = new ShortcutsDialog(window(), Shortcuts.menuKeys(bar));
        d.show();
        return d;
    }

    /** Edit → Preferences: on OK, writes the choices and applies theme, textures, default LOD and memory budget at once. */
    public PreferencesDialog showPreferences() {
        PreferencesViewModel vm = new PreferencesViewModel(languages);
        PreferencesDialog d = new PreferencesDialog(window(), vm);
        d.resultProperty().addListener((o, was, result) -> {
            if (result == ButtonType.OK) apply(vm);
        });
        d.show();
        return d;
    }

    private void apply(PreferencesViewModel vm) {
        LodChoice lodBefore = ViewerPreferences.defaultLod();
        boolean languageChanged = vm.save();
        Theme theme = vm.themeProperty().get();
        Theme.setCurrent(theme);
        if (root.getScene() != null) theme.apply(root.getScene());
        texturesItem(bar.getMenus()).ifPresent(t -> t.setSelected(vm.texturesProperty().get())); // it applies them
        if (!lodBefore.equals(vm.defaultLodProperty().get())) lods.chooseForAll(vm.defaultLodProperty().get());
        org.citytwin.ui.prefs.MeshBudget.apply(scene); // at once: tiles over it are released, under it rebuilt when seen
        if (languageChanged) message.accept(Texts.get("help.prefs.language.restart"));
    }

    private static java.util.Optional<CheckMenuItem> texturesItem(java.util.List<? extends MenuItem> items) {
        for (MenuItem i : items) {
            if (i instanceof CheckMenuItem c && "show-textures".equals(c.getId())) return java.util.Optional.of(c);
            if (i instanceof Menu m) {
                var found = texturesItem(m.getItems());
                if (found.isPresent()) return found;
            }
        }
        return java.util.Optional.empty();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
