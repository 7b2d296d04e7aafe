package org.citytwin.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import org.citytwin.scene.Prism3d;

/** Entry point of the viewer, called by {@link Launcher} without a subcommand. */
public final class CityTwinApp {
    private CityTwinApp() {
    }

    /** Opens the viewer on the paths (or the bundled sample when empty); returns when the window closed. */
    public static void launchWith(List<Path> paths) {
        Prism3d.enableUnderSoftwareRendering();
        Application.launch(CityTwinFxApp.class, paths.stream().map(Path::toString).toArray(String[]::new));
    }
}
