package org.citytwin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.citytwin.geo.CrsResolver;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.pipeline.LoadStats;
import org.citytwin.pipeline.TileStream;
import org.citytwin.pipeline.cache.LoadCache;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.PulseLogger;
import org.citytwin.ui.load.FxSteps;
import org.citytwin.ui.load.LoadViewModel;
import org.citytwin.ui.MainWindow;

/**
 * `bench --pulses PATH...`: opens the real main window on the current display, loads the files the way File → Open
 * does (tiles streamed per file, fed to the scene a few per pulse) and logs every JavaFX pulse meanwhile. Prints the
 * time to the first tile in the scene, to all tiles shown, the longest pulse gap and the gaps over 50 ms; then, for
 * comparison, how long adding the same tiles in one FX-thread call takes (what a load did before). Figures depend on
 * the machine's load: indicative, not promises.
 */
final class PulseBench {
    static final int WIDTH = 1400, HEIGHT = 900;

    private PulseBench() {
    }

    /** One phase of the load: its pulse gaps' count, longest and how many were over 50 ms. */
    record Phase(int pulses, double longestMs, int over50) {
        static Phase of(double[] gaps) {
            return new Phase(gaps.length, java.util.Arrays.stream(gaps).max().orElse(0),
                    (int) java.util.Arrays.stream(gaps).filter(g -> g > PulseLogger.FREEZE_MS).count());
        }
    }

    record Result(double firstTileMs, double lastTileMs, double allShownMs, double longestPulseMs, int pulses, int pulsesOver50,
                  int batches, double longestFeedMs, String longestStep, double longestStepMs, double probeLateMs, long tiles,
                  long triangles, double allAtOnceMs, Phase reading, Phase feeding, Phase finishing, List<FxSteps.Timing> steps,
                  List<java.util.Map.Entry<String, Double>> blame, List<java.util.Map.Entry<String, Double>> renderBlame,
                  double firstPixelsMs, java.util.Map.Entry<Double, String> longestBusy, double settledMs) {
        /** Everything drawn: the load's steps done and the far tiles' boxes, made over later pulses, all in. */
        double fullyLoadedMs() {
            return Math.max(allShownMs, settledMs);
        }
    }

    static int run(List<Path> paths, boolean cache, boolean json, PrintStream out, PrintStream err) throws Exception {
        FxToolkit.start();
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "citytwin-bench-load");
            t.setDaemon(true);
            return t;
        });
        CrsResolver crs = new CrsResolver();
        // the app warms the CRS database up at startup, before a file can be opened: so does the bench
        crs.warmUpAsync().get(2, TimeUnit.MINUTES);
        try (DatasetLoader loader = new DatasetLoader(crs)) {
            loader.setCache(cache ? LoadCache.fromSystem() : null);
            LoadViewModel.Loader pipeline = new LoadViewModel.Loader() {
                @Override
                public LoadResult load(List<Path> inputs, LoadProgress progress, CancelToken cancel) {
                    return loader.load(inputs, progress, cancel);
                }

                @Override
                public LoadResult load(List<Path> inputs, LoadProgress progress, CancelToken cancel, TileStream tiles) {
                    return loader.load(inputs, progress, cancel, LoadStats.NONE, tiles);
                }
            };
            Result r = measure(pipeline, executor, paths);
            if (r.tiles() == 0) {
                err.println("Nothing to draw: no geometry was loaded from " + paths);
                return 2;
            }
            print(r, paths, json, out);
            return 0;
        } finally {
            executor.shutdownNow();
        }
    }

    private static Result measure(LoadViewModel.Loader pipeline, ExecutorService executor, List<Path> paths) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        PulseLogger pulses = new PulseLogger();
        long[] t0 = {0}, first = {0}, last = {0}, end = {0};
        int[] batches = {0};
        double[] longestFeed = {0};
        MainWindow window = FxToolkit.onFx(() -> {
            MainWindow w = new MainWindow(new CityScene(WIDTH, HEIGHT - 140), pipeline, executor);
            Stage stage = new Stage();
            stage.setTitle("CityTwin bench --pulses");
            stage.setScene(new Scene(w.root(), WIDTH, HEIGHT));
            stage.show();
            w.feeder().onBatch(views -> {
                long now = System.nanoTime();
                if (first[0] == 0) first[0] = now;
                last[0] = now;
                batches[0]++;
            });
            w.feeder().onPulse((startNanos, endNanos) -> longestFeed[0] = Math.max(longestFeed[0], (endNanos - startNanos) / 1e6));
            w.viewModel().runningProperty().addListener((o, was, running) -> {
                if (!running) {
                    end[0] = System.nanoTime();
                    pulses.stop();
                    done.complete(null);
                }
            });
            return w;
        });
        Thread.sleep(1000); // the window's first frames are not the load's
        LatenessProbe probe = new LatenessProbe();
        probe.start();
        FxStallSampler sampler = new FxStallSampler(FxToolkit.onFx(Thread::currentThread));
        sampler.start();
        FxToolkit.onFx(() -> {
            pulses.start();
            t0[0] = System.nanoTime();
            window.viewModel().load(paths);
            return null;
        });
        done.get(60, TimeUnit.MINUTES);
        long settled = settledAt(window.cityScene());
        probe.interrupt();
        sampler.interrupt();
        var longestStep = FxToolkit.onFx(() -> window.loadSteps().longest());
        var steps = FxToolkit.onFx(() -> window.loadSteps().timings());
        Worker.State state = FxToolkit.onFx(() -> window.viewModel().lastStateProperty().get());
        if (state != Worker.State.SUCCEEDED) throw new IllegalStateException("the load ended " + state + ": "
                + FxToolkit.onFx(() -> window.viewModel().messageProperty().get()));
        List<TileMesh> tiles = FxToolkit.onFx(() -> {
            List<TileMesh> all = new ArrayList<>();
            for (var layer : window.cityScene().layers()) {
                for (Node n : layer.getChildren()) if (n.getUserData() instanceof TileMesh m) all.add(m);
            }
            return all;
        });
        long triangles = FxToolkit.onFx(() -> window.cityScene().triangleCount());
        var bounds = FxToolkit.onFx(() -> window.cityScene().bounds());
        // the path before progressive loading: every tile's view made in one FX-thread call
        double allAtOnce = FxToolkit.onFx(() -> {
            CityScene fresh = new CityScene(WIDTH, HEIGHT - 140);
            long a = System.nanoTime();
            fresh.addMeshes(tiles, bounds);
            double ms = (System.nanoTime() - a) / 1e6;
            removeAllTiles(fresh);
            return ms;
        });
        FxToolkit.onFx(() -> {
            window.root().getScene().getWindow().hide();
            removeAllTiles(window.cityScene());
            return null;
        });
        return new Result(first[0] == 0 ? Double.NaN : (first[0] - t0[0]) / 1e6, (last[0] - t0[0]) / 1e6, (end[0] - t0[0]) / 1e6,
                pulses.longestMs(), pulses.pulses(), pulses.overLimit(), batches[0], longestFeed[0],
                longestStep == null ? "" : longestStep.name(), longestStep == null ? 0 : longestStep.ms(), probe.latestMs, tiles.size(), triangles,
                allAtOnce, Phase.of(pulses.gapsBetween(t0[0], first[0])), Phase.of(pulses.gapsBetween(first[0], last[0] + 1)),
                Phase.of(pulses.gapsBetween(last[0] + 1, Long.MAX_VALUE)), steps,
                sampler.blame(pulses.gapsOver(PulseLogger.FREEZE_MS), 8), sampler.renderBlame(pulses.gapsOver(PulseLogger.FREEZE_MS), 8),
                firstPixels(pulses, first[0], t0[0]), sampler.longestBusy(), (settled - t0[0]) / 1e6);
    }

    /** When no box or rebuild pass was left pending (polled every 20 ms; they run over the pulses after a load). */
    private static long settledAt(CityScene scene) throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (FxToolkit.onFx(scene::tilesSettling) && System.nanoTime() < giveUp) Thread.sleep(20);
        return System.nanoTime();
    }

    /** Empties a scene the bench is done with: its residency passes, sliced over pulses, then have nothing left to make. */
    private static void removeAllTiles(CityScene scene) {
        List<javafx.scene.shape.MeshView> views = new ArrayList<>();
        for (var layer : scene.layers()) {
            for (Node n : layer.getChildren()) {
                if (n instanceof javafx.scene.shape.MeshView v && v.getUserData() instanceof TileMesh) views.add(v);
            }
        }
        scene.removeTiles(views);
    }

    /**
     * When the first tile was on screen: the second pulse after it went in (the first pulse syncs the frame that shows
     * it, and the next one starts only once the renderer has finished that frame).
     */
    private static double firstPixels(PulseLogger pulses, long firstTile, long t0) {
        if (firstTile == 0) return Double.NaN;
        long[] ends = pulses.pulseTimesAfter(firstTile, 2);
        return ends.length < 2 ? Double.NaN : (ends[1] - t0) / 1e6;
    }

    private static void print(Result r, List<Path> paths, boolean json, PrintStream out) throws Exception {
        if (json) {
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("inputs", paths.size()).put("tiles", r.tiles()).put("triangles", r.triangles())
                    .put("firstTileMs", round(r.firstTileMs())).put("allShownMs", round(r.allShownMs()))
                    .put("firstPixelsMs", round(r.firstPixelsMs())).put("fullyLoadedMs", round(r.fullyLoadedMs()))
                    .put("boxesDoneMs", round(r.settledMs()))
                    .put("longestFxBusyMs", round(r.longestBusy().getKey())).put("longestFxBusyIn", r.longestBusy().getValue())
                    .put("longestPulseMs", round(r.longestPulseMs())).put("pulses", r.pulses())
                    .put("pulsesOver50Ms", r.pulsesOver50()).put("feedPulses", r.batches())
                    .put("lastTileMs", round(r.lastTileMs())).put("longestFeedPulseMs", round(r.longestFeedMs()))
                    .put("longestLoadStep", r.longestStep()).put("longestLoadStepMs", round(r.longestStepMs()))
                    .put("machineLatenessMs", round(r.probeLateMs()))
                    .put("allAtOnceMs", round(r.allAtOnceMs()));
            phase(root.putObject("reading"), r.reading());
            phase(root.putObject("feeding"), r.feeding());
            phase(root.putObject("finishing"), r.finishing());
            ObjectNode blame = root.putObject("longGapSamplesMs");
            r.blame().forEach(e -> blame.put(e.getKey(), e.getValue()));
            ObjectNode render = root.putObject("longGapRenderSamplesMs");
            r.renderBlame().forEach(e -> render.put(e.getKey(), e.getValue()));
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
            return;
        }
        out.printf("pulses: %,d tiles, %,d triangles, %dx%d window%n", r.tiles(), r.triangles(), WIDTH, HEIGHT);
        out.printf("  first tile in the scene after %.0f ms, last tile after %.0f ms (%d feeding pulses), load done after %.0f ms%n",
                r.firstTileMs(), r.lastTileMs(), r.batches(), r.allShownMs());
        out.printf("  first pixels after %.0f ms, fully loaded after %.0f ms (far tiles' boxes all made after %.0f ms)%n",
                r.firstPixelsMs(), r.fullyLoadedMs(), r.settledMs());
        out.printf("  longest FX-thread stretch of its own work (stack samples, not waiting for the renderer) %.0f ms, mostly %s%n",
                r.longestBusy().getKey(), r.longestBusy().getValue());
        out.printf("  longest pulse gap %.1f ms, %d of %d pulse gaps over %.0f ms (gaps include rendering)%n",
                r.longestPulseMs(), r.pulsesOver50(), r.pulses(), PulseLogger.FREEZE_MS);
        out.printf("  FX-thread work: longest feeder pulse %.1f ms, longest whole-load step %.1f ms (%s)%n", r.longestFeedMs(),
                r.longestStepMs(), r.longestStep());
        out.printf("  machine: a background thread sleeping 2 ms woke up to %.1f ms late (a busy machine stretches every gap)%n",
                r.probeLateMs());
        out.printf("  whole-load steps (FX-thread ms): %s%n", String.join(", ",
                r.steps().stream().map(t -> String.format("%s %.1f", t.name(), t.ms())).toList()));
        line(out, "reading (until the first tile)", r.reading());
        line(out, "feeding (first to last tile)", r.feeding());
        line(out, "finishing (whole-load steps)", r.finishing());
        out.printf("  the FX thread in gaps over %.0f ms (stack samples every %d ms): %s%n", PulseLogger.FREEZE_MS,
                FxStallSampler.PERIOD_MS, String.join(", ", r.blame().stream()
                        .map(e -> String.format("%s %.0f ms", e.getKey(), e.getValue())).toList()));
        out.printf("  the render thread meanwhile: %s%n", String.join(", ", r.renderBlame().stream()
                        .map(e -> String.format("%s %.0f ms", e.getKey(), e.getValue())).toList()));
        out.printf("  for comparison: adding every tile in one FX-thread call (the old path) takes %.0f ms%n", r.allAtOnceMs());
    }

    /** How late a sleeping thread wakes: what the machine's load alone adds to every pulse gap. */
    private static final class LatenessProbe extends Thread {
        volatile double latestMs;

        LatenessProbe() {
            super("citytwin-bench-lateness");
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                while (!isInterrupted()) {
                    long t0 = System.nanoTime();
                    Thread.sleep(2);
                    latestMs = Math.max(latestMs, (System.nanoTime() - t0) / 1e6 - 2);
                }
            } catch (InterruptedException stop) {
                // measured until the load was done
            }
        }
    }

    private static void line(PrintStream out, String label, Phase p) {
        out.printf("    %s: %d gaps, longest %.1f ms, %d over %.0f ms%n", label, p.pulses(), p.longestMs(), p.over50(),
                PulseLogger.FREEZE_MS);
    }

    private static void phase(ObjectNode node, Phase p) {
        node.put("pulses", p.pulses()).put("longestMs", round(p.longestMs())).put("over50Ms", p.over50());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
