package org.citytwin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.citytwin.geo.CrsResolver;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.InputExpander;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.pipeline.LoadStats;
import org.citytwin.pipeline.cache.LoadCache;
import org.citytwin.pipeline.read.PlainCitygml4jRead;
import org.citytwin.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `bench PATH... [--json]`: times the load phases and compares the whole load with a plain citygml4j read
 * of the same files in the same JVM. Figures are medians of --runs runs after --warmup runs; they are
 * relative measures on a shared machine, not absolute promises.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times loading (read, build model, tessellate, mesh) and a plain citygml4j read of the same files.",
                "With --pick N: times picking (ray casts) on a scene of at least --pick-triangles triangles.",
                "With --flows (no PATH): times the flow engine: --agents live agents updated --rate times a second,"
                        + " and replay of --replay-samples samples per second of playback.",
                "With --reload: one load from the source (its cache entries deleted first), then one from the cache.",
                "With --generate N --out FILE: writes the one tile PATH repeated N x N (the scale benchmark's city).",
                "With --frames: orbits the camera around the densest place in a window and times the frames.",
                "With --shadows: times the 3D view's cast shadows per sun position.",
                "With --pulses: loads PATH progressively in the real window and logs the JavaFX pulses meanwhile."})
public final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "CityGML files or folders (not with --flows)")
    private List<Path> paths = List.of();

    @Option(names = "--flows", description = "time the flow engine (ingest, frameAt, density, gate, trails) instead")
    private boolean flows;

    @Option(names = "--agents", defaultValue = "10000", description = "with --flows: live agents (default ${DEFAULT-VALUE})")
    private int agents;

    @Option(names = "--rate", defaultValue = "30", description = "with --flows: updates per second (default ${DEFAULT-VALUE})")
    private double rate;

    @Option(names = "--updates", defaultValue = "300", description = "with --flows: measured updates (default ${DEFAULT-VALUE})")
    private int updates;

    @Option(names = "--replay-samples", defaultValue = "100000", paramLabel = "S",
            description = "with --flows: samples per second of playback in the replay test (default ${DEFAULT-VALUE})")
    private int replaySamples;

    @Option(names = "--json", description = "print JSON")
    private boolean json;

    @Option(names = "--textures", defaultValue = "on", paramLabel = "on|off",
            description = "read appearances and build texture atlases (on) or not (off); default: ${DEFAULT-VALUE}")
    private SnapshotCommand.OnOff textures;

    @Option(names = "--runs", defaultValue = "5", description = "measured runs (default ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--warmup", defaultValue = "2", description = "warm-up runs (default ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--pick", paramLabel = "N",
            description = "instead of load timings: time N random picks (top and oblique view) through the real picker"
                    + " on the files' meshes replicated in a grid up to --pick-triangles; prints median/p95 ms")
    private Integer pick;

    @Option(names = "--pick-triangles", defaultValue = "1000000", paramLabel = "T",
            description = "with --pick: replicate until the scene has at least T triangles (default ${DEFAULT-VALUE})")
    private long pickTriangles;

    @Option(names = "--reload", description = "time a first load (cache entries of PATH deleted first), then a reload"
            + " from the binary cache; prints both and their ratio")
    private boolean reload;

    @Option(names = "--no-cache", description = "load from the source every time: neither read nor write the cache")
    private boolean noCache;

    @Option(names = "--generate", paramLabel = "N", description = "write the tile PATH repeated N x N (shifted by"
            + " its size, gml:ids made unique) to --out, for the scale benchmarks")
    private Integer generate;

    @Option(names = "--shadows", description = "time the 3D view's cast shadows: casters prepared once, then every tile's"
            + " shade and meshes for --runs sun positions of a Tokyo day")
    private boolean shadows;

    @Option(names = "--shadows-reference", description = "with --shadows: also time one sun position by the"
            + " per-triangle union (slow on big cities)")
    private boolean shadowsReference;

    @Option(names = "--out", paramLabel = "FILE", description = "with --generate: the file to write")
    private Path out;

    @Option(names = "--frames", description = "instead of load timings: open PATH in a window on the current display and"
            + " orbit once around the densest place; prints median/p95 frame time, visible tiles and triangles drawn,"
            + " with per-tile culling and without")
    private boolean frames;

    @Option(names = "--pulses", description = "instead of load timings: open the main window on the current display,"
            + " load PATH as File > Open does (tiles shown as they are read) and print the time to the first tile, to all"
            + " tiles shown, the longest JavaFX pulse gap and the gaps over 50 ms")
    private boolean pulses;

    @Option(names = "--frame-count", defaultValue = "240", paramLabel = "N",
            description = "with --frames: frames in the orbit (default ${DEFAULT-VALUE})")
    private int frameCount;

    @Option(names = "--orbit-distance", defaultValue = "600", paramLabel = "METRES",
            description = "with --frames: camera distance from the place's centre in metres (default ${DEFAULT-VALUE})")
    private double orbitDistance;

    @Override
    public Integer call() throws Exception {
        if (generate != null) return generate();
        if (flows) {
            if (agents < 1 || !(rate > 0) || updates < 1 || replaySamples < 10) {
                System.err.println(Texts.get("commands.bench.flows"));
                return 2;
            }
            return FlowBench.run(agents, rate, updates, replaySamples, json, System.out);
        }
        if (paths.isEmpty()) {
            System.err.println(Texts.get("commands.bench.needs-input"));
            return 2;
        }
        if (shadows) return ShadowBench.run(paths, runs, shadowsReference, json, System.out, System.err);
        if (pick != null) {
            if (pick < 1) {
                System.err.println(Texts.get("commands.bench.pick"));
                return 2;
            }
            return PickBench.run(paths, pick, pickTriangles, json, System.out, System.err);
        }
        if (pulses) return PulseBench.run(paths, !noCache, json, System.out, System.err);
        if (frames) {
            if (frameCount < 10 || !(orbitDistance > 0)) {
                System.err.println(Texts.get("commands.bench.frames"));
                return 2;
            }
            return FrameBench.run(paths, frameCount, orbitDistance, !noCache, json, System.out, System.err);
        }
        List<Path> files = InputExpander.expand(paths);
        long bytes = files.stream().mapToLong(InputExpander::size).sum();
        CrsResolver resolver = new CrsResolver();
        resolver.warmUpAsync();
        if (reload) return reload(files, resolver);
        List<Sample> samples = new ArrayList<>();
        List<Long> plain = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            Sample s = loadOnce(resolver);
            long p = plainRead(files);
            if (i >= warmup) {
                samples.add(s);
                plain.add(p);
            }
        }
        if (samples.isEmpty() || samples.get(0).objects == 0) {
            System.err.println(Texts.get("commands.bench.nothing", paths));
            return 2;
        }
        print(samples, plain, bytes, files.size());
        return 0;
    }

    private Sample loadOnce(CrsResolver resolver) {
        return loadOnce(resolver, noCache ? null : LoadCache.fromSystem());
    }

    private Sample loadOnce(CrsResolver resolver, LoadCache cache) {
        HeapWatch heap = HeapWatch.start();
        LoadStats stats = new LoadStats();
        long t0 = System.nanoTime();
        LoadResult result;
        try (DatasetLoader loader = new DatasetLoader(resolver)) {
            loader.setTextures(textures == SnapshotCommand.OnOff.on);
            loader.setCache(cache);
            result = loader.load(paths, LoadProgress.NONE, new CancelToken(), stats);
        }
        long wall = System.nanoTime() - t0;
        HeapWatch.Figures figures = heap.stop(); // while result is referenced: what stays is what the city keeps
        return new Sample(wall, stats.readNanos.sum(), stats.buildNanos.sum(), stats.tessellateNanos.sum(),
                stats.meshNanos.sum(), stats.objects.sum(), result.triangleCount(), figures.sumOfPoolPeaks(), figures);
    }

    /** `--reload`: a first load from the source (writing the cache), then a reload from it, one run each. */
    private Integer reload(List<Path> files, CrsResolver resolver) throws Exception {
        LoadCache cache = noCache ? null : LoadCache.fromSystem();
        if (cache != null) files.forEach(cache::evict);
        Sample first = loadOnce(resolver, cache);
        Sample again = loadOnce(resolver, cache);
        if (first.objects == 0) {
            System.err.println(Texts.get("cache.bench.nothing", paths));
            return 2;
        }
        double firstMs = first.wall / 1e6;
        double againMs = again.wall / 1e6;
        double ratio = firstMs / againMs;
        if (json) {
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("files", files.size());
            root.put("bytes", files.stream().mapToLong(InputExpander::size).sum());
            root.put("objects", first.objects);
            root.put("triangles", first.triangles);
            root.put("reloadObjects", again.objects);
            root.put("reloadTriangles", again.triangles);
            root.put("cache", cache != null);
            root.put("firstLoadMs", round(firstMs));
            root.put("reloadMs", round(againMs));
            root.put("ratio", round(ratio));
            root.put("peakHeapMbFirst", round(first.peakHeap / 1048576.0));
            root.put("peakHeapMbReload", round(again.peakHeap / 1048576.0));
            root.put("heapInUsePeakMbFirst", round(first.heap.peakInUse() / 1048576.0));
            root.put("heapInUsePeakMbReload", round(again.heap.peakInUse() / 1048576.0));
            root.put("heapRetainedMbFirst", round(first.heap.retained() / 1048576.0));
            root.put("heapRetainedMbReload", round(again.heap.retained() / 1048576.0));
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
            return 0;
        }
        System.out.println(Texts.get("cache.bench.reload", Math.round(firstMs), Math.round(againMs), ratio));
        System.out.println(Texts.get("cache.bench.reloadDetail", first.objects, first.triangles,
                Math.round(first.peakHeap / 1048576.0), Math.round(again.peakHeap / 1048576.0),
                cache == null ? Texts.get("cache.bench.off") : cache.folder().toString()));
        return 0;
    }

    /** `--generate N --out FILE PATH`: the scale benchmark's city. */
    private Integer generate() throws Exception {
        if (generate < 1 || out == null || paths.size() != 1 || !java.nio.file.Files.isRegularFile(paths.get(0))) {
            System.err.println(Texts.get("cache.generate.usage"));
            return 2;
        }
        ScaleGenerator.Written w = ScaleGenerator.write(paths.get(0), generate, out);
        System.out.println(Texts.get("cache.generate.done", out, generate, paths.get(0), w.bytes() / 1e6));
        return 0;
    }

    private static long plainRead(List<Path> files) {
        long t0 = System.nanoTime();
        for (Path file : files) {
            try {
                PlainCitygml4jRead.count(file);
            } catch (Exception e) {
                // a file citygml4j cannot read is timed up to its failure, like ours
            }
        }
        return System.nanoTime() - t0;
    }

    private void print(List<Sample> samples, List<Long> plain, long bytes, int fileCount) throws Exception {
        double wall = median(samples.stream().mapToLong(s -> s.wall).toArray()) / 1e6;
        double plainMs = median(plain.stream().mapToLong(Long::longValue).toArray()) / 1e6;
        Sample first = samples.get(0);
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("files", fileCount);
        root.put("bytes", bytes);
        root.put("runs", samples.size());
        root.put("objects", first.objects);
        root.put("triangles", first.triangles);
        ObjectNode phases = root.putObject("phasesMs");
        phases.put("read", round(median(samples.stream().mapToLong(s -> s.read).toArray()) / 1e6));
        phases.put("buildModel", round(median(samples.stream().mapToLong(s -> s.build).toArray()) / 1e6));
        phases.put("tessellate", round(median(samples.stream().mapToLong(s -> s.tessellate).toArray()) / 1e6));
        phases.put("mesh", round(median(samples.stream().mapToLong(s -> s.mesh).toArray()) / 1e6));
        root.put("wallMs", round(wall));
        root.put("mbPerSecond", round(bytes / 1e6 / (wall / 1000)));
        root.put("objectsPerSecond", round(first.objects / (wall / 1000)));
        root.put("peakHeapMb", round(median(samples.stream().mapToLong(s -> s.peakHeap).toArray()) / 1048576.0));
        root.put("heapInUsePeakMb", mb(samples, HeapWatch.Figures::peakInUse));
        root.put("heapLivePeakMb", mb(samples, HeapWatch.Figures::peakLive));
        root.put("heapRetainedMb", mb(samples, HeapWatch.Figures::retained));
        root.put("plainCitygml4jReadMs", round(plainMs));
        root.put("ratioToPlainCitygml4j", round(wall / plainMs));
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
            return;
        }
        System.out.printf("%d file(s), %.1f MB, %d objects, %d triangles, median of %d runs%n",
                fileCount, bytes / 1e6, first.objects, first.triangles, samples.size());
        System.out.printf("  read %.0f ms | build model %.0f ms | tessellate %.0f ms | mesh %.0f ms (thread time per phase)%n",
                phases.get("read").asDouble(), phases.get("buildModel").asDouble(),
                phases.get("tessellate").asDouble(), phases.get("mesh").asDouble());
        System.out.printf("  wall %.0f ms, %.1f MB/s, %.0f objects/s%n", wall,
                root.get("mbPerSecond").asDouble(), root.get("objectsPerSecond").asDouble());
        System.out.printf("  heap: peak in use %.0f MB, at most %.0f MB left after a collection, %.0f MB kept by the loaded"
                        + " city (pools' peaks summed: %.0f MB)%n", root.get("heapInUsePeakMb").asDouble(),
                root.get("heapLivePeakMb").asDouble(), root.get("heapRetainedMb").asDouble(),
                root.get("peakHeapMb").asDouble());
        System.out.printf("  plain citygml4j read %.0f ms; ratio CityTwin/plain = %.2f%n", plainMs, wall / plainMs);
    }

    /** Median over the runs of one heap figure, in MiB. */
    private static double mb(List<Sample> samples, java.util.function.ToLongFunction<HeapWatch.Figures> figure) {
        return round(median(samples.stream().mapToLong(s -> figure.applyAsLong(s.heap)).toArray()) / 1048576.0);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private record Sample(long wall, long read, long build, long tessellate, long mesh, long objects,
                          long triangles, long peakHeap, HeapWatch.Figures heap) {
    }
}
