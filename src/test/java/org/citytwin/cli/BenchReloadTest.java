package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.model.LocalFrame;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.cache.LoadCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `bench --reload` times a first load and a reload from the cache; `bench --generate N` writes the scale city. */
class BenchReloadTest {

    static final Path NIIZA = Path.of("sample-citygml/11230_niiza-shi_2020_lod1-full-tile_citygml-osm/udx/bldg/53395404_bldg_6697_op.gml");
    static final String TSUKUBA = "src/test/resources/data/plateau/08220_tsukuba-shi_city_2023_citygml_2_op/udx/frn/54400098_frn_6697_op.gml";

    @TempDir
    Path dir;
    private String enabled;
    private String folder;

    @BeforeEach
    void cacheInTempFolder() {
        enabled = System.getProperty(LoadCache.ENABLED_PROPERTY);
        folder = System.getProperty(LoadCache.FOLDER_PROPERTY);
        System.setProperty(LoadCache.ENABLED_PROPERTY, "true");
        System.setProperty(LoadCache.FOLDER_PROPERTY, dir.resolve("cache").toString());
    }

    @AfterEach
    void restore() {
        restore(LoadCache.ENABLED_PROPERTY, enabled);
        restore(LoadCache.FOLDER_PROPERTY, folder);
    }

    private static void restore(String key, String value) {
        if (value == null) System.clearProperty(key);
        else System.setProperty(key, value);
    }

    @Test
    void reloadPrintsFirstLoadReloadAndRatio() {
        CliRunner.Run run = CliRunner.run("bench", "--reload", TSUKUBA);

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).containsPattern("(?m)^first load \\d+ ms, reload from cache \\d+ ms, ratio first/reload = \\d+\\.\\d$");
        assertThat(entries()).hasSize(1);
    }

    @Test
    void reloadJsonLoadsTheSameObjectsAndTrianglesBothTimes() throws Exception {
        CliRunner.Run run = CliRunner.run("bench", "--reload", "--json", TSUKUBA);

        assertThat(run.exitCode()).as(run.out()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out().substring(run.out().indexOf('{')));
        assertThat(json.get("cache").asBoolean()).isTrue();
        assertThat(json.get("objects").asLong()).isPositive();
        assertThat(json.get("reloadObjects").asLong()).isEqualTo(json.get("objects").asLong());
        assertThat(json.get("reloadTriangles").asLong()).isEqualTo(json.get("triangles").asLong());
        assertThat(json.get("ratio").asDouble()).isCloseTo(
                json.get("firstLoadMs").asDouble() / json.get("reloadMs").asDouble(), within(0.05));
        // the loaded city is still referenced when its retained heap is taken, so it is part of the heap in use
        assertThat(json.get("heapRetainedMbFirst").asDouble()).isPositive()
                .isLessThanOrEqualTo(json.get("heapInUsePeakMbFirst").asDouble());
        assertThat(json.get("heapRetainedMbReload").asDouble()).isPositive()
                .isLessThanOrEqualTo(json.get("heapInUsePeakMbReload").asDouble());
    }

    @Test
    void noCacheWritesNothing() {
        CliRunner.Run run = CliRunner.run("bench", "--reload", "--no-cache", TSUKUBA);

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("first load").contains("--no-cache");
        assertThat(entries()).isEmpty();
    }

    @Test
    void generateWritesTheTileRepeatedWithUniqueIdsOneTileApart() throws Exception {
        Path city = dir.resolve("niiza-2x2.gml");
        CliRunner.Run run = CliRunner.run("bench", "--generate", "2", "--out", city.toString(), NIIZA.toString());
        assertThat(run.exitCode()).as(run.out()).isZero();

        List<CityObject> one = load(NIIZA);
        List<CityObject> four = load(city);

        assertThat(four).hasSize(4 * one.size());
        Set<String> ids = new HashSet<>();
        four.forEach(o -> ids.add(o.id()));
        assertThat(ids).hasSize(four.size());
        Map<String, CityObject> byId = four.stream().collect(Collectors.toMap(CityObject::id, Function.identity()));
        String id = one.get(0).id();
        double[] origin = byId.get(id + "_0_0").displayMesh().vertices();
        double[] north = byId.get(id + "_1_0").displayMesh().vertices();
        double[] east = byId.get(id + "_0_1").displayMesh().vertices();
        assertThat(origin).containsExactly(one.get(0).displayMesh().vertices(), within(1e-6));
        // the root envelope of the tile spans 0.003507° of latitude and 0.006394° of longitude at 35.76°N
        assertThat(north[1] - origin[1]).isCloseTo(0.003507 * 110_950, within(5.0));
        assertThat(north[0] - origin[0]).isCloseTo(0, within(1.0));
        assertThat(east[0] - origin[0]).isCloseTo(0.006394 * 90_360, within(5.0));
        assertThat(east[1] - origin[1]).isCloseTo(0, within(1.0));
    }

    private static List<CityObject> load(Path file) {
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver(), 2)) {
            loader.setCache(null);
            loader.anchor(new LocalFrame(35.75, 139.55));
            return loader.load(List.of(file), LoadProgress.NONE, new CancelToken()).files().get(0).objects();
        }
    }

    private List<Path> entries() {
        Path cache = dir.resolve("cache");
        if (!Files.isDirectory(cache)) return List.of();
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.toString().endsWith(".ctc")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
