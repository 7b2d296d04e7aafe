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

    record Result(double firstTileMs, double allShownMs, double longestPulseMs, int pulses, int pulsesOver50,
                  int batches, long tiles, long triangles, double allAtOnceMs) {
    }

    static int run(List<Path> paths, boolean cache, boolean json, PrintStream out, PrintStream err) throws Exception {
        FxToolkit.start();
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "citytwin-bench-load");
            t.setDaemon(true);
            return t;
        });
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
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
        long[] t0 = {0}, first = {0}, end = {0};
        int[] batches = {0};
        MainWindow window = FxToolkit.onFx(() -> {
            MainWindow w = new MainWindow(new CityScene(WIDTH, HEIGHT - 140), pipeline, executor);
            Stage stage = new Stage();
            stage.setTitle("CityTwin bench --pulses");
            stage.setScene(new Scene(w.root(), WIDTH, HEIGHT));
            stage.show();
            w.feeder().onBatch(views -> {
                if (first[0] == 0) first[0] = System.nanoTime();
                batches[0]++;
            });
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
        FxToolkit.onFx(() -> {
            pulses.start();
            t0[0] = System.nanoTime();
            window.viewModel().load(paths);
            return null;
        });
        done.get(60, TimeUnit.MINUTES);
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
            return (System.nanoTime() - a) / 1e6;
        });
        FxToolkit.onFx(() -> {
            window.root().getScene().getWindow().hide();
            return null;
        });
        return new Result(first[0] == 0 ? Double.NaN : (first[0] - t0[0]) / 1e6, (end[0] - t0[0]) / 1e6, pulses.longestMs(),
                pulses.pulses(), pulses.overLimit(), batches[0], tiles.size(), triangles, allAtOnce);
    }

    private static void print(Result r, List<Path> paths, boolean json, PrintStream out) throws Exception {
        if (json) {
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("inputs", paths.size()).put("tiles", r.tiles()).put("triangles", r.triangles())
                    .put("firstTileMs", round(r.firstTileMs())).put("allShownMs", round(r.allShownMs()))
                    .put("longestPulseMs", round(r.longestPulseMs())).put("pulses", r.pulses())
                    .put("pulsesOver50Ms", r.pulsesOver50()).put("feedPulses", r.batches())
                    .put("allAtOnceMs", round(r.allAtOnceMs()));
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
            return;
        }
        out.printf("pulses: %,d tiles, %,d triangles, %dx%d window%n", r.tiles(), r.triangles(), WIDTH, HEIGHT);
        out.printf("  first tile in the scene after %.0f ms, all tiles shown after %.0f ms (%d feeding pulses)%n",
                r.firstTileMs(), r.allShownMs(), r.batches());
        out.printf("  longest pulse gap %.1f ms, %d of %d pulse gaps over %.0f ms%n", r.longestPulseMs(), r.pulsesOver50(),
                r.pulses(), PulseLogger.FREEZE_MS);
        out.printf("  for comparison: adding every tile in one FX-thread call (the old path) takes %.0f ms%n", r.allAtOnceMs());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
