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
 * built in parallel on a small worker pool.
 */
public final class DatasetLoader implements AutoCloseable {

    private final FrameBinding binding;
    private final ExecutorService workers;
    private final CityGmlFileReader reader;
    /** Files read at once; each file's features are built on {@link #workers}, so this pool only waits. */
    private final ExecutorService fileWorkers;
    /** Code lists of the running load: each list is read once and each missing one reported once per load. */
    private volatile CodeListResolver codeLists = new CodeListResolver();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DatasetLoader.class);
    private volatile boolean textures = true;
    private volatile String theme;
    private final Set<String> themes = java.util.Collections.synchronizedSet(new LinkedHashSet<>());

    /** @param crsResolver shared CRS resolver */
    public DatasetLoader(CrsResolver crsResolver) {
        this(crsResolver, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    public DatasetLoader(CrsResolver crsResolver, int threads) {
        this.binding = new FrameBinding(crsResolver);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "citytwin-build-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.reader = new CityGmlFileReader(workers, threads);
        AtomicInteger f = new AtomicInteger();
        this.fileWorkers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "citytwin-file-" + f.incrementAndGet());
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
    public synchronized LoadResult load(List<Path> inputs, LoadProgress progress, CancelToken cancel, LoadStats stats) {
        List<Path> files = InputExpander.expand(inputs);
        codeLists = new CodeListResolver();
        FileProgress fileProgress = new FileProgress(progress, files.stream().mapToLong(InputExpander::size).sum());
        List<CityFile> results = new ArrayList<>(files.size());
        int first = 0;
        if (frame() == null && !files.isEmpty()) {
            // the first file alone anchors the local frame, so the origin never depends on thread timing
            results.add(loadTracked(files.get(0), fileProgress, cancel, stats));
            first = 1;
        }
        results.addAll(loadInParallel(files.subList(first, files.size()), fileProgress, cancel, stats));
        fileProgress.message("Building meshes");
        List<CityObject> objects = new ArrayList<>();
        results.forEach(f -> objects.addAll(f.objects()));
        long m0 = System.nanoTime();
        List<TileMesh> meshes = TileMesher.merge(objects, LodSelection.HIGHEST, textures ? new TextureImages() : null);
        stats.meshNanos.add(System.nanoTime() - m0);
        Envelope bounds = new Envelope();
        results.forEach(f -> bounds.include(f.bounds()));
        return new LoadResult(results, meshes, bounds, frame());
    }

    /** Several files at once (each also builds its features in parallel); results keep the input order. */
    private List<CityFile> loadInParallel(List<Path> files, FileProgress progress, CancelToken cancel, LoadStats stats) {
        List<Future<CityFile>> futures = new ArrayList<>(files.size());
        for (Path file : files) {
            futures.add(fileWorkers.submit(() -> loadTracked(file, progress, cancel, stats)));
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

    private CityFile loadTracked(Path file, FileProgress progress, CancelToken cancel, LoadStats stats) {
        cancel.throwIfCancelled();
        String label = file.getFileName().toString();
        long size = InputExpander.size(file);
        progress.started(label, size);
        CityFile result = loadFile(file, bytes -> progress.read(label, bytes), cancel, stats);
        stats.bytes.add(size);
        progress.finished(label, size);
        result.issues().stream().filter(i -> i.severity() == org.citytwin.model.Severity.ERROR)
                .forEach(i -> LOG.warn("{}", i.describe()));
        return result;
    }

    private CityFile loadFile(Path file, java.util.function.LongConsumer bytes, CancelToken cancel, LoadStats stats) {
        AppearanceIndex appearances = textures ? new AppearanceIndex(theme, new TextureFiles(file)) : null;
        FileContext first = new FileContext(file.toString(), binding, appearances);
        CityGmlFileReader.Result<CityObject> read = reader.read(file,
                (raw, header) -> ObjectBuilder.build(raw, header, first, stats), bytes, cancel, stats, appearances);
        FileContext context = first;
        if (appearances != null && appearances.isLate() && !appearances.isEmpty()) {
            // The global appearance came after the objects (e.g. PLATEAU 2023 furniture): read once more, now
            // knowing it. Costs a second read for such files only; memory stays that of one read.
            FileContext again = new FileContext(file.toString(), binding, appearances);
            read = reader.read(file, (raw, header) -> ObjectBuilder.build(raw, header, again, LoadStats.NONE),
                    n -> { }, cancel, LoadStats.NONE, appearances);
            context = again;
        }
        CodeLabeler labeler = new CodeLabeler(codeLists, file.toString());
        List<CityObject> built = labeler.apply(DeferredImplicits.place(read.results(), context));
        List<LoadIssue> issues = new ArrayList<>(read.issues());
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
        return new CityFile(file.toString(), read.citygmlVersion(), read.srsName(), context.crsCode(),
                List.copyOf(built), counts, lods, bounds, issues);
    }

    @Override
    public void close() {
        fileWorkers.shutdownNow();
        workers.shutdownNow();
    }
}
