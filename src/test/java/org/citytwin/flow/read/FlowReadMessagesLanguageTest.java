package org.citytwin.flow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.citytwin.flow.FlowStore;
import org.citytwin.geo.CrsResolver;
import org.citytwin.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #14: the flow readers' refusals and skipped-record remarks come from the bundles. Broken files are read
 * under Japanese and English; each message names the file and the line in both, and the English one stays
 * available (JSON) whatever the language.
 */
class FlowReadMessagesLanguageTest {

    @TempDir
    Path dir;

    private final FlowFileReader reader = new FlowFileReader(new FrameAnchor(new CrsResolver(), null));

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private FlowReadException refusal(Path file, Locale language) {
        Texts.setLocale(language);
        return catchThrowableOfType(() -> reader.read(file, FlowReadOptions.DEFAULTS, new FlowStore()),
                FlowReadException.class);
    }

    @Test
    void aBadStartTimeInTheMfCsvHeaderNamesFileAndLineInBothLanguages() throws Exception {
        Path file = write("bad-start.csv", "@stboundedby,urn:ogc:def:crs:OGC:1.3:CRS84,2D,139 35,140 36,yesterday,"
                + "2012-01-17T12:37:00Z,sec\na,10,120,139.5 35.5 139.6 35.6\n");

        assertThat(refusal(file, Locale.JAPANESE).getMessage())
                .isEqualTo("bad-start.csv の 1 行目: 開始時刻「yesterday」が ISO 8601 の日時ではありません");
        FlowReadException en = refusal(file, Locale.ENGLISH);
        assertThat(en.getMessage()).isEqualTo("bad-start.csv, line 1: start time 'yesterday' is not an ISO 8601 date-time");
        assertThat(en.line()).isEqualTo(1);
    }

    @Test
    void aMissingColumnNamesFileLineAndColumn() throws Exception {
        Path file = write("survey.txt", "# exported\nt;who;east;north\n0;p1;100;0\n");
        ColumnMapping mapping = ColumnMapping.builder().delimiter(';').id("who").time("t", ColumnMapping.TimeFormat.SECONDS)
                .x("east").y("northing").build();

        Texts.setLocale(Locale.JAPANESE);
        FlowReadException ja = catchThrowableOfType(() -> reader.read(file, mapping, new FlowStore()), FlowReadException.class);
        assertThat(ja.getMessage()).isEqualTo("survey.txt の 2 行目: 列「northing」がヘッダー [t, who, east, north] にありません"
                + "（ヘッダーの列名か、1 から数えた列番号を指定してください）");
        assertThat(ja.englishMessage()).as("JSON keeps English whatever the language")
                .isEqualTo("survey.txt, line 2: column 'northing' is not in the header [t, who, east, north]"
                        + " (name a header column or give a 1-based column number)");
    }

    @Test
    void badNumbersAndTimesAreSkippedWithTheirLineInBothLanguages() throws Exception {
        Path file = write("pflow.csv", """
                1,2013-10-01 08:00:00,139.7000,35.6800
                1,2013-10-01 08:01:00,139.7010,35.6800
                1,soon,139.7020,35.6800
                1,2013-10-01 08:03:00,abc,35.6800
                """);

        Texts.setLocale(Locale.JAPANESE);
        FlowReadReport report = reader.read(file, FlowReadOptions.DEFAULTS, new FlowStore());
        assertThat(report.samples()).isEqualTo(2);
        assertThat(report.problems()).extracting(FlowReadReport.Problem::displayText).containsExactly(
                "3 行目: 時刻「soon」が日時（ISO 8601 または yyyy-MM-dd HH:mm:ss）ではありません",
                "4 行目: x、y、z は数値でなければなりません:「abc」「35.6800」");
        assertThat(report.problems()).extracting(Object::toString).containsExactly(
                "line 3: time 'soon' is not a date-time (ISO 8601 or yyyy-MM-dd HH:mm:ss)",
                "line 4: x, y and z must be numbers: 'abc', '35.6800'");
        Texts.setLocale(Locale.ENGLISH);
        assertThat(report.problems().get(1).displayText()).isEqualTo("line 4: x, y and z must be numbers: 'abc', '35.6800'");
    }

    @Test
    void aFileOfOnlyBadRowsIsRefusedNamingTheFirstBadLine() throws Exception {
        Path bad = write("only-bad.csv", "1,later,139.70,35.68\n1,2013-10-01 08:01:00,139.71,north\n");

        Texts.setLocale(Locale.JAPANESE);
        FlowReadException ja = catchThrowableOfType(() -> reader.read(bad, FlowFormat.PFLOW_CSV, FlowReadOptions.DEFAULTS,
                new FlowStore()), FlowReadException.class);
        assertThat(ja.getMessage()).isEqualTo("only-bad.csv: 有効な位置がありません: レコードまたは位置 2 件を読み飛ばしたため、"
                + "何も読み込んでいません（最初の例: 1 行目: 時刻「later」が日時（ISO 8601 または yyyy-MM-dd HH:mm:ss）ではありません）");
        assertThat(ja.englishMessage()).isEqualTo("only-bad.csv: no valid positions: 2 record(s) or position(s) skipped,"
                + " the first: line 1: time 'later' is not a date-time (ISO 8601 or yyyy-MM-dd HH:mm:ss); nothing of it was loaded");
    }

    @Test
    void brokenJsonNamesFileLineAndColumnInBothLanguages() throws Exception {
        Path file = write("walk.json", """
                {
                  "type": "Feature",
                  "temporalGeometry": {
                    "type": "MovingPoint", "datetimes": ["2024-05-01T08:00:00Z"] "coordinates": [[139.7, 35.68]]
                  }
                }
                """);

        String ja = refusal(file, Locale.JAPANESE).getMessage();
        assertThat(ja).startsWith("walk.json の 4 行目: ").contains(" 桁目で JSON として正しくありません: ");
        String en = refusal(file, Locale.ENGLISH).getMessage();
        assertThat(en).startsWith("walk.json, line 4: not valid JSON at column ");
    }

    @Test
    void labNotesAndInvalidPositionsAreJapanese() throws Exception {
        Path file = write("lab.txt", "1 0 0.5 1.0 1.7\n1 1 NaN 1.1 1.7\n1 2 0.7 1.2 1.7\n");

        Texts.setLocale(Locale.JAPANESE);
        FlowReadReport report = reader.read(file, FlowReadOptions.DEFAULTS, new FlowStore());
        assertThat(report.problems()).extracting(FlowReadReport.Problem::displayText).containsExactly(
                "ファイルにもオプションにもフレームレートの指定がないため、25.0 fps とみなしました",
                "ファイルにもオプションにも長さの単位の指定がないため、メートルとみなしました",
                "2 行目: 位置 (NaN, 1.1) は有限の数値の組ではありません。読み飛ばしました");
        assertThat(report.problems().get(2).message()).isEqualTo("position (NaN, 1.1) is not a pair of finite numbers; skipped");
    }

    @Test
    void optionErrorsAndFormatNamesAreJapanese() {
        Texts.setLocale(Locale.JAPANESE);
        assertThat(catchThrowableOfType(() -> LabPlacement.parse("1,2"), IllegalArgumentException.class).getMessage())
                .isEqualTo("配置「1,2」の形式が正しくありません。x,y,回転角,縮尺 または x,y,z,回転角,縮尺 で指定してください");
        assertThat(catchThrowableOfType(() -> LengthUnit.parse("ft"), IllegalArgumentException.class).getMessage())
                .isEqualTo("長さの単位「ft」は使えません。m、cm、mm のいずれかを指定してください");
        assertThat(FlowFormat.TRAJECTORY_TEXT.displayName()).isEqualTo("軌跡テキスト");
        assertThat(FlowFormat.TRAJECTORY_TEXT.label()).as("JSON keeps English").isEqualTo("trajectory text");
    }
}
