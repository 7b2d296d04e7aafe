package org.citytwin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.Envelope;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.pipeline.cache.LoadCache;
import org.citytwin.scene.CityScene;

/**
 * `bench --frames PATH...`: loads the files into a real window on the current display and orbits the camera once
 * around the densest place's centre (pitch 35°, {@code distance} metres away: a planner looking at a district),
 * timing every frame between JavaFX pulses: with per-tile culling and LOD (far tiles as boxes), with culling alone, then
 * with neither (the memory budget applies throughout). Prints median and p95 frame
 * time, tiles and triangles drawn. Under Xvfb the frame times are llvmpipe's: compare ratios, not absolutes.
 */
final class FrameBench {
    static final int WIDTH = 1280, HEIGHT = 800;

    private FrameBench() {
    }

    record Pass(double[] frameMs, double visibleTiles, double trianglesDrawn, double fullTiles, double proxyTiles,
                double residentMb, long rebuilds) {
        double median() { return PickBench.percentile(frameMs, 0.5); }
        double p95() { return PickBench.percentile(frameMs, 0.95); }
    }

    static int run(List<Path> paths, int frames, double distance, boolean cache, boolean json, PrintStream out, PrintStream err)
            throws Exception {
        LoadResult result;
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            if (cache) loader.setCache(LoadCache.fromSystem());
            result = loader.load(paths, LoadProgress.NONE, new CancelToken());
        }
        if (result.meshes().stream().allMatch(m -> m.triangleCount() == 0)) {
            err.println("Nothing to draw: no geometry was loaded from " + paths);
            return 2;
        }
        // frame times, not the 60 Hz pulse cap or the display's vsync
        System.setProperty("javafx.animation.fullspeed", "true");
        System.setProperty("prism.vsync", "false");
        FxToolkit.start();
        CityScene scene = FxToolkit.onFx(() -> {
            CityScene s = new CityScene(WIDTH, HEIGHT);
            s.addMeshes(result.meshes(), result.bounds());
            Stage stage = new Stage();
            stage.setTitle("CityTwin bench --frames");
            stage.setScene(new Scene(s.viewport(), WIDTH, HEIGHT));
            stage.show();
            return s;
        });
        Envelope place = FxToolkit.onFx(scene::densestPlace);
        Pass culled = orbit(scene, place, frames, distance, true, true);
        Pass noLod = orbit(scene, place, frames, distance, true, false);
        Pass all = orbit(scene, place, frames, distance, false, false);
        long tiles = FxToolkit.onFx(() -> scene.layers().stream().mapToLong(g -> g.getChildren().stream()
                .filter(n -> n.getUserData() instanceof org.citytwin.pipeline.tile.TileMesh).count()).sum());
        long budget = FxToolkit.onFx(scene::meshBudget);
        long triangles = FxToolkit.onFx(scene::triangleCount);
        FxToolkit.onFx(() -> {
            scene.viewport().getScene().getWindow().hide();
            return null;
        });
        print(culled, noLod, all, frames, distance, tiles, triangles, budget, json, out);
        return 0;
    }

    /**
     * One full turn in {@code frames} steps after a short warm-up; frame time = time between successive pulses. With
     * {@code lod} off every tile in view draws in full (budget allowing).
     */
    private static Pass orbit(CityScene scene, Envelope place, int frames, double distance, boolean culling, boolean lod)
            throws Exception {
        CompletableFuture<Pass> done = new CompletableFuture<>();
        double lodPixels = FxToolkit.onFx(() -> {
            if (defaultLod == null) defaultLod = new double[] {scene.lodPixels(), scene.lodMinTriangles()};
            return defaultLod[0];
        });
        FxToolkit.onFx(() -> {
            scene.setLevelOfDetail(lod ? lodPixels : 0, (long) defaultLod[1]);
            scene.setCulling(culling);
            long rebuildsBefore = scene.tileRebuilds();
            scene.camera().lookAt(scene.camera().toView(place.centerX(), place.centerY(), place.minZ()), 0, 35, distance);
            double[] ms = new double[frames];
            double[] tiles = {0}, tris = {0}, full = {0}, proxies = {0}, resident = {0};
            new AnimationTimer() {
                private long last;
                private int frame = -warmup(frames);

                @Override
                public void handle(long now) {
                    if (last != 0 && frame >= 0) {
                        ms[frame] = (now - last) / 1e6;
                        tiles[0] += scene.visibleTileCount();
                        tris[0] += scene.visibleTriangleCount();
                        full[0] += scene.fullTileCount();
                        proxies[0] += scene.proxyTileCount();
                        resident[0] = Math.max(resident[0], scene.residentMeshBytes() / 1e6);
                    }
                    last = now;
                    if (++frame >= frames) {
                        stop();
                        double[] sorted = ms.clone();
                        Arrays.sort(sorted);
                        done.complete(new Pass(sorted, tiles[0] / frames, tris[0] / frames, full[0] / frames,
                                proxies[0] / frames, resident[0], scene.tileRebuilds() - rebuildsBefore));
                        return;
                    }
                    scene.camera().orbit(360.0 / frames, 0);
                }
            }.start();
            return null;
        });
        return done.get(30, TimeUnit.MINUTES);
    }

    private static double[] defaultLod;

    /** Frames run before timing starts (the first ones upload meshes): a twelfth of the orbit, 2 to 20. */
    static int warmup(int frames) {
        return Math.max(2, Math.min(20, frames / 12));
    }

    private static void print(Pass culled, Pass noLod, Pass all, int frames, double distance, long tiles, long triangles,
            long budget, boolean json, PrintStream out) throws Exception {
        if (json) {
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("frames", frames).put("distance", distance).put("tiles", tiles).put("triangles", triangles)
                    .put("meshBudgetMb", Math.round(budget / 1e6));
            pass(root.putObject("culling"), culled);
            pass(root.putObject("cullingNoLod"), noLod);
            pass(root.putObject("noCulling"), all);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
            return;
        }
        out.printf("frames: orbit of %d frames at %.0f m, %,d tiles, %,d triangles, %dx%d window, mesh budget %,d MB%n", frames,
                distance, tiles, triangles, WIDTH, HEIGHT, Math.round(budget / 1e6));
        line(out, "culling + LOD  ", culled);
        line(out, "culling, no LOD", noLod);
        line(out, "no culling/LOD ", all);
        out.printf("  ratio median off/on = %.2f, no LOD/LOD = %.2f%n", all.median() / culled.median(),
                noLod.median() / culled.median());
    }

    private static void line(PrintStream out, String label, Pass p) {
        out.printf("  %s: median %.1f ms, p95 %.1f ms, visible tiles %.0f (full %.0f, boxes %.0f), triangles drawn %,.0f,"
                + " resident %.0f MB, rebuilds %d%n", label, p.median(), p.p95(), p.visibleTiles(), p.fullTiles(), p.proxyTiles(),
                p.trianglesDrawn(), p.residentMb(), p.rebuilds());
    }

    private static void pass(ObjectNode node, Pass p) {
        node.put("medianMs", Math.round(p.median() * 100) / 100.0).put("p95Ms", Math.round(p.p95() * 100) / 100.0)
                .put("visibleTiles", Math.round(p.visibleTiles() * 10) / 10.0).put("trianglesDrawn", Math.round(p.trianglesDrawn()))
                .put("fullTiles", Math.round(p.fullTiles() * 10) / 10.0).put("proxyTiles", Math.round(p.proxyTiles() * 10) / 10.0)
                .put("residentMb", Math.round(p.residentMb())).put("rebuilds", p.rebuilds());
    }
}
