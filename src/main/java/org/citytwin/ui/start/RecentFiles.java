package org.citytwin.ui.start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The last CityGML files, folders and flow files the user opened, newest first, remembered between runs
 * (java.util.prefs, per user), for the start page. Projects have their own list ({@code RecentProjects}).
 */
public final class RecentFiles {
    static final int MAX = 8;
    private static final String KEY = "recentFiles";
    private final Preferences node;

    public RecentFiles() {
        this(Preferences.userNodeForPackage(RecentFiles.class));
    }

    /** @param node where the list lives (tests pass their own) */
    public RecentFiles(Preferences node) {
        this.node = node;
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        try {
            for (String line : node.get(KEY, "").split("\n")) {
                if (!line.isBlank()) out.add(Path.of(line));
            }
        } catch (RuntimeException e) { // a broken preference store or entry must not stop the viewer
            return out;
        }
        return out;
    }

    /** Puts each path first (the first given ends up first, each once); the oldest beyond {@value #MAX} drop off. */
    public void add(List<Path> paths) {
        List<Path> next = new ArrayList<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (!next.contains(abs)) next.add(abs);
        }
        list().stream().filter(p -> !next.contains(p)).forEach(next::add);
        try {
            node.put(KEY, String.join("\n", next.stream().limit(MAX).map(Path::toString).toList()));
        } catch (RuntimeException e) {
            // not remembered; the session still works
        }
    }
}
