package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citytwin.app.Launcher;
import org.citytwin.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `citytwin --lang ja|en`: the plain inspect report and --help in Japanese or English; JSON stays English. */
class CliLanguageTest {

    private static final String DEFECTS = "src/test/resources/data/quality/defects.gml";
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

    /** Every number in the text, sorted. */
    private static List<String> numbers(String text) {
        return NUMBER.matcher(text).results().map(java.util.regex.MatchResult::group).sorted().toList(); // issue order varies
    }
}
