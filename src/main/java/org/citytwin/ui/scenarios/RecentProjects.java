package org.citytwin.ui.scenarios;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.citytwin.ui.load.RecentPaths;

/** The last projects opened or saved, newest first, remembered between runs (java.util.prefs, per user). */
public final class RecentProjects {
    static final int MAX = 8;
    private final RecentPaths paths;

    public RecentProjects() {
        this(Preferences.userNodeForPackage(RecentProjects.class));
    }

    /** @param node where the list lives (tests pass their own) */
    public RecentProjects(Preferences node) {
        paths = new RecentPaths(node, "recentProjects", MAX);
    }

    public List<Path> list() {
        return paths.list();
    }

    /** Puts a project first (once); the oldest beyond {@value #MAX} drop off. */
    public void add(Path file) {
        paths.add(List.of(file));
    }
}
