package org.citytwin.ui.start;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.citytwin.ui.load.RecentPaths;

/**
 * The last CityGML files, folders and flow files the user opened, newest first, remembered between runs
 * (java.util.prefs, per user), for the start page. Projects have their own list ({@code RecentProjects}).
 */
public final class RecentFiles {
    static final int MAX = 8;
    private final RecentPaths paths;

    public RecentFiles() {
        this(Preferences.userNodeForPackage(RecentFiles.class));
    }

    /** @param node where the list lives (tests pass their own) */
    public RecentFiles(Preferences node) {
        paths = new RecentPaths(node, "recentFiles", MAX);
    }

    public List<Path> list() {
        return paths.list();
    }

    /** Puts each path first (the first given ends up first, each once); the oldest beyond {@value #MAX} drop off. */
    public void add(List<Path> opened) {
        paths.add(opened);
    }
}
