package org.citytwin.pipeline.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.LocalFrame;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The binary load cache on real PLATEAU files: a reload from it equals a fresh load value for value; a corrupt,
 * stale or foreign-build entry is detected, rebuilt and never used.
 */
class LoadCacheTest {

    static final String PLATEAU = "src/test/resources/data/plateau/";
    static final Path SHINJUKU = Path.of(PLATEAU + "13104_shinjuku-ku_2020_ogc-urban-planning-ade-example/udx/bldg/53394517_bldg_6697_2_op_CityGML2.gml");
    static final LocalFrame FRAME = new LocalFrame(35.69, 139.70);

    static CrsResolver resolver;

    @TempDir
    Path dir;

    @BeforeAll
    static void startCrs() {
        resolver = new CrsResolver();
    }

    @AfterAll
    static void done() {
        resolver = null;
    }

    /** A load of {@code file} with the given cache (null: none), in {@code frame} (null: the file's own). */
    static LoadResult load(Path file, LoadCache cache, LocalFrame frame) {
        try (DatasetLoader loader = new DatasetLoader(resolver, 2)) {
            loader.setCache(cache);
            if (frame != null) loader.anchor(frame);
            return loader.load(List.of(file), LoadProgress.NONE, new CancelToken());
        }
    }

    static LoadResult fresh(Path file) {
        return load(file, null, FRAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "13104_shinjuku-ku_2020_ogc-urban-planning-ade-example/udx/bldg/53394517_bldg_6697_2_op_CityGML2.gml",
            "08220_tsukuba-shi_city_2023_citygml_2_op/udx/frn/54400098_frn_6697_op.gml",
            "plateau-3.0-sample_nusamai/udx/ubld/51324378_ubld_6697.gml",
            "../utility/udx/unf/water_53403039_unf_6697.gml"})
    void reloadFromCacheEqualsFreshLoad(String name) {
        Path file = Path.of(PLATEAU + name);
        LoadCache cache = new LoadCache(dir, "test-build");
        LoadResult expected = fresh(file);

        LoadResult first = load(file, cache, FRAME);
        assertThat(cache.outcome(file)).isEqualTo(LoadCache.Outcome.MISSING);
        LoadResult reloaded = load(file, cache, FRAME);
        assertThat(cache.outcome(file)).isEqualTo(LoadCache.Outcome.HIT);

        assertThat(expected.files().get(0).objects()).isNotEmpty();
        SameLoad.assertSame(expected, first);
        SameLoad.assertSame(expected, reloaded);
    }

    @Test
    void aFileThatAnchorsTheFrameAnchorsItAgainFromTheCache() {
        LoadCache cache = new LoadCache(dir, "test-build");
        LoadResult written = load(SHINJUKU, cache, null);
        LoadResult reloaded = load(SHINJUKU, cache, null);

        assertThat(cache.outcome(SHINJUKU)).isEqualTo(LoadCache.Outcome.HIT);
        assertThat(written.frame()).isNotNull();
        SameLoad.assertSame(written, reloaded);
    }

    @Test
    void aFileLoadedInAnotherFrameIsCachedApart() {
        LoadCache cache = new LoadCache(dir, "test-build");
        load(SHINJUKU, cache, FRAME);
        LoadResult elsewhere = load(SHINJUKU, cache, new LocalFrame(35.0, 139.0));

        assertThat(cache.outcome(SHINJUKU)).isEqualTo(LoadCache.Outcome.MISSING);
        SameLoad.assertSame(load(SHINJUKU, null, new LocalFrame(35.0, 139.0)), elsewhere);
    }

    enum Damage { FLIPPED_BODY_BYTE, TRUNCATED, WRONG_MAGIC, FLIPPED_HEADER_BYTE, EMPTY }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aCorruptCacheIsDetectedAndRebuilt(Damage damage) throws IOException {
        LoadCache cache = new LoadCache(dir, "test-build");
        load(SHINJUKU, cache, FRAME);
        Path entry = onlyEntry();
        long size = Files.size(entry);
        try (RandomAccessFile f = new RandomAccessFile(entry.toFile(), "rw")) {
            switch (damage) {
                case FLIPPED_BODY_BYTE -> flip(f, CacheFile.BODY_START + (size - CacheFile.BODY_START) / 2);
                case TRUNCATED -> f.setLength(size - 100);
                case WRONG_MAGIC -> flip(f, 0);
                case FLIPPED_HEADER_BYTE -> flip(f, 40);
                case EMPTY -> f.setLength(0);
            }
        }

        LoadResult rebuilt = load(SHINJUKU, cache, FRAME);

        assertThat(cache.outcome(SHINJUKU)).isEqualTo(LoadCache.Outcome.CORRUPT);
        SameLoad.assertSame(fresh(SHINJUKU), rebuilt);
        assertThat(Files.size(entry)).isEqualTo(size);
        LoadResult again = load(SHINJUKU, cache, FRAME);
        assertThat(cache.outcome(SHINJUKU)).isEqualTo(LoadCache.Outcome.HIT);
        SameLoad.assertSame(rebuilt, again);
    }

    @Test
    void aTouchedSourceMakesTheCacheStale() throws IOException {
        Path copy = copyOf(SHINJUKU);
        LoadCache cache = new LoadCache(dir.resolve("cache"), "test-build");
        load(copy, cache, FRAME);
        Files.setLastModifiedTime(copy, FileTime.fromMillis(Files.getLastModifiedTime(copy).toMillis() + 60_000));

        LoadResult rebuilt = load(copy, cache, FRAME);

        assertThat(cache.outcome(copy)).isEqualTo(LoadCache.Outcome.STALE);
        SameLoad.assertSame(load(copy, null, FRAME), rebuilt);
        load(copy, cache, FRAME);
        assertThat(cache.outcome(copy)).isEqualTo(LoadCache.Outcome.HIT);
    }

    @Test
    void aSourceChangedWhileItsFirstLoadReadItIsNotStored() throws IOException {
        Path copy = copyOf(SHINJUKU);
        LoadCache cache = new LoadCache(Files.createDirectories(dir.resolve("cache")), "test-build");
        LoadCache.Lookup lookup = cache.lookup(copy, "ctx");
        assertThat(lookup.entry()).isNull();
        assertThat(cache.outcome(copy)).isEqualTo(LoadCache.Outcome.MISSING);
        CacheEntry read = new CacheEntry(load(copy, null, FRAME).files().get(0), FRAME, List.of(), List.of(), null);
        Files.writeString(copy, "<changed/>", StandardOpenOption.APPEND); // after the lookup, before the store

        lookup.store(read);

        assertThat(cache.lookup(copy, "ctx").entry()).isNull();
        assertThat(cache.outcome(copy)).isEqualTo(LoadCache.Outcome.MISSING);
        try (Stream<Path> entries = Files.list(dir.resolve("cache"))) {
            assertThat(entries.filter(p -> p.toString().endsWith(".ctc"))).isEmpty();
        }
    }

    @Test
    void aByteChangedInTheSourceWithSizeAndTimeKeptMakesTheCacheStale() throws IOException {
        Path copy = copyOf(SHINJUKU);
        LoadCache cache = new LoadCache(dir.resolve("cache"), "test-build");
        LoadResult before = load(copy, cache, FRAME);
        String firstId = before.files().get(0).objects().get(0).id();
        FileTime time = Files.getLastModifiedTime(copy);
        String text = Files.readString(copy, StandardCharsets.UTF_8);
        String changedId = firstId.substring(0, firstId.length() - 1) + (firstId.endsWith("x") ? "y" : "x");
        Files.writeString(copy, text.replace("gml:id=\"" + firstId + "\"", "gml:id=\"" + changedId + "\""),
                StandardCharsets.UTF_8);
        Files.setLastModifiedTime(copy, time);
        assertThat(Files.size(copy)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);

        LoadResult rebuilt = load(copy, cache, FRAME);

        assertThat(cache.outcome(copy)).isEqualTo(LoadCache.Outcome.STALE);
        assertThat(rebuilt.files().get(0).objects().get(0).id()).isEqualTo(changedId);
        SameLoad.assertSame(load(copy, null, FRAME), rebuilt);
    }

    @Test
    void anotherProgramBuildInvalidatesTheCache() {
        load(SHINJUKU, new LoadCache(dir, "build-1"), FRAME);
        LoadCache newer = new LoadCache(dir, "build-2");

        LoadResult rebuilt = load(SHINJUKU, newer, FRAME);

        assertThat(newer.outcome(SHINJUKU)).isEqualTo(LoadCache.Outcome.STALE);
        SameLoad.assertSame(fresh(SHINJUKU), rebuilt);
        load(SHINJUKU, newer, FRAME);
        assertThat(newer.outcome(SHINJUKU)).isEqualTo(LoadCache.Outcome.HIT);
        LoadCache older = new LoadCache(dir, "build-1");
        load(SHINJUKU, older, FRAME);
        assertThat(older.outcome(SHINJUKU)).isEqualTo(LoadCache.Outcome.STALE);
    }

    @Test
    void aCodeListAddedLaterMakesTheCacheStale() throws IOException {
        Path gml = dir.resolve("delivery/udx/bldg/" + SHINJUKU.getFileName());
        Files.createDirectories(gml.getParent());
        Files.copy(SHINJUKU, gml);
        LoadCache cache = new LoadCache(dir.resolve("cache"), "test-build");
        load(gml, cache, FRAME);
        load(gml, cache, FRAME);
        assertThat(cache.outcome(gml)).isEqualTo(LoadCache.Outcome.HIT);
        // the file names ../../codelists/Common_prefecture.xml, missing until now: its labels change
        Path list = dir.resolve("delivery/codelists/Common_prefecture.xml");
        Files.createDirectories(list.getParent());
        Files.copy(Path.of("src/main/resources/org/citytwin/codelists/CityFurniture_function.xml"), list);

        LoadResult rebuilt = load(gml, cache, FRAME);

        assertThat(cache.outcome(gml)).isEqualTo(LoadCache.Outcome.STALE);
        SameLoad.assertSame(load(gml, null, FRAME), rebuilt);
    }

    static final Path TSUKUBA = Path.of(PLATEAU + "08220_tsukuba-shi_city_2023_citygml_2_op/udx/frn/54400098_frn_6697_op.gml");

    @Test
    void aTextureImageAddedOrChangedLaterMakesTheCacheStale() throws IOException {
        Path gml = dir.resolve("delivery/udx/frn/" + TSUKUBA.getFileName());
        Files.createDirectories(gml.getParent());
        Files.copy(TSUKUBA, gml);
        LoadCache cache = new LoadCache(dir.resolve("cache"), "test-build");
        load(gml, cache, FRAME);
        load(gml, cache, FRAME);
        assertThat(cache.outcome(gml)).isEqualTo(LoadCache.Outcome.HIT);

        // the images were missing: once they exist the surfaces are textured, so the entry must not be used
        Path images = TSUKUBA.resolveSibling("54400098_frn_6697_appearance");
        Path copied = gml.resolveSibling(images.getFileName());
        Files.createDirectories(copied);
        try (Stream<Path> files = Files.list(images)) {
            for (Path p : files.toList()) Files.copy(p, copied.resolve(p.getFileName()));
        }
        LoadResult textured = load(gml, cache, FRAME);
        assertThat(cache.outcome(gml)).isEqualTo(LoadCache.Outcome.STALE);
        SameLoad.assertSame(load(gml, null, FRAME), textured);
        load(gml, cache, FRAME);
        assertThat(cache.outcome(gml)).isEqualTo(LoadCache.Outcome.HIT);

        Path black = copied.resolve("black.jpg");
        Files.write(black, Files.readAllBytes(copied.resolve("grey.jpg")));
        Files.setLastModifiedTime(black, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        load(gml, cache, FRAME);
        assertThat(cache.outcome(gml)).isEqualTo(LoadCache.Outcome.STALE);
    }

    @Test
    void evictDeletesEveryEntryOfTheSource() {
        LoadCache cache = new LoadCache(dir, "test-build");
        load(SHINJUKU, cache, FRAME);
        load(SHINJUKU, cache, null);

        assertThat(cache.evict(SHINJUKU)).isEqualTo(2);
        load(SHINJUKU, cache, FRAME);
        assertThat(cache.outcome(SHINJUKU)).isEqualTo(LoadCache.Outcome.MISSING);
    }

    @Test
    void theFolderIsTrimmedToItsLimitLeastRecentlyUsedFirst() throws IOException {
        LoadCache cache = new LoadCache(dir, "test-build");
        load(SHINJUKU, cache, FRAME);
        Path first = onlyEntry();
        Files.setLastModifiedTime(first, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        cache.setLimit(Files.size(first) + 1);

        load(SHINJUKU, cache, new LocalFrame(35.0, 139.0));

        Path kept = onlyEntry();
        assertThat(kept).isNotEqualTo(first);
        load(SHINJUKU, cache, new LocalFrame(35.0, 139.0));
        assertThat(cache.outcome(SHINJUKU)).isEqualTo(LoadCache.Outcome.HIT);
    }

    private Path onlyEntry() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> entries = files.filter(p -> p.toString().endsWith(LoadCache.SUFFIX)).toList();
            assertThat(entries).hasSize(1);
            return entries.get(0);
        }
    }

    private Path copyOf(Path file) throws IOException {
        Path copy = dir.resolve("src").resolve(file.getFileName());
        Files.createDirectories(copy.getParent());
        return Files.copy(file, copy);
    }

    private static void flip(RandomAccessFile f, long at) throws IOException {
        f.seek(at);
        int b = f.read();
        f.seek(at);
        f.write(b ^ 0x5A);
    }
}
