package org.citytwin.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.LocalFrame;
import org.citytwin.pipeline.codelist.CodeLabeler;
import org.citytwin.pipeline.codelist.CodeListResolver;
import org.citytwin.pipeline.read.CityGmlFileReader;
import org.citytwin.pipeline.appearance.AppearanceIndex;
import org.citytwin.pipeline.appearance.TextureFiles;
import org.citytwin.pipeline.texture.TextureImages;
import org.citytwin.pipeline.tile.LodSelection;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.pipeline.tile.TileMesher;

/**
 * Loads CityGML files and PLATEAU folders (udx/&lt;type&gt;/*.gml) into the project's model and merged
 * tile meshes, in one local metric frame shared by every load of this loader. Pure Java: callable
 * from a JavaFX Task, the CLI or a test. Loads are sequential (one at a time); each file's features are
 * built in parallel on a small worker pool. What a file refers to (textures, code lists, xlinks) is read only
 * inside the dataset root of what the user opened ({@link DatasetRoot}), never from the network.
 */
public final class DatasetLoader implements AutoCloseable {

    private final FrameBinding binding;
    /**
     * Stack of the reading and building threads. citygml4j builds nested elements recursively (about 5 frames per
     * level); with the default 1 MB some 1,000 levels overflowed. 16 MB (reserved, committed only when used) gives the
     * stream filter's nesting limit a wide margin.
     */
    private static final long STACK_BYTES = 16L << 20;

    private final ExecutorService workers;
    private final CityGmlFileReader reader;
    /** Files read at once; each file's features are built on {@link #workers}, so this pool only waits. */
    private final ExecutorService fileWorkers;
    /** Code lists of the running load: each list is read once and each missing one reported once per load. */
    private volatile CodeListResolver codeLists = new CodeListResolver();
    /** Dataset roots of the running load's inputs: no reference in a file is followed out of its root. */
    private volatile Map<Path, DatasetRoot> roots = Map.of();
    private volatile long textureBudget = TextureImages.defaultBudget();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DatasetLoader.class);
    private volatile boolean textures = true;
    private volatile boolean atlases = true;
    private volatile String theme;
    private final Set<String> themes = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
    /** The binary cache later loads use (null: none); the running load's part in it. */
    private volatile org.citytwin.pipeline.cache.LoadCache cache = org.citytwin.pipeline.cache.LoadCache.fromSystem();
    private volatile CacheRun cacheRun;
    /** Objects built before a streaming load's first preview of a file (0: no previews); each next one waits for twice as many. */
    private volatile int previewObjects = DEFAULT_PREVIEW_OBJECTS;
    public static final int DEFAULT_PREVIEW_OBJECTS = 250;
    /** The running load's per-file meshing (null when the load does not stream its tiles). */
    private volatile FileMeshes fileDone;

    /** @param crsResolver shared CRS resolver */
    public DatasetLoader(CrsResolver crsResolver) {
        this(crsResolver, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    public DatasetLoader(CrsResolver crsResolver, int threads) {
        this.binding = new FrameBinding(crsResolver);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "citytwin-build-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        this.reader = new CityGmlFileReader(workers, threads);
        AtomicInteger f = new AtomicInteger();
        this.fileWorkers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(null, r, "citytwin-file-" + f.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Whether later loads read appearances (textures, material colours) and build texture atlases. Off gives
     * every object its kind's colour and decodes no image at all. Default on.
     */
    public void setTextures(boolean on) {
        this.textures = on;
    }

    public boolean textures() {
        return textures;
    }

    /**
     * Whether later loads decode texture images into atlases (default on). Off with {@link #setTextures} on reads
     * the appearances (which surface shows which image) but decodes nothing, so atlases can be built later when the
     * viewer's textures are switched on (see {@code LodViewModel#setTextures}).
     */
    public void setAtlases(boolean on) {
        this.atlases = on;
    }

    /**
     * The texture memory the atlases of one later load may keep, in bytes (default: the system property
     * {@value TextureImages#BUDGET_PROPERTY} in MiB, else 1 GiB). Textures beyond it are drawn in their plain
     * colour, each with a warning.
     */
    public void setTextureBudget(long bytes) {
        this.textureBudget = bytes;
    }

    /**
     * The binary cache later loads look files up in and store them into; null turns it off. Default: the user
     * cache folder, unless {@code -Dcitytwin.cache=false} (see {@link org.citytwin.pipeline.cache.LoadCache}).
     */
    public void setCache(org.citytwin.pipeline.cache.LoadCache cache) {
        this.cache = cache;
    }

    public org.citytwin.pipeline.cache.LoadCache cache() {
        return cache;
    }

    /**
     * With a streaming load ({@link TileStream}): hand preview tiles of a file being read after this many objects,
     * then after twice as many more each time (few previews even for a ward); 0 turns previews off.
     */
    public void setPreviewObjects(int objects) {
        this.previewObjects = Math.max(0, objects);
    }

    /** The appearance theme shown by later loads; null (default) takes each file's first theme. */
    public void setTheme(String theme) {
        this.theme = theme;
    }

    /** Appearance themes met in the files loaded so far, in order (e.g. "rgbTexture"). */
    public List<String> themes() {
        synchronized (themes) {
            return List.copyOf(themes);
        }
    }

    /** The local frame shared by all loads; null until the first georeferenced file was read. */
    public LocalFrame frame() {
        return binding.frame();
    }

    /** Fixes the frame origin before anything is loaded (tests, saved projects). */
    public void anchor(LocalFrame frame) {
        binding.anchor(frame);
    }

    /** Local → {latitude, longitude}; null while no frame exists. */
    public double[] toLatLon(double x, double y) {
        var projection = binding.projection();
        return projection == null ? null : projection.toLatLon(x, y);
    }

    /** {latitude, longitude} → local {x, y}; null while no frame exists. */
    public double[] toLocal(double latitude, double longitude) {
        var projection = binding.projection();
        return projection == null ? null : projection.toLocal(latitude, longitude);
    }

    /**
     * Loads the given files and folders; one failing file never stops the rest (its issues say why).
     *
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public LoadResult load(List<Path> inputs, LoadProgress progress, CancelToken cancel) {
        return load(inputs, progress, cancel, LoadStats.NONE);
    }

    /** As {@link #load(List, LoadProgress, CancelToken)}, recording phase times into {@code stats}. */
    public LoadResult load(List<Path> inputs, LoadProgress progress, CancelToken cancel, LoadStats stats) {
        return load(inputs, progress, cancel, stats, TileStream.NONE);
    }

    /**
     * As {@link #load(List, LoadProgress, CancelToken, LoadStats)}, handing each file's tile meshes to {@code stream}
     * as soon as that file is read (then meshed file by file: the same meshes, as tiles never mix files).
     */
    public synchronized LoadResult load(List<Path> inputs, LoadProgress progress, CancelToken cancel, LoadStats stats,
                                        TileStream stream) {
        List<Path> files = InputExpander.expand(inputs);
        codeLists = new CodeListResolver();
        roots = DatasetRoot.of(inputs);
        var run = cache == null ? null : new CacheRun(cache);
        cacheRun = run;
        FileProgress fileProgress = new FileProgress(progress, files.stream().mapToLong(InputExpander::size).sum());
        List<CityFile> results = new ArrayList<>(files.size());
        TextureImages images = textures && atlases ? new TextureImages(textureBudget) : null;
        FileMeshes streamed = stream == TileStream.NONE ? null : new FileMeshes(stream, images, stats);
        fileDone = streamed;
        int first = 0;
        if (frame() == null && !files.isEmpty()) {
            // the first file alone anchors the local frame, so the origin never depends on thread timing; it is read
            // on a file worker too, for that thread's deep stack
            results.addAll(loadInParallel(files.subList(0, 1), fileProgress, cancel, stats, true));
            first = 1;
        }
        results.addAll(loadInParallel(files.subList(first, files.size()), fileProgress, cancel, stats, false));
        fileProgress.message("Building meshes");
        fileDone = null;
        List<TileMesh> meshes;
        if (streamed != null) {
            meshes = streamed.inOrder(results);
        } else {
            List<CityObject> objects = new ArrayList<>();
            results.forEach(f -> objects.addAll(f.objects()));
            long m0 = System.nanoTime();
            meshes = run == null ? null : run.meshes(results);
            if (meshes == null) meshes = TileMesher.merge(objects, LodSelection.HIGHEST, images);
            stats.meshNanos.add(System.nanoTime() - m0);
        }
        if (run != null) run.store(results, meshes);
        if (images != null) results = TextureRefusals.attach(results, images.refusals());
        Envelope bounds = new Envelope();
        results.forEach(f -> bounds.include(f.bounds()));
        return new LoadResult(results, meshes, bounds, frame());
    }

    /** Several files at once (each also builds its features in parallel); results keep the input order. */
    private List<CityFile> loadInParallel(List<Path> files, FileProgress progress, CancelToken cancel, LoadStats stats,
                                          boolean anchoring) {
        List<Future<CityFile>> futures = new ArrayList<>(files.size());
        for (Path file : files) {
            futures.add(fileWorkers.submit(() -> loadTracked(file, progress, cancel, stats, anchoring)));
        }
        List<CityFile> results = new ArrayList<>(files.size());
        try {
            for (Future<CityFile> future : futures) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.cancel();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            cancel.cancel();
            if (e.getCause() instanceof CancellationException c) throw c;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            futures.forEach(f -> f.cancel(false));
        }
        return results;
    }

    private CityFile loadTracked(Path file, FileProgress progress, CancelToken cancel, LoadStats stats, boolean anchoring) {
        cancel.throwIfCancelled();
        String label = file.getFileName().toString();
        long size = InputExpander.size(file);
        progress.started(label, size);
        CityFile result;
        try {
            result = loadFile(file, bytes -> progress.read(label, bytes), cancel, stats, anchoring);
        } catch (CancellationException e) {
            throw e;
        } catch (Throwable t) {
            // whatever one file does to the reader (a stack overflow, an exhausted heap, a bug) stays that file's error
            if (!FileFailure.isRecoverable(t)) throw t;
            result = FileFailure.of(file.toString(), t);
        }
        stats.bytes.add(size);
        FileMeshes streamed = fileDone;
        if (streamed != null) streamed.meshAndHand(result, cancel);
        progress.finished(label, size);
        result.issues().stream().filter(i -> i.severity() == org.citytwin.model.Severity.ERROR)
                .forEach(i -> LOG.warn("{}", i.describe()));
        return result;
    }

    /** @param anchoring whether this file is read alone to anchor the frame (a cached file then anchors it) */
    private CityFile loadFile(Path file, java.util.function.LongConsumer bytes, CancelToken cancel, LoadStats stats,
                              boolean anchoring) {
        DatasetRoot root = DatasetRoot.forFile(file, roots);
        if (!roots.containsKey(file) && !root.holds(file)) return linkOut(file, root);
        CacheRun run = cacheRun;
        LocalFrame frameBefore = frame();
        // without a frame only the anchoring file may use the cache: others race for the origin
        if (run != null && (frameBefore != null || anchoring)) {
            var hit = run.find(file, CacheRun.context(file, frameBefore, textures, theme, root));
            if (hit != null) {
                if (frameBefore == null && hit.frame() != null) binding.anchor(hit.frame());
                themes.addAll(hit.themes());
                stats.objects.add(hit.file().objects().size());
                bytes.accept(InputExpander.size(file));
                return hit.file();
            }
        }
        AppearanceIndex appearances = textures ? new AppearanceIndex(theme, new TextureFiles(file, root)) : null;
        FileContext first = new FileContext(file.toString(), binding, appearances);
        FileMeshes streaming = fileDone;
        Preview preview = streaming == null || previewObjects <= 0 ? null
                : new Preview(file.toString(), streaming.stream, previewObjects);
        CityGmlFileReader.Result<CityObject> read = reader.read(file, (raw, header) -> {
            CityObject built = ObjectBuilder.build(raw, header, first, stats);
            if (preview != null && built != null) preview.add(built);
            return built;
        }, bytes, cancel, stats, appearances, root);
        FileContext context = first;
        if (appearances != null && appearances.isLate() && !appearances.isEmpty()) {
            // The global appearance came after the objects (e.g. PLATEAU 2023 furniture): read once more, now
            // knowing it. Costs a second read for such files only; memory stays that of one read.
            FileContext again = new FileContext(file.toString(), binding, appearances);
            read = reader.read(file, (raw, header) -> ObjectBuilder.build(raw, header, again, LoadStats.NONE),
                    n -> { }, cancel, LoadStats.NONE, appearances, root);
            context = again;
        }
        CodeLabeler labeler = new CodeLabeler(codeLists, file.toString(), root);
        List<CityObject> built = labeler.apply(DeferredImplicits.place(read.results(), context));
        List<LoadIssue> issues = new ArrayList<>(read.issues());
        List<String> fileThemes = appearances == null ? List.of() : appearances.themes();
        issues.addAll(context.issues());
        issues.addAll(labeler.issues());
        if (appearances != null) {
            issues.addAll(appearances.issues());
            themes.addAll(appearances.themes());
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        SortedSet<Integer> lods = new TreeSet<>();
        Envelope bounds = new Envelope();
        for (CityObject o : built) {
            counts.merge(o.type(), 1, Integer::sum);
            lods.addAll(o.lods());
            var mesh = o.displayMesh();
            bounds.includeAll(mesh.vertices(), mesh.vertices().length);
        }
        CityFile result = new CityFile(file.toString(), read.citygmlVersion(), read.srsName(), context.crsCode(),
                List.copyOf(built), counts, lods, bounds, issues);
        if (run != null) {
            List<Path> depends = new ArrayList<>(labeler.consulted());
            if (appearances != null) depends.addAll(appearances.textureFiles().consulted());
            run.read(result, frame(), fileThemes, depends);
        }
        return result;
    }

    /** Collects objects as they are built and hands their untextured tiles on in ever larger batches. */
    private static final class Preview {
        private final String file;
        private final TileStream stream;
        private final List<CityObject> batch = new ArrayList<>();
        private int next;

        Preview(String file, TileStream stream, int first) {
            this.file = file;
            this.stream = stream;
            this.next = first;
        }

        void add(CityObject object) {
            List<CityObject> full;
            synchronized (this) {
                batch.add(object);
                if (batch.size() < next) return;
                full = List.copyOf(batch);
                batch.clear();
                next = (int) Math.min(Integer.MAX_VALUE, 2L * next);
            }
            List<TileMesh> meshes = TileMesher.merge(full, LodSelection.HIGHEST, null);
            Envelope bounds = new Envelope(); // from the doubles, as the file's own bounds: floats would stick out
            for (CityObject o : full) {
                var mesh = o.displayMesh();
                bounds.includeAll(mesh.vertices(), mesh.vertices().length);
            }
            if (!meshes.isEmpty()) stream.previewTiles(file, meshes, bounds);
        }
    }

    /** Meshes each file as it finishes and hands its tiles on; keeps them for the load's result, in input order. */
    private static final class FileMeshes {
        private final TileStream stream;
        private final TextureImages images;
        private final LoadStats stats;
        private final Map<CityFile, List<TileMesh>> byFile = new java.util.IdentityHashMap<>();

        FileMeshes(TileStream stream, TextureImages images, LoadStats stats) {
            this.stream = stream;
            this.images = images;
            this.stats = stats;
        }

        void meshAndHand(CityFile file, CancelToken cancel) {
            cancel.throwIfCancelled();
            long m0 = System.nanoTime();
            List<TileMesh> meshes;
            synchronized (this) { // one file at a time: the texture budget is shared by the load
                meshes = TileMesher.merge(file.objects(), LodSelection.HIGHEST, images);
                byFile.put(file, meshes);
            }
            stats.meshNanos.add(System.nanoTime() - m0);
            if (!meshes.isEmpty()) stream.fileTiles(file, meshes);
        }

        synchronized List<TileMesh> inOrder(List<CityFile> files) {
            List<TileMesh> all = new ArrayList<>();
            for (CityFile f : files) all.addAll(byFile.getOrDefault(f, List.of()));
            return all;
        }
    }

    /** A file found in an opened folder that is a link to a file outside it: not read. */
    private static CityFile linkOut(Path file, DatasetRoot root) {
        LoadIssue issue = new LoadIssue(org.citytwin.model.Severity.WARNING, org.citytwin.model.IssueCategory.OUTSIDE_DATASET,
                file.toString(), 0, 0, null, org.citytwin.model.IssueMessage.of("issues.dataset.link-out", root.folder()));
        return new CityFile(file.toString(), null, null, null, List.of(), Map.of(), new TreeSet<>(), new Envelope(),
                List.of(issue));
    }

    /** Interrupts running reads and waits (bounded) until the worker threads have ended. */
    @Override
    public void close() {
        fileWorkers.shutdownNow();
        workers.shutdownNow();
        try {
            fileWorkers.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
            workers.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True once {@link #close()} ended every worker thread. */
    public boolean isTerminated() {
        return fileWorkers.isTerminated() && workers.isTerminated();
    }
}
