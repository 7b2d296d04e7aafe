package org.citytwin.ui.theme;

import java.util.List;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.citytwin.text.Texts;

/**
 * The app's look: {@code citytwin.css} (the style classes that replaced inline styles, light colours) and, for
 * the dark theme, {@code dark.css} on top, which only redefines colours; in Japanese, {@code japanese.css} sets the
 * bundled Japanese font for all text. Applied to a Scene, or to a dialog's pane
 * (dialogs get scenes of their own).
 */
public enum Theme {
    LIGHT, DARK;

    static final String BASE = stylesheet("citytwin.css");
    static final String DARK_SHEET = stylesheet("dark.css");
    static final String JAPANESE = stylesheet("japanese.css");
    private static volatile Theme current = LIGHT;

    /** The theme chosen for this run (Preferences sets it at start and when changed). */
    public static Theme current() {
        return current;
    }

    public static void setCurrent(Theme theme) {
        current = theme;
    }

    /** LIGHT or DARK from a stored name; anything else is LIGHT. */
    public static Theme parse(String name) {
        return "dark".equalsIgnoreCase(name) ? DARK : LIGHT;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public void apply(Scene scene) {
        apply(scene.getStylesheets());
    }

    public void apply(Parent parent) {
        apply(parent.getStylesheets());
    }

    private void apply(ObservableList<String> sheets) {
        sheets.removeAll(List.of(BASE, DARK_SHEET, JAPANESE));
        sheets.add(BASE);
        if (this == DARK) sheets.add(DARK_SHEET);
        if ("ja".equals(Texts.locale().getLanguage())) sheets.add(JAPANESE);
    }

    private static String stylesheet(String name) {
        return Theme.class.getResource(name).toExternalForm();
    }
}
