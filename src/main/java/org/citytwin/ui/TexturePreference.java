package org.citytwin.ui;

import java.util.prefs.Preferences;

/** Whether textures are shown, remembered between runs (java.util.prefs, per user). Default on. */
public final class TexturePreference {

    private static final String KEY = "showTextures";

    private TexturePreference() {
    }

    public static boolean isOn() {
        try {
            return node().getBoolean(KEY, true);
        } catch (RuntimeException e) { // a broken preference store must not stop the viewer
            return true;
        }
    }

    public static void set(boolean on) {
        try {
            node().putBoolean(KEY, on);
        } catch (RuntimeException e) {
            // not remembered; the current session still follows the menu
        }
    }

    private static Preferences node() {
        return Preferences.userNodeForPackage(TexturePreference.class);
    }
}
