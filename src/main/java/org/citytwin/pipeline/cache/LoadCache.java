package org.citytwin.pipeline.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The binary load cache: one versioned file per source file and load context in the user cache folder, so
 * opening a file again skips reading, building and tessellating it. An entry is used only when the source's size,
 * time and CRC32C, the program build, the cache format, the load context (frame, textures, theme, dataset root)
 * and the files it depends on are all as when it was written, and its body checksum holds; anything else is
 * rebuilt from the source (one log line, never an error a user sees). Plain Java; thread-safe.
 */
public final class LoadCache {

    /** {@code -Dcitytwin.cache=false} turns the cache off. */
    public static final String ENABLED_PROPERTY = "citytwin.cache";
    /** {@code -Dcitytwin.cacheDir=FOLDER} puts the cache elsewhere (tests, shared machines). */
    public static final String FOLDER_PROPERTY = "citytwin.cacheDir";
    /** {@code -Dcitytwin.cacheMaxMb=N}: the folder's size limit (default 8192 MiB); least recently used go first. */
    public static final String LIMIT_PROPERTY = "citytwin.cacheMaxMb";
    static final String SUFFIX = ".ctc";

    private static final Logger LOG = LoggerFactory.getLogger(LoadCache.class);

    /** What the last lookup of a source found. */
    public enum Outcome { HIT, MISSING, STALE, CORRUPT, UNREADABLE }

    private final Path folder;
    private final String programVersion;
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private volatile long limitBytes = Long.getLong(LIMIT_PROPERTY, 8192) << 20;

    public LoadCache(Path folder) {
        this(folder, ProgramVersion.current());
    }

    /** @param programVersion the build whose entries are valid (tests pass their own) */
    public LoadCache(Path folder, String programVersion) {
        this.folder = folder;
        this.programVersion = programVersion;
    }

    /** The cache the system properties ask for, in {@link #defaultFolder()}; null when turned off. */
    public static LoadCache fromSystem() {
        if ("false".equalsIgnoreCase(System.getProperty(ENABLED_PROPERTY, "true"))) return null;
        return new LoadCache(defaultFolder());
    }

    /**
     * {@code -Dcitytwin.cacheDir}, else the platform's user cache folder: %LOCALAPPDATA%\citytwin\cache on
     * Windows, ~/Library/Caches/citytwin on macOS, $XDG_CACHE_HOME/citytwin or ~/.cache/citytwin elsewhere.
     */
    public static Path defaultFolder() {
        String set = System.getProperty(FOLDER_PROPERTY);
        if (set != null && !set.isBlank()) return Path.of(set);
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : Path.of(home, "AppData", "Local")).resolve("citytwin").resolve("cache");
        }
        if (os.startsWith("mac")) return Path.of(home, "Library", "Caches", "citytwin");
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache")).resolve("citytwin");
    }

    /** Sets the folder's size limit; entries used least recently are deleted after a write beyond it. */
    public void setLimit(long bytes) {
        this.limitBytes = bytes;
    }

    public Path folder() {
        return folder;
    }

    /** What the last lookup of {@code source} (as given to {@link #lookup}) found; null before any. */
    public Outcome outcome(Path source) {
        return outcomes.get(source.toString());
    }

    /**
     * Looks {@code source} up for a load described by {@code context} (every setting the result depends on).
     * Hashes the source first, so the entry later {@linkplain Lookup#store stored} describes the bytes read.
     */
    public Lookup lookup(Path source, String context) {
        Path entry = entryFile(source, context);
        String fullContext = source.toAbsolutePath().normalize() + "\n" + context;
        if (!Files.exists(entry)) {
            // nothing to compare with: the source is hashed when the fresh entry is stored, not before its first
            // read (a third of a second before a 1 GB file's first object); the size and time now say whether it changed meanwhile
            SourceKey.Stamp before = SourceKey.Stamp.of(source);
            outcomes.put(source.toString(), before == null ? Outcome.UNREADABLE : Outcome.MISSING);
            return before == null ? new Lookup(source, entry, null, null)
                    : new Lookup(source, entry, programVersion, fullContext, before);
        }
        SourceKey key;
        try {
            key = SourceKey.of(source);
        } catch (IOException | RuntimeException e) {
            outcomes.put(source.toString(), Outcome.UNREADABLE);
            return new Lookup(source, entry, null, null);
        }
        CacheFile.Expected expected = new CacheFile.Expected(programVersion, fullContext, key);
        CacheEntry found = null;
        Outcome outcome;
        try {
            found = CacheFile.read(entry, expected);
            Dependency changed = found.dependencies().stream().filter(d -> !d.isCurrent()).findFirst().orElse(null);
            if (changed != null) {
                LOG.info("The load cache of {} is rebuilt: {} changed since it was written", source, changed.path());
                found = null;
                outcome = Outcome.STALE;
            } else {
                outcome = Outcome.HIT;
                touch(entry);
            }
        } catch (NoSuchFileException e) {
            outcome = Outcome.MISSING;
        } catch (CacheFile.Rejected e) {
            LOG.info("The load cache of {} is rebuilt: {}", source, e.getMessage());
            outcome = e.corrupt ? Outcome.CORRUPT : Outcome.STALE;
        } catch (IOException | RuntimeException e) {
            LOG.info("The load cache of {} is rebuilt: it could not be read ({})", source, e.toString());
            outcome = Outcome.CORRUPT;
        }
        outcomes.put(source.toString(), outcome);
        return new Lookup(source, entry, new CacheFile.Expected(programVersion, fullContext, key), found);
    }

    /** Marks an entry as just used, for {@link #trim()}. */
    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // a read-only cache still serves; it is only trimmed in another order
        }
    }

    /**
     * Deletes entries used least recently until the folder is within its limit, and temporary files an
     * interrupted write left behind more than an hour ago.
     */
    synchronized void trim() {
        if (!Files.isDirectory(folder)) return;
        record Item(Path path, long size, long used) {
        }
        List<Item> items = new ArrayList<>();
        long total = 0;
        long hourAgo = System.currentTimeMillis() - 3_600_000;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                var a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
                if (name.endsWith(SUFFIX)) {
                    items.add(new Item(p, a.size(), a.lastModifiedTime().toMillis()));
                    total += a.size();
                } else if (name.endsWith(".tmp") && a.lastModifiedTime().toMillis() < hourAgo) {
                    Files.deleteIfExists(p);
                }
            }
            items.sort(java.util.Comparator.comparingLong(Item::used));
            for (int i = 0; total > limitBytes && i < items.size(); i++) {
                if (Files.deleteIfExists(items.get(i).path())) total -= items.get(i).size();
            }
        } catch (IOException e) {
            LOG.info("The load cache folder {} was not trimmed: {}", folder, e.toString());
        }
    }

    /** Deletes every entry of {@code source} (all contexts); returns how many. */
    public int evict(Path source) {
        String prefix = hash(source.toAbsolutePath().normalize().toString()) + "-";
        int n = 0;
        if (!Files.isDirectory(folder)) return 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, prefix + "*" + SUFFIX)) {
            for (Path p : entries) {
                if (Files.deleteIfExists(p)) n++;
            }
        } catch (IOException e) {
            LOG.info("Load cache entries of {} could not be deleted: {}", source, e.toString());
        }
        return n;
    }

    /** The entry file of a source in a context: hash of the absolute path, then hash of the context. */
    public Path entryFile(Path source, String context) {
        return folder.resolve(hash(source.toAbsolutePath().normalize().toString()) + "-" + hash(context) + SUFFIX);
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One lookup: the entry found (or null), and the means to store a fresh one for the same source bytes. */
    public final class Lookup {
        private final Path source;
        private final Path file;
        private final CacheFile.Expected key;
        private final CacheEntry entry;
        /** For a source not hashed at lookup: what its key is made of when stored, and its size and time before. */
        private final String programVersion;
        private final String context;
        private final SourceKey.Stamp before;

        private Lookup(Path source, Path file, CacheFile.Expected key, CacheEntry entry) {
            this.source = source;
            this.file = file;
            this.key = key;
            this.entry = entry;
            this.programVersion = null;
            this.context = null;
            this.before = null;
        }

        private Lookup(Path source, Path file, String programVersion, String context, SourceKey.Stamp before) {
            this.source = source;
            this.file = file;
            this.key = null;
            this.entry = null;
            this.programVersion = programVersion;
            this.context = context;
            this.before = before;
        }

        /** The cached result, or null: then load the source and {@link #store} what it gave. */
        public CacheEntry entry() {
            return entry;
        }

        /**
         * Writes {@code fresh} atomically, unless the source changed while it was read; a failure to write is
         * logged and otherwise ignored (the load stands).
         */
        public void store(CacheEntry fresh) {
            CacheFile.Expected stored = key != null ? key : hashedNow();
            if (stored == null || !stored.source().sizeAndTimeHold(source)) return;
            try {
                CacheFile.write(file, stored, fresh);
            } catch (IOException | RuntimeException e) {
                LOG.info("The load cache of {} was not written: {}", source, e.toString());
                return;
            }
            trim();
        }

        /** The key of a source not hashed at lookup, if its size and time are still those it was read with. */
        private CacheFile.Expected hashedNow() {
            if (before == null) return null;
            try {
                SourceKey now = SourceKey.of(source);
                return before.matches(now) ? new CacheFile.Expected(programVersion, context, now) : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }
}
