package org.citytwin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.Envelope;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.Picker;

/**
 * `bench --pick N PATH...`: loads the files, replicates their meshes in a grid until the scene holds at least
 * --pick-triangles triangles, and times N picks at random pixels through the real {@link Picker} in a top and an
 * oblique view, and N picks aimed at random triangles (clicks on buildings), after building the per-mesh indexes
 * and 200 warm-up picks. Needs the JavaFX toolkit (not a window).
 */
final class PickBench {
    static final int WIDTH = 1600, HEIGHT = 1000, WARMUP = 200;

    private PickBench() {
    }

    record Result(long triangles, int copies, int meshes, double indexMs, double[] topMs, double[] obliqueMs,
                  int topHits, int obliqueHits, double[] aimedMs, int aimedHits) {
    }

    static int run(List<Path> paths, int picks, long minTriangles, boolean json, PrintStream out, PrintStream err)
            throws Exception {
        DatasetLoader loader = new DatasetLoader(new CrsResolver());
        loader.setTextures(false);
        LoadResult result = loader.load(paths, LoadProgress.NONE, new CancelToken());
        List<TileMesh> base = result.meshes().stream().filter(m -> m.triangleCount() > 0).toList();
        long baseTriangles = base.stream().mapToLong(TileMesh::triangleCount).sum();
        if (baseTriangles == 0) {
            err.println("Nothing to pick: no geometry was loaded from " + paths);
            return 2;
        }
        List<TileMesh> meshes = replicate(base, result.bounds(), minTriangles);
        int copies = (int) Math.max(1, (minTriangles + baseTriangles - 1) / baseTriangles);
        FxToolkit.start();
        Result r = FxToolkit.onFx(() -> measure(meshes, picks, copies));
        print(r, picks, json, out);
        return 0;
    }

    /** Copies of the meshes on a square grid with a 50 m gap, until at least minTriangles. */
    static List<TileMesh> replicate(List<TileMesh> base, Envelope bounds, long minTriangles) {
        long baseTriangles = base.stream().mapToLong(TileMesh::triangleCount).sum();
        int copies = (int) Math.max(1, (minTriangles + baseTriangles - 1) / baseTriangles);
        int side = (int) Math.ceil(Math.sqrt(copies));
        double stepX = bounds.maxX() - bounds.minX() + 50, stepY = bounds.maxY() - bounds.minY() + 50;
        List<TileMesh> out = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            float sx = (float) ((c % side) * stepX), sy = (float) ((c / side) * stepY);
            for (TileMesh m : base) {
                if (c == 0) {
                    out.add(m);
                    continue;
                }
                float[] p = m.points().clone();
                for (int i = 0; i + 2 < p.length; i += 3) {
                    p[i] += sx;
                    p[i + 1] += sy;
                }
                out.add(new TileMesh(m.kind(), m.tileX(), m.tileY(), p, m.triangles(), m.faceObject(), m.objectIds(), null, null, m.sourceFile()));
            }
        }
        return out;
    }

    private static Result measure(List<TileMesh> meshes, int picks, int copies) {
        CityScene scene = new CityScene(WIDTH, HEIGHT);
        scene.addMeshes(meshes, null);
        Picker picker = new Picker(scene);
        scene.top();
        long t0 = System.nanoTime();
        picker.pick(WIDTH / 2.0, HEIGHT / 2.0); // builds every mesh's index
        double indexMs = (System.nanoTime() - t0) / 1e6;
        Random random = new Random(42);
        for (int i = 0; i < WARMUP; i++) picker.pick(random.nextDouble() * WIDTH, random.nextDouble() * HEIGHT);
        int[] hits = new int[1];
        double[] top = time(picker, picks, random, hits);
        int topHits = hits[0];
        scene.oblique();
        double[] oblique = time(picker, picks, random, hits);
        int obliqueHits = hits[0];
        // aimed: at the screen position of a random triangle's centroid (a click on a building, always a hit when visible)
        double[] aimed = new double[picks];
        int aimedHits = 0, n = 0;
        for (int tries = 0; n < picks && tries < picks * 20; tries++) {
            TileMesh m = meshes.get(random.nextInt(meshes.size()));
            int t = random.nextInt(m.triangleCount());
            float[] p = m.points();
            int[] tri = m.triangles();
            double cx = 0, cy = 0, cz = 0;
            for (int k = 0; k < 3; k++) {
                int v = tri[3 * t + k];
                cx += p[3 * v] / 3.0;
                cy += p[3 * v + 1] / 3.0;
                cz += p[3 * v + 2] / 3.0;
            }
            double[] px = scene.camera().project(scene.camera().toView(cx, cy, cz));
            if (px == null || px[0] < 0 || px[1] < 0 || px[0] >= WIDTH || px[1] >= HEIGHT) continue;
            long t0n = System.nanoTime();
            boolean hit = picker.pick(px[0], px[1]).isPresent();
            aimed[n++] = (System.nanoTime() - t0n) / 1e6;
            if (hit) aimedHits++;
        }
        aimed = Arrays.copyOf(aimed, n);
        Arrays.sort(aimed);
        return new Result(scene.triangleCount(), copies, meshes.size(), indexMs, top, oblique, topHits, obliqueHits,
                aimed, aimedHits);
    }

    private static double[] time(Picker picker, int picks, Random random, int[] hits) {
        double[] ms = new double[picks];
        hits[0] = 0;
        for (int i = 0; i < picks; i++) {
            double x = random.nextDouble() * WIDTH, y = random.nextDouble() * HEIGHT;
            long t = System.nanoTime();
            boolean hit = picker.pick(x, y).isPresent();
            ms[i] = (System.nanoTime() - t) / 1e6;
            if (hit) hits[0]++;
        }
        Arrays.sort(ms);
        return ms;
    }

    static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static void print(Result r, int picks, boolean json, PrintStream out) throws Exception {
        double[] all = new double[r.topMs.length + r.obliqueMs.length + r.aimedMs.length];
        System.arraycopy(r.topMs, 0, all, 0, r.topMs.length);
        System.arraycopy(r.obliqueMs, 0, all, r.topMs.length, r.obliqueMs.length);
        System.arraycopy(r.aimedMs, 0, all, r.topMs.length + r.obliqueMs.length, r.aimedMs.length);
        Arrays.sort(all);
        if (json) {
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("triangles", r.triangles);
            root.put("copies", r.copies);
            root.put("meshes", r.meshes);
            root.put("picks", all.length);
            root.put("indexBuildMs", round(r.indexMs));
            root.put("medianMs", round(percentile(all, 0.5)));
            root.put("p95Ms", round(percentile(all, 0.95)));
            root.put("maxMs", round(all.length == 0 ? 0 : all[all.length - 1]));
            ObjectNode top = root.putObject("top");
            top.put("medianMs", round(percentile(r.topMs, 0.5)));
            top.put("p95Ms", round(percentile(r.topMs, 0.95)));
            top.put("hits", r.topHits);
            ObjectNode oblique = root.putObject("oblique");
            oblique.put("medianMs", round(percentile(r.obliqueMs, 0.5)));
            oblique.put("p95Ms", round(percentile(r.obliqueMs, 0.95)));
            oblique.put("hits", r.obliqueHits);
            ObjectNode aimed = root.putObject("aimedAtBuildings");
            aimed.put("picks", r.aimedMs.length);
            aimed.put("medianMs", round(percentile(r.aimedMs, 0.5)));
            aimed.put("p95Ms", round(percentile(r.aimedMs, 0.95)));
            aimed.put("hits", r.aimedHits);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
            return;
        }
        out.printf("pick: %,d triangles (%d copies, %d meshes), index build %.0f ms%n", r.triangles, r.copies, r.meshes, r.indexMs);
        out.printf("  top view:     %d picks, %d hits, median %.3f ms, p95 %.3f ms%n", picks, r.topHits,
                percentile(r.topMs, 0.5), percentile(r.topMs, 0.95));
        out.printf("  oblique view: %d picks, %d hits, median %.3f ms, p95 %.3f ms%n", picks, r.obliqueHits,
                percentile(r.obliqueMs, 0.5), percentile(r.obliqueMs, 0.95));
        out.printf("  aimed at random triangles (oblique): %d picks, %d hits, median %.3f ms, p95 %.3f ms%n",
                r.aimedMs.length, r.aimedHits, percentile(r.aimedMs, 0.5), percentile(r.aimedMs, 0.95));
        out.printf("  all: median %.3f ms, p95 %.3f ms, max %.3f ms%n", percentile(all, 0.5), percentile(all, 0.95),
                all.length == 0 ? 0 : all[all.length - 1]);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }


}
