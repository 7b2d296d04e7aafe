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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.LocalFrame;
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
        long total = files.stream().mapToLong(InputExpander::size).sum();
        long done = 0;
        List<CityFile> results = new ArrayList<>();
        List<CityObject> objects = new ArrayList<>();
        for (Path file : files) {
            cancel.throwIfCancelled();
            long before = done;
            String label = file.getFileName().toString();
            progress.update("Reading " + label, before, total);
            CityFile cityFile = loadFile(file, bytes -> progress.update("Reading " + label, before + bytes, total), cancel, stats);
            stats.bytes.add(InputExpander.size(file));
            results.add(cityFile);
            objects.addAll(cityFile.objects());
            done += InputExpander.size(file);
            progress.update("Read " + label, done, total);
        }
        progress.update("Building meshes", done, total);
        long m0 = System.nanoTime();
        List<TileMesh> meshes = TileMesher.merge(objects, LodSelection.HIGHEST, textures ? new TextureImages() : null);
        stats.meshNanos.add(System.nanoTime() - m0);
        Envelope bounds = new Envelope();
        results.forEach(f -> bounds.include(f.bounds()));
        return new LoadResult(results, meshes, bounds, frame());
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
        List<LoadIssue> issues = new ArrayList<>(read.issues());
        issues.addAll(context.issues());
        if (appearances != null) {
            issues.addAll(appearances.issues());
            themes.addAll(appearances.themes());
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        SortedSet<Integer> lods = new TreeSet<>();
        Envelope bounds = new Envelope();
        for (CityObject o : read.results()) {
            counts.merge(o.type(), 1, Integer::sum);
            lods.addAll(o.lods());
            var mesh = o.displayMesh();
            bounds.includeAll(mesh.vertices(), mesh.vertices().length);
        }
        return new CityFile(file.toString(), read.citygmlVersion(), read.srsName(), context.crsCode(),
                List.copyOf(read.results()), counts, lods, bounds, issues);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
