package org.citytwin.ui.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * A list of paths, newest first, at most {@code max} long, kept under one key of a java.util.prefs node between runs.
 * A broken preference store never stops the viewer: the list reads as empty and a change is simply not remembered.
 */
public final class RecentPaths {
    private final Preferences node;
    private final String key;
    private final int max;

    public RecentPaths(Preferences node, String key, int max) {
        this.node = node;
        this.key = key;
        this.max = max;
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        try {
            for (String line : node.get(key, "").split("\n")) {
                if (!line.isBlank()) out.add(Path.of(line));
            }
        } catch (RuntimeException e) { // a broken store or entry
            return out;
        }
        return out;
    }

    /** Puts the paths first (the first given ends up first, each once, absolute); the oldest beyond the limit drop off. */
    public void add(List<Path> paths) {
        List<Path> next = new ArrayList<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (!next.contains(abs)) next.add(abs);
        }
        list().stream().filter(p -> !next.contains(p)).forEach(next::add);
        try {
            node.put(key, String.join("\n", next.stream().limit(max).map(Path::toString).toList()));
        } catch (RuntimeException e) {
            // not remembered; the session still works
        }
    }
}
