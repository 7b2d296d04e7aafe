package org.citytwin.ui.prefs;

import java.util.OptionalInt;
import org.citytwin.scene.CityScene;

/**
 * The memory budget for full tile meshes as the user set it in Preferences ({@link ViewerPreferences#meshBudgetMB}),
 * applied to the running scene; {@code -Dcitytwin.meshBudgetMB=N} on the command line wins over it for that run.
 */
public final class MeshBudget {
    /** The system property the scene reads itself (bench, power users). */
    public static final String PROPERTY = "citytwin.meshBudgetMB";
    public static final int DEFAULT_MB = 2048, MIN_MB = 256, MAX_MB = 65536, STEP_MB = 256;
    private static final long MIB = 1024L * 1024;

    private MeshBudget() {
    }

    /** The budget the command line gives (-D), or empty when it gives none or no number. */
    public static OptionalInt override() {
        String s = System.getProperty(PROPERTY);
        if (s == null || s.isBlank()) return OptionalInt.empty();
        try {
            double mb = Double.parseDouble(s.trim());
            return mb >= 0 ? OptionalInt.of((int) Math.min(Integer.MAX_VALUE, Math.round(mb))) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Gives the scene the remembered budget, unless the command line set one (the scene already has that). FX thread. */
    public static void apply(CityScene scene) {
        if (scene == null || override().isPresent()) return;
        scene.setMeshBudget(ViewerPreferences.meshBudgetMB() * MIB);
    }
}
