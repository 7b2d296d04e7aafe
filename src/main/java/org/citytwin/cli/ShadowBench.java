package org.citytwin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.shadow.NoaaSun;
import org.citytwin.shadow.ShadowCaster;
import org.citytwin.shadow.ShadowHours;
import org.citytwin.shadow.ShadowMesh;
import org.citytwin.shadow.ShadowTiles;
import org.citytwin.shadow.SunDirections;
import org.citytwin.text.Texts;

/**
 * `bench --shadows PATH...`: what the 3D view's cast shadows cost. Loads the files, prepares the casters once (as a
 * data change does), then recomputes the shade of every 250 m tile and its meshes (as a sun change does) for --runs
 * sun positions of a Tokyo autumn day from 9:00 to 16:00 JST, after two warm-up recomputes. For comparison, one sun
 * position by the study's per-triangle union ({@link ShadowCaster}) on the ground plane alone.
 */
final class ShadowBench {

    static final double LATITUDE = 35.69, LONGITUDE = 139.70;
    static final int WARMUP = 2;

    private ShadowBench() {
    }

    static int run(List<Path> paths, int positions, boolean reference, boolean json, PrintStream out, PrintStream err) {
        DatasetLoader loader = new DatasetLoader(new CrsResolver());
        loader.setTextures(false);
        LoadResult result = loader.load(paths, LoadProgress.NONE, new CancelToken());
        List<CityObject> objects = result.files().stream().flatMap(f -> f.objects().stream())
                .filter(o -> ShadowTiles.casts(o.kind())).toList();
        if (objects.isEmpty()) {
            err.println(Texts.get("shadows.bench.usage"));
            return 2;
        }
        long p0 = System.nanoTime();
        ShadowTiles tiles = ShadowTiles.of(objects, new CancelToken(CancelToken.Work.SHADOWS));
        double prepareMs = (System.nanoTime() - p0) / 1e6;
        List<SunDirections.Direction> suns = suns(Math.max(1, positions));
        for (int i = 0; i < WARMUP; i++) recompute(tiles, suns.get((suns.size() / 2 + i) % suns.size()));
        double[] ms = new double[suns.size()];
        double cpuMs = 0;
        int tileCount = 0;
        long triangles = 0;
        for (int i = 0; i < suns.size(); i++) {
            long t0 = System.nanoTime(), c0 = processCpuNanos();
            long[] r = recompute(tiles, suns.get(i));
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpuMs += (processCpuNanos() - c0) / 1e6 / suns.size();
            tileCount = Math.max(tileCount, (int) r[0]);
            triangles = Math.max(triangles, r[1]);
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double referenceMs = reference ? perTriangle(objects, suns.get(suns.size() / 2)) : Double.NaN;
        int cores = Runtime.getRuntime().availableProcessors();
        if (json) {
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("casters", tiles.casterCount());
            root.put("tiles", tileCount);
            root.put("shadeTriangles", triangles);
            root.put("prepareMs", round(prepareMs));
            root.put("recomputeMedianMs", round(median));
            root.put("recomputeMinMs", round(sorted[0]));
            root.put("recomputeMaxMs", round(sorted[sorted.length - 1]));
            root.put("recomputeCpuMs", round(cpuMs));
            root.put("sunPositions", ms.length);
            root.put("cores", cores);
            if (reference) root.put("perTriangleUnionMs", round(referenceMs));
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return 0;
        }
        out.println(Texts.get("shadows.bench.result", tiles.casterCount(), tileCount, Math.round(prepareMs),
                Math.round(median), ms.length, Math.round(sorted[0]), Math.round(sorted[sorted.length - 1]), cores,
                reference ? Math.round(referenceMs) + " ms" : "-", Math.round(cpuMs)));
        return 0;
    }

    /** One sun change as the view does it: every tile's shade, then its mesh. {tiles, triangles}. */
    private static long[] recompute(ShadowTiles tiles, SunDirections.Direction sun) {
        long[] counts = new long[2];
        tiles.compute(sun, new CancelToken(CancelToken.Work.SHADOWS), tile -> {
            ShadowMesh mesh = new ShadowMesh().add(tile.ground(), (x, y) -> 0, 0.25);
            for (ShadowTiles.RoofShade roof : tile.roofs()) mesh.add(roof.area(), roof::heightAt, 0.25);
            int n = mesh.build().triangleCount();
            synchronized (counts) {
                counts[0]++;
                counts[1] += n;
            }
        });
        return counts;
    }

    private static double perTriangle(List<CityObject> objects, SunDirections.Direction sun) {
        List<MeshPart> meshes = objects.stream().map(CityObject::displayMesh).toList();
        double base = meshes.stream().flatMapToDouble(m -> {
            double[] v = m.vertices();
            double min = Double.POSITIVE_INFINITY;
            for (int i = 2; i < v.length; i += 3) min = Math.min(min, v[i]);
            return java.util.stream.DoubleStream.of(min);
        }).min().orElse(0);
        long t0 = System.nanoTime();
        ShadowCaster.shadow(meshes, sun, base);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The sun over Tokyo on 15 October at {@code n} times evenly from 9:00 to 16:00 JST (all above 10°). */
    static List<SunDirections.Direction> suns(int n) {
        NoaaSun sun = new NoaaSun();
        List<SunDirections.Direction> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long minutes = n == 1 ? 180 : Math.round(i * 420.0 / (n - 1));
            Instant at = LocalDate.of(2026, 10, 15).atTime(LocalTime.of(9, 0).plusMinutes(minutes)).toInstant(ShadowHours.JST);
            out.add(sun.at(at, LATITUDE, LONGITUDE));
        }
        return out;
    }

    /** CPU time of the whole process (all threads): on a busy machine a fairer measure than the wall clock. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) return os.getProcessCpuTime();
        return 0;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
