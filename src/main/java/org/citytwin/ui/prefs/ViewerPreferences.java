package org.citytwin.ui.prefs;

import java.util.prefs.Preferences;
import org.citytwin.model.LodChoice;
import org.citytwin.ui.theme.Theme;

/**
 * The theme and the default level of detail, remembered between runs (java.util.prefs, per user). A broken or
 * hand-edited store gives the defaults (light, highest LOD) and never stops the viewer.
 */
public final class ViewerPreferences {

    private static final String THEME = "theme";
    private static final String DEFAULT_LOD = "defaultLod";
    private static final String MESH_BUDGET_MB = "meshBudgetMB";
    private static volatile Preferences node; // null: the user's own (tests use a node of their own)

    private ViewerPreferences() {
    }

    public static Theme theme() {
        try {
            return Theme.parse(node().get(THEME, Theme.LIGHT.id()));
        } catch (RuntimeException e) {
            return Theme.LIGHT;
        }
    }

    public static void setTheme(Theme theme) {
        try {
            node().put(THEME, theme.id());
        } catch (RuntimeException e) {
            // not remembered; this run still uses it
        }
    }

    /** Highest available, or LOD 0–4 for every kind. */
    public static LodChoice defaultLod() {
        try {
            return new LodChoice(node().getInt(DEFAULT_LOD, LodChoice.HIGHEST.lod()));
        } catch (RuntimeException e) { // also a number out of range
            return LodChoice.HIGHEST;
        }
    }

    public static void setDefaultLod(LodChoice choice) {
        try {
            node().putInt(DEFAULT_LOD, choice.lod());
        } catch (RuntimeException e) {
            // not remembered
        }
    }

    /** The memory budget for full tile meshes, MB ({@link MeshBudget#DEFAULT_MB} unless chosen; out of range: the default). */
    public static int meshBudgetMB() {
        try {
            int mb = node().getInt(MESH_BUDGET_MB, MeshBudget.DEFAULT_MB);
            return mb >= MeshBudget.MIN_MB && mb <= MeshBudget.MAX_MB ? mb : MeshBudget.DEFAULT_MB;
        } catch (RuntimeException e) {
            return MeshBudget.DEFAULT_MB;
        }
    }

    public static void setMeshBudgetMB(int mb) {
        try {
            node().putInt(MESH_BUDGET_MB, mb);
        } catch (RuntimeException e) {
            // not remembered
        }
    }

    /** Keeps the choices in another node from now on (tests, so they never change the user's); null: the user's. */
    public static void useNode(Preferences other) {
        node = other;
    }

    private static Preferences node() {
        Preferences n = node;
        return n != null ? n : Preferences.userNodeForPackage(ViewerPreferences.class);
    }
}
