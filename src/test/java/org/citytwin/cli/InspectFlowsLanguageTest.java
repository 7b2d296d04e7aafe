package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.citytwin.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #14: `--lang ja inspect` on broken flow files says the refusal and the skipped records in Japanese, naming
 * the file and line; the same run with --json keeps the messages in English.
 */
class InspectFlowsLanguageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path refused;
    private Path partly;

    @BeforeEach
    void files() throws Exception {
        refused = dir.resolve("bad-start.csv");
        Files.writeString(refused, "@stboundedby,urn:ogc:def:crs:OGC:1.3:CRS84,2D,139 35,140 36,yesterday,"
                + "2012-01-17T12:37:00Z,sec\na,10,120,139.5 35.5 139.6 35.6\n");
        partly = dir.resolve("pflow.csv");
        Files.writeString(partly, """
                1,2013-10-01 08:00:00,139.7000,35.6800
                1,2013-10-01 08:01:00,139.7010,35.6800
                1,soon,139.7020,35.6800
                """);
    }

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void thePlainReportIsJapanese() {
        CliRunner.Run run = CliRunner.run("--lang", "ja", "inspect", refused.toString(), partly.toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out())
                .contains("エラー: bad-start.csv の 1 行目: 開始時刻「yesterday」が ISO 8601 の日時ではありません")
                .contains("  3 行目: 時刻「soon」が日時（ISO 8601 または yyyy-MM-dd HH:mm:ss）ではありません")
                .doesNotContain("start time", "is not a date-time", "line 3");
    }

    @Test
    void theJsonReportStaysEnglish() throws Exception {
        CliRunner.Run run = CliRunner.run("--lang", "ja", "inspect", refused.toString(), partly.toString(), "--json");

        JsonNode flows = JSON.readTree(run.out()).get("flows");
        assertThat(flows.get(0).get("error").asText())
                .isEqualTo("bad-start.csv, line 1: start time 'yesterday' is not an ISO 8601 date-time");
        JsonNode problem = flows.get(1).get("problems").get(0);
        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("message").asText())
                .isEqualTo("time 'soon' is not a date-time (ISO 8601 or yyyy-MM-dd HH:mm:ss)");
    }
}
