package org.citytwin.ui.prefs;

import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.citytwin.model.LodChoice;
import org.citytwin.text.LanguagePreference;
import org.citytwin.ui.layers.TexturePreference;
import org.citytwin.ui.theme.Theme;

/**
 * The Preferences dialog's state: read from the stores when made, written back by {@link #save()}. Language is read
 * at start only (bundles are looked up everywhere), so a changed language waits for the next run.
 */
public final class PreferencesViewModel {

    private final LanguagePreference languages;
    /** null: the OS language decides. */
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final BooleanProperty textures = new SimpleBooleanProperty();
    private final ObjectProperty<LodChoice> defaultLod = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    /** MB of full tile meshes kept in memory. */
    private final javafx.beans.property.IntegerProperty meshBudgetMB = new javafx.beans.property.SimpleIntegerProperty();
    private final Locale languageBefore;

    public PreferencesViewModel(LanguagePreference languages) {
        this.languages = languages;
        languageBefore = languages.get().orElse(null);
        language.set(languageBefore);
        textures.set(TexturePreference.isOn());
        defaultLod.set(ViewerPreferences.defaultLod());
        theme.set(ViewerPreferences.theme());
        meshBudgetMB.set(ViewerPreferences.meshBudgetMB());
    }

    public ObjectProperty<Locale> languageProperty() { return language; }
    public BooleanProperty texturesProperty() { return textures; }
    public ObjectProperty<LodChoice> defaultLodProperty() { return defaultLod; }
    public ObjectProperty<Theme> themeProperty() { return theme; }
    public javafx.beans.property.IntegerProperty meshBudgetMBProperty() { return meshBudgetMB; }

    /** Writes every choice; true when the language changed (it applies after a restart). */
    public boolean save() {
        languages.set(language.get());
        TexturePreference.set(textures.get());
        ViewerPreferences.setDefaultLod(defaultLod.get());
        ViewerPreferences.setTheme(theme.get());
        ViewerPreferences.setMeshBudgetMB(Math.max(MeshBudget.MIN_MB, Math.min(MeshBudget.MAX_MB, meshBudgetMB.get())));
        return !Objects.equals(languageBefore, language.get());
    }
}
