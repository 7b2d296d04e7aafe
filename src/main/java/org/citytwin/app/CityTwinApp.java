package org.citytwin.app;

import java.nio.file.Path;
import java.util.List;

/** Placeholder: the scene/UI work fills this in. */
public final class CityTwinApp {
    public static void launchWith(List<Path> paths) {
        throw new UnsupportedOperationException("UI being written");
    }
}
