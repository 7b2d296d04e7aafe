package org.citytwin.pipeline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.LoadStats;
import org.citytwin.pipeline.appearance.AppearanceIndex;
import org.citytwin.pipeline.appearance.TextureFiles;
import org.citytwin.pipeline.appearance.TexturedPolygon;
import org.junit.jupiter.api.Test;

/**
 * Every real CityGML file of the test resources and the bundled samples read with the fast StAX path and with
 * citygml4j gives the same raw features (ids, types, names, lines, LODs, every polygon and coordinate, attributes,
 * curves) and the same issues; files the fast path declines are compared too (then both are citygml4j's).
 */
class FastReadFidelityTest {

    @Test
    void fastPathReadsEveryRealFileAsCitygml4jDoes() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : new String[] {"src/test/resources", "sample-citygml"}) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(p -> p.toString().endsWith(".gml")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() > 30, "real files found: " + files.size());
        List<String> accepted = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Path file : files) {
                LoadStats fastStats = new LoadStats();
                CityGmlFileReader.Result<RawFeature> fast = read(pool, file, true, fastStats);
                CityGmlFileReader.Result<RawFeature> slow = read(pool, file, false, new LoadStats());
                assertSame(file, dump(slow), dump(fast));
                if (fastStats.fastFiles.sum() == 1) accepted.add(file.toString());
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("fast path accepted " + accepted.size() + " of " + files.size() + " files: " + accepted);
        assertTrue(accepted.stream().anyMatch(f -> f.contains("niiza") && f.contains("bldg")), accepted.toString());
        assertTrue(accepted.stream().anyMatch(f -> f.contains("_bldg_") && f.contains("tokyo23")), accepted.toString());
    }

    /**
     * With appearances read (textures on), every real file holding an appearance gives the same raw features, the same
     * texture or colour for each of their polygons, the same themes and issues; the building files are read by the fast
     * path, appearance included.
     */
    @Test
    void fastPathReadsTexturedFilesAsCitygml4jDoes() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : new String[] {"src/test/resources", "sample-citygml"}) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(p -> p.toString().endsWith(".gml")).sorted().forEach(files::add);
            }
        }
        List<String> accepted = new ArrayList<>();
        int textured = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Path file : files) {
                if (!Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains("appearanceMember")) continue;
                textured++;
                LoadStats fastStats = new LoadStats();
                AppearanceIndex fastLooks = new AppearanceIndex(null, new TextureFiles(file));
                AppearanceIndex slowLooks = new AppearanceIndex(null, new TextureFiles(file));
                CityGmlFileReader.Result<RawFeature> fast = read(pool, file, true, fastStats, fastLooks);
                CityGmlFileReader.Result<RawFeature> slow = read(pool, file, false, new LoadStats(), slowLooks);
                assertSame(file, dump(slow) + looks(slow, slowLooks), dump(fast) + looks(fast, fastLooks));
                if (fastStats.fastFiles.sum() == 1) accepted.add(file.toString());
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("fast path accepted " + accepted.size() + " of " + textured + " files with appearances: " + accepted);
        assertTrue(textured >= 6, "files with appearances: " + textured);
        assertTrue(accepted.stream().anyMatch(f -> f.contains("53394517_bldg_6697_2_op_CityGML2")), accepted.toString());
        assertTrue(accepted.stream().anyMatch(f -> f.contains("53392633_bldg")), accepted.toString());
        assertTrue(accepted.stream().anyMatch(f -> f.contains("53392642_bldg")), accepted.toString());
    }

    /** Each polygon's texture (image, ring coordinates) or colour, looked up once the whole file is read. */
    private static String looks(CityGmlFileReader.Result<RawFeature> result, AppearanceIndex index) {
        // not isLate(): a fast pass that hands citygml4j features it declined has read the appearance before they are built
        StringBuilder out = new StringBuilder("themes ").append(index.themes()).append('\n');
        int textured = 0;
        for (RawFeature f : result.results()) {
            for (List<RawPolygon> polygons : f.surfaces().values()) {
                for (RawPolygon p : polygons) {
                    TexturedPolygon texture = index.texture(p.gmlId());
                    var colour = index.material(p.gmlId(), p.parentId());
                    if (texture == null && colour == null) continue;
                    out.append(p.gmlId()).append(' ').append(colour);
                    if (texture != null) {
                        textured++;
                        out.append(' ').append(Path.of(texture.look().texturePath()).getFileName());
                        new java.util.TreeMap<>(texture.ringCoords()).forEach((ring, st) ->
                                out.append(' ').append(ring).append(Arrays.toString(st)));
                    }
                    out.append('\n');
                }
            }
        }
        index.issues().forEach(i -> out.append("appearance issue ").append(i).append('\n'));
        return out.append(textured).append(" textured polygons\n").toString();
    }

    /** Equal dumps, else a failure naming the file and the first line that differs (dumps run to megabytes). */
    private static void assertSame(Path file, String expected, String actual) {
        if (expected.equals(actual)) return;
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) i++;
        String feature = "";
        for (int k = Math.min(i, a.length - 1); k >= 0; k--) {
            if (!a[k].startsWith(" ")) {
                feature = a[k];
                break;
            }
        }
        assertEquals(i < a.length ? cut(a[i]) : "(end)", i < b.length ? cut(b[i]) : "(end)",
                file + ": line " + i + " of the dump differs, in " + cut(feature));
    }

    private static String cut(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "..." : s;
    }

    private static CityGmlFileReader.Result<RawFeature> read(ExecutorService pool, Path file, boolean fast, LoadStats stats) {
        return read(pool, file, fast, stats, null);
    }

    private static CityGmlFileReader.Result<RawFeature> read(ExecutorService pool, Path file, boolean fast, LoadStats stats,
                                                             AppearanceIndex appearances) {
        String before = System.getProperty("citytwin.fastRead");
        System.setProperty("citytwin.fastRead", String.valueOf(fast));
        try {
            return new CityGmlFileReader(pool, 2).read(file, (raw, header) -> raw, n -> { }, new CancelToken(), stats,
                    appearances);
        } finally {
            if (before == null) System.clearProperty("citytwin.fastRead");
            else System.setProperty("citytwin.fastRead", before);
        }
    }

    /** Everything a result holds, as text (arrays by value). */
    private static String dump(CityGmlFileReader.Result<RawFeature> result) {
        StringBuilder out = new StringBuilder();
        out.append(result.citygmlVersion()).append(' ').append(result.srsName()).append('\n');
        for (RawFeature f : result.results()) {
            out.append(f.id()).append(' ').append(f.type()).append(' ').append(f.name()).append(" line ").append(f.line())
                    .append(" lods ").append(f.lods()).append(" dangling ").append(f.danglingHref()).append('\n');
            for (Map.Entry<Integer, List<RawPolygon>> e : f.surfaces().entrySet()) {
                out.append(" lod ").append(e.getKey()).append(": ").append(e.getValue().size()).append(" polygons\n");
                for (RawPolygon p : e.getValue()) {
                    out.append("  ").append(p.gmlId()).append(" in ").append(p.parentId()).append(' ').append(p.ringIds());
                    p.rings().forEach(r -> out.append(' ').append(Arrays.toString(r)));
                    out.append('\n');
                }
            }
            f.implicits().forEach((lod, list) -> out.append(" implicits ").append(lod).append(' ').append(list.size()).append('\n'));
            f.curves().forEach(c -> out.append(" curve ").append(c.lod()).append(' ').append(c.point()).append(' ')
                    .append(Arrays.toString(c.xyz())).append('\n'));
            out.append(" attributes ").append(f.attributes()).append('\n');
        }
        result.issues().forEach(i -> out.append("issue ").append(i).append('\n'));
        return out.toString();
    }
}
