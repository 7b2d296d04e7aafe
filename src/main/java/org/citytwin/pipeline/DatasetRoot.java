package org.citytwin.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder the user opened, the only place a file's references (texture images, code lists, xlinks) may
 * lead: a file must never make the viewer read what the user did not open. For a PLATEAU delivery it is the
 * folder holding {@code udx/} and {@code codelists/}; for a single file elsewhere, its folder; for an opened
 * folder, that folder. A reference is judged on its normalized text first, so one that leaves the root is
 * refused without any file-system access; only paths inside are touched, and their real path (links
 * followed) must stay inside too. URLs are never fetched. Every access to a referenced file goes through
 * this class, so tests can watch what was touched. Thread-safe.
 */
public final class DatasetRoot {

    /** Where a reference leads. */
    public enum Where { INSIDE, OUTSIDE, NETWORK, NOT_A_PATH }

    /** A judged reference: its text as written, the verdict and, for paths, the normalized absolute path. */
    public record Target(String reference, Where where, Path path) {

        public boolean inside() {
            return where == Where.INSIDE;
        }

        /** Outside the root or on the network: to be reported, never opened. */
        public boolean refused() {
            return where == Where.OUTSIDE || where == Where.NETWORK;
        }
    }

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):");
    private static final Set<String> NETWORK_SCHEMES = Set.of("http", "https", "ftp", "ftps", "sftp", "ws", "wss");
    /**
     * How many folders, from an opened file's folder up, are searched for a PLATEAU {@code udx} folder:
     * udx/&lt;type&gt;/file.gml, and flood maps one level deeper per grouping (udx/fld/pref/&lt;river&gt;/file.gml).
     */
    private static final int UDX_LEVELS = 5;
    private static final List<Consumer<Path>> WATCHERS = new CopyOnWriteArrayList<>();

    private final Path folder;
    private volatile Path realFolder;

    private DatasetRoot(Path folder) {
        this.folder = folder;
    }

    /** The root of what the user opened: a file or a folder (a PLATEAU delivery, or a folder inside its udx/). */
    public static DatasetRoot of(Path opened) {
        Path path = opened.toAbsolutePath().normalize();
        Path start = Files.isDirectory(path) ? path : path.getParent();
        if (start == null) return new DatasetRoot(path);
        Path q = start;
        for (int i = 0; i < UDX_LEVELS && q != null; i++, q = q.getParent()) {
            Path name = q.getFileName();
            if (name != null && name.toString().equalsIgnoreCase("udx") && q.getParent() != null) {
                return new DatasetRoot(q.getParent());
            }
        }
        return new DatasetRoot(start);
    }

    /** Roots of several opened paths, keyed by each path as given; one instance per input. */
    public static Map<Path, DatasetRoot> of(List<Path> opened) {
        Map<Path, DatasetRoot> roots = new HashMap<>();
        for (Path p : opened) roots.computeIfAbsent(p, DatasetRoot::of);
        return roots;
    }

    /**
     * The root for {@code file}, one of the files {@code roots}' inputs expanded to: the root of the input it
     * came from (the file itself, or a folder above it), else the file's own.
     */
    public static DatasetRoot forFile(Path file, Map<Path, DatasetRoot> roots) {
        DatasetRoot own = roots.get(file);
        if (own != null) return own;
        DatasetRoot best = null;
        int depth = -1;
        for (Map.Entry<Path, DatasetRoot> e : roots.entrySet()) {
            if (file.startsWith(e.getKey()) && e.getKey().getNameCount() > depth) {
                best = e.getValue();
                depth = e.getKey().getNameCount();
            }
        }
        return best != null ? best : of(file);
    }

    /** The root folder, absolute and normalized. */
    public Path folder() {
        return folder;
    }

    /** Whether the normalized absolute {@code path} lies in the root, by its text alone (no file-system access). */
    public boolean contains(Path path) {
        return path.isAbsolute() && path.normalize().startsWith(folder);
    }

    /**
     * Judges a reference written in a file lying in {@code base}: a relative path (slashes or backslashes), an
     * absolute path, a file: URI, or a URL. Paths that leave the root are refused without touching them; a path
     * inside that exists is followed to its real path, which must stay inside.
     */
    public Target resolve(Path base, String reference) {
        String text = reference == null ? "" : reference.strip();
        if (text.isEmpty()) return new Target(reference, Where.NOT_A_PATH, null);
        Matcher m = SCHEME.matcher(text);
        if (m.find()) {
            String scheme = m.group(1).toLowerCase(Locale.ROOT);
            String rest = text.substring(m.end());
            if (!scheme.equals("file")) {
                boolean network = NETWORK_SCHEMES.contains(scheme) || rest.startsWith("//");
                return new Target(reference, network ? Where.NETWORK : Where.NOT_A_PATH, null);
            }
            try {
                URI uri = new URI(text.replace('\\', '/'));
                String host = uri.getAuthority();
                if (host != null && !host.isEmpty() && !host.equalsIgnoreCase("localhost")) {
                    return new Target(reference, Where.NETWORK, null); // file://server/share: another machine
                }
                text = uri.isOpaque() ? uri.getSchemeSpecificPart() : uri.getPath();
            } catch (URISyntaxException e) {
                return new Target(reference, Where.NOT_A_PATH, null);
            }
            if (text == null || text.isEmpty()) return new Target(reference, Where.NOT_A_PATH, null);
        }
        Path path;
        try {
            path = base.toAbsolutePath().resolve(text.replace('\\', '/')).normalize();
        } catch (InvalidPathException e) {
            return new Target(reference, Where.NOT_A_PATH, null);
        }
        return new Target(reference, staysInside(path) ? Where.INSIDE : Where.OUTSIDE, path);
    }

    /**
     * Whether {@code path} lies in the root by its text and, when it exists, by its real path: false for a link
     * inside that leads out (e.g. a .gml in an opened folder linking to a file elsewhere).
     */
    public boolean holds(Path path) {
        return staysInside(path.toAbsolutePath());
    }

    /** Whether the regular file at an inside path exists (following links, which must stay inside). */
    public boolean isFile(Path path) {
        return staysInside(path) && Files.isRegularFile(path);
    }

    /** Whether the folder at an inside path exists (following links, which must stay inside). */
    public boolean isFolder(Path path) {
        return staysInside(path) && Files.isDirectory(path);
    }

    /**
     * The entries of an inside folder by lower-case name (first one wins), as paths inside it; empty when the
     * folder is missing, unreadable or outside. Entries are not touched: judge one with {@link #isFile} before use.
     */
    public Map<String, Path> list(Path dir) {
        Map<String, Path> names = new HashMap<>();
        if (!staysInside(dir) || !Files.isDirectory(dir)) return names;
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(f -> names.putIfAbsent(f.getFileName().toString().toLowerCase(Locale.ROOT), f));
        } catch (IOException | RuntimeException e) {
            // unreadable folder: nothing found in it
        }
        return names;
    }

    /** Opens an inside file; a path outside (by text or by its real path) is refused like a missing one. */
    public InputStream open(Path path) throws IOException {
        if (!staysInside(path)) throw new NoSuchFileException(path.toString(), null, "outside the dataset");
        return Files.newInputStream(path);
    }

    /**
     * Inside by text, and, when it exists, by its real path too (a link inside may point out). Touches only
     * paths that are inside by text.
     */
    private boolean staysInside(Path path) {
        if (!contains(path)) return false;
        Path normal = path.normalize();
        WATCHERS.forEach(w -> w.accept(normal));
        Path real;
        try {
            real = normal.toRealPath();
        } catch (IOException | SecurityException e) {
            return true; // does not exist (or no link to follow): nothing outside is reached through it
        }
        return real.startsWith(realFolder());
    }

    private Path realFolder() {
        Path real = realFolder;
        if (real == null) {
            try {
                real = folder.toRealPath();
            } catch (IOException | SecurityException e) {
                real = folder;
            }
            realFolder = real;
        }
        return real;
    }

    /**
     * Calls {@code watcher} with every path this class is about to touch, until the returned handle is closed.
     * For tests: proves that nothing outside the root was looked at.
     */
    public static AutoCloseable watch(Consumer<Path> watcher) {
        WATCHERS.add(watcher);
        return () -> WATCHERS.remove(watcher);
    }

    @Override
    public String toString() {
        return folder.toString();
    }
}
