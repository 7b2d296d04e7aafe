package org.citytwin.pipeline.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.citytwin.model.LoadIssue;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An issue written through a bundle comes back from the cache with its key, so a reload still shows it in Japanese. */
class IssueMessageCacheTest {
    private static final Path DEFECTS = Path.of("src/test/resources/data/quality/defects.gml");

    @TempDir
    Path dir;

    @BeforeAll
    static void crs() {
        LoadCacheTest.startCrs();
    }

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void keyedIssuesSurviveTheCacheAndRenderInEitherLanguage() {
        LoadCache cache = new LoadCache(dir, "test-build");
        LoadResult written = LoadCacheTest.load(DEFECTS, cache, LoadCacheTest.FRAME);
        LoadResult reloaded = LoadCacheTest.load(DEFECTS, cache, LoadCacheTest.FRAME);
        assertThat(cache.outcome(DEFECTS)).isEqualTo(LoadCache.Outcome.HIT);

        List<LoadIssue> keyed = reloaded.files().get(0).issues().stream().filter(i -> i.text() != null).toList();
        assertThat(keyed).isNotEmpty();
        assertThat(reloaded.files().get(0).issues()).containsExactlyInAnyOrderElementsOf(written.files().get(0).issues());
        LoadIssue noCrs = keyed.stream().filter(i -> i.text().key().equals("issues.crs.none")).findFirst().orElseThrow();

        assertThat(noCrs.message()).isEqualTo("The file names no CRS (no srsName); coordinates are used as local metres");
        Texts.setLocale(Locale.JAPANESE);
        assertThat(noCrs.displayMessage()).startsWith("ファイルに座標参照系（srsName）の指定がありません");
        assertThat(noCrs.message()).startsWith("The file names no CRS"); // JSON and logs stay English
        assertThat(noCrs.displayDescription()).startsWith("情報 ");
    }
}
