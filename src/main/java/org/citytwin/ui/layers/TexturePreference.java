package org.citytwin.ui.layers;

import java.util.prefs.Preferences;

/** Whether textures are shown, remembered between runs (java.util.prefs, per user). Default on. */
public final class TexturePreference {

    private static final String KEY = "showTextures";
    private static volatile Preferences node; // null: the user's own (tests use a node of their own)

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

    /** Keeps the choice in another node from now on (tests, so they never change the user's); null: the user's. */
    public static void useNode(Preferences other) {
        node = other;
    }

    private static Preferences node() {
        Preferences n = node;
        return n != null ? n : Preferences.userNodeForPackage(TexturePreference.class);
    }
}
