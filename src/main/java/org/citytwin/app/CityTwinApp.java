package org.citytwin.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;

/** Entry point of the viewer, called by {@link Launcher} without a subcommand. */
public final class CityTwinApp {
    private CityTwinApp() {
    }

    /** Opens the viewer on the paths (or the bundled sample when empty); returns when the window closed. */
    public static void launchWith(List<Path> paths) {
        enable3dUnderSoftwareRendering();
        Application.launch(CityTwinFxApp.class, paths.stream().map(Path::toString).toArray(String[]::new));
    }

    /**
     * Prism refuses Mesa/llvmpipe (Xvfb, VMs) and then silently draws no 3D at all. Forcing the GPU
     * pipeline must happen before the toolkit starts; a value the user set explicitly wins.
     */
    public static void enable3dUnderSoftwareRendering() {
        if (System.getProperty("prism.forceGPU") == null) {
            System.setProperty("prism.forceGPU", "true");
        }
    }
}
