package org.citytwin.ui.scenarios;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The last projects opened or saved, newest first, remembered between runs (java.util.prefs, per user). */
public final class RecentProjects {
    static final int MAX = 8;
    private static final String KEY = "recentProjects";
    private final Preferences node;

    public RecentProjects() {
        this(Preferences.userNodeForPackage(RecentProjects.class));
    }

    /** @param node where the list lives (tests pass their own) */
    public RecentProjects(Preferences node) {
        this.node = node;
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        try {
            for (String line : node.get(KEY, "").split("\n")) {
                if (!line.isBlank()) out.add(Path.of(line));
            }
        } catch (RuntimeException e) { // a broken preference store must not stop the viewer
            return out;
        }
        return out;
    }

    /** Puts a project first (once); the oldest beyond {@value #MAX} drop off. */
    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(List.of(abs));
        list().stream().filter(p -> !p.equals(abs)).limit(MAX - 1).forEach(next::add);
        try {
            node.put(KEY, String.join("\n", next.stream().map(Path::toString).toList()));
        } catch (RuntimeException e) {
            // not remembered; the session still works
        }
    }
}
