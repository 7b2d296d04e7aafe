package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citytwin.app.Launcher;
import org.citytwin.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `citytwin --lang ja|en`: the plain reports (inspect, sun, project show, diff), errors and --help in Japanese or
 * English; JSON stays English.
 */
class CliLanguageTest {

    private static final String DEFECTS = "src/test/resources/data/quality/defects.gml";
    private static final Path TILE = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void inspectReportIsJapaneseWithTheSameNumbers() {
        CliRunner.Run en = CliRunner.run("--lang", "en", "inspect", DEFECTS);
        CliRunner.Run ja = CliRunner.run("--lang", "ja", "inspect", DEFECTS);

        assertThat(ja.exitCode()).isZero().isEqualTo(en.exitCode());
        Matcher total = Pattern.compile("Total: 1 files, (\\d+) triangles").matcher(en.out());
        assertThat(total.find()).as(en.out()).isTrue();
        assertThat(ja.out()).contains("合計: 1 ファイル、三角形 " + total.group(1) + " 個")
                .contains("座標参照系 -（srsName -）").contains("  警告 " + DEFECTS).contains("  情報 " + DEFECTS)
                .doesNotContain("Total:", "WARNING ", "triangles", "LODs");
        assertThat(en.out()).contains("  CityGML 2.0, CRS - (srsName -)").contains("  WARNING " + DEFECTS);
        assertThat(numbers(ja.out())).isEqualTo(numbers(en.out())).hasSizeGreaterThan(20);
    }

    @Test
    void jsonIsTheSameInEitherLanguage() {
        CliRunner.Run en = CliRunner.run("--lang", "en", "inspect", DEFECTS, "--json");
        CliRunner.Run ja = CliRunner.run("--lang", "ja", "inspect", DEFECTS, "--json");

        // issues of one file may come in another order from run to run (parallel checks), so compare sorted lines
        assertThat(ja.out().lines().sorted().toList()).isEqualTo(en.out().lines().sorted().toList());
        assertThat(ja.out()).contains("\"severity\" : \"warning\"");
    }

    @Test
    void topLevelHelpIsJapanese() {
        String help = CliRunner.run("--lang", "ja", "--help").out();

        assertThat(help).startsWith("使い方: citytwin").contains("コマンド:")
                .contains("CityGML / PLATEAU 都市モデルの 3D ビューア").contains("このヘルプを表示して終了します。")
                .contains("--lang=ja|en").doesNotContain("Usage:", "Show this help message");
    }

    @Test
    void subcommandHelpIsJapanese() {
        String help = CliRunner.run("--lang", "ja", "inspect", "--help").out();

        assertThat(help).startsWith("使い方: citytwin inspect").contains("テキストの代わりに JSON を出力します")
                .contains("METRES より近い埋設管どうしの組").doesNotContain("print JSON instead of text");
        assertThat(CliRunner.run("--lang", "ja", "report", "--help").out()).contains("終了コード:")
                .contains("PDF を書き出しました");
    }

    @Test
    void englishHelpStaysEnglish() {
        String help = CliRunner.run("--lang", "en", "inspect", "--help").out();

        assertThat(help).startsWith("Usage: citytwin inspect").contains("print JSON instead of text")
                .doesNotContain("使い方");
    }

    @Test
    void unknownLanguageIsRefusedWithASentence() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Launcher());
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));

        int code = cl.execute("--lang", "xx", "inspect", DEFECTS);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown language 'xx': use ja (Japanese) or en (English).")
                .doesNotContain("Exception");
    }

    @Test
    void sunSpeaksJapaneseWithTheSameNumbers() {
        String[] args = {"sun", "--at", "35.6812,139.7671", "--time", "2024-12-21T12:00+09:00"};
        CliRunner.Run en = CliRunner.run(prepend("en", args));
        CliRunner.Run ja = CliRunner.run(prepend("ja", args));

        assertThat(en.out()).contains("the sun stands at azimuth").contains("above the horizon");
        assertThat(ja.out()).contains("太陽の方位角は").contains("（北から時計回り）").contains("地平線の上")
                .doesNotContain("azimuth", "horizon");
        assertThat(numbers(ja.out())).isEqualTo(numbers(en.out()));
    }

    @Test
    void projectShowAndDiffTableAreJapanese(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.copy(TILE, data.resolve("tile.gml"));
        Matcher id = Pattern.compile("<bldg:Building gml:id=\"([^\"]+)\"").matcher(Files.readString(TILE));
        assertThat(id.find()).isTrue();
        String project = dir.resolve("plan.citytwin").toString();
        assertThat(CliRunner.run("project", "new", project, data.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("project", "scenario", project, "proposal").exitCode()).isZero();
        assertThat(CliRunner.run("project", "edit", project, "--scenario", "proposal", "demolish", id.group(1)).exitCode()).isZero();

        assertThat(CliRunner.run("--lang", "ja", "project", "show", project).out())
                .contains("  シナリオ base（読み込んだままのデータ）").contains("  シナリオ proposal: 編集 1 件")
                .contains("  データソース ").doesNotContain("scenario base", "edits");
        CliRunner.Run diff = CliRunner.run("--lang", "ja", "diff", project + "#base", project + "#proposal");
        assertThat(diff.exitCode()).isZero();
        assertThat(diff.out()).contains("追加 0、削除 1、変更 0、変更なし").contains("高さの差 m").contains("削除  ")
                .doesNotContain("added", "removed");
        assertThat(CliRunner.run("--lang", "en", "diff", project + "#base", project + "#proposal").out())
                .contains("0 added, 1 removed, 0 changed, ");
    }

    @Test
    void readerMessagesAreJapaneseInTextAndEnglishInJson(@TempDir Path dir) throws Exception {
        Path kml = Files.writeString(dir.resolve("other.gml"),
                "<?xml version=\"1.0\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document/></kml>\n");

        assertThat(CliRunner.run("--lang", "ja", "inspect", kml.toString()).out())
                .contains("エラー " + kml + ": CityGML ファイルではありません: ルート要素は名前空間「http://www.opengis.net/kml/2.2」の <kml> です")
                .doesNotContain("not a CityGML file");
        assertThat(CliRunner.run("--lang", "ja", "inspect", kml.toString(), "--json").out())
                .contains("This is not a CityGML file: the root element is <kml>").doesNotContain("ファイルではありません");
    }

    @Test
    void errorsOfOtherCommandsAreJapanese() {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            assertThat(CliRunner.run("--lang", "ja", "sun", "--at", "95,139", "--time", "2024-12-21T12:00").exitCode()).isEqualTo(2);
            assertThat(CliRunner.run("--lang", "ja", "diff", "no-such.gml", DEFECTS).exitCode()).isEqualTo(2);
        } finally {
            System.setErr(original);
        }
        assertThat(buffer.toString(StandardCharsets.UTF_8))
                .contains("--at 95,139: 緯度は -90 度から 90 度の範囲で指定してください。")
                .contains("no-such.gml: そのようなファイルまたはフォルダはありません").doesNotContain("must lie", "no such file");
    }

    private static String[] prepend(String language, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--lang";
        all[1] = language;
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    /** Every number in the text, sorted. */
    private static List<String> numbers(String text) {
        return NUMBER.matcher(text).results().map(java.util.regex.MatchResult::group).sorted().toList(); // issue order varies
    }
}
