package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.citytwin.scenario.Annotation;
import org.citytwin.scenario.Project;
import org.citytwin.scenario.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `report` on the bundled Haneda 2022 dataset with a demolition scenario, two viewpoints (one captioned in Japanese)
 * and a Japanese annotation: the page count, one image per stop page, and Japanese text that poppler extracts.
 */
class ReportCommandTest {

    private static final Path DATA = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op");
    private static final String CAPTION = "現在の羽田空港三丁目";

    @TempDir
    Path dir;

    @Test
    void coverStopsAndTablesWithRealJapaneseText() throws Exception {
        Matcher ids = Pattern.compile("<bldg:Building gml:id=\"([^\"]+)\"")
                .matcher(Files.readString(DATA.resolve("udx/bldg/53392633_bldg_6697_2_op.gml")));
        assertThat(ids.find()).isTrue();
        String demolished = ids.group(1);
        Path file = dir.resolve("plan.citytwin");
        String p = file.toString();
        assertThat(CliRunner.run("project", "new", p, DATA.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("project", "scenario", p, "proposal").exitCode()).isZero();
        assertThat(CliRunner.run("project", "edit", p, "--scenario", "proposal", "demolish", demolished).exitCode()).isZero();
        assertThat(CliRunner.run("project", "viewpoint", p, "now", "--look-at", "35.5335,139.7945,5", "--distance", "500",
                "--heading", "30", "--tilt", "45", "--caption", CAPTION).exitCode()).isZero();
        assertThat(CliRunner.run("project", "viewpoint", p, "plan", "--scenario", "proposal", "--look-at", "35.5335,139.7945,5",
                "--distance", "500", "--heading", "30", "--tilt", "60", "--caption", "The proposal").exitCode()).isZero();
        Project project = ProjectStore.read(file);
        Annotation note = new Annotation("a1", Annotation.Kind.PIN, 35.5335, 139.7945, 5, null, "ここに広場", "A plaza here",
                "山田", "2026-12-01T09:00:00Z", 0xFF0000);
        ProjectStore.save(project.withPresentation(project.presentation().withAnnotations(List.of(note))), file);

        Path pdf = dir.resolve("out/briefing.pdf");
        StringWriter err = new StringWriter(), out = new StringWriter();
        CommandLine cl = new CommandLine(new ReportCommand());
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute(p, "--out", pdf.toString(), "--title", "羽田ブリーフィング")).as(err.toString()).isZero();

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1 + 2 + 1); // cover, two stops, one page of tables
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                int images = 0;
                for (COSName n : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(n) instanceof PDImageXObject) images++;
                }
                assertThat(images).as("images on page " + (i + 1)).isEqualTo(i == 1 || i == 2 ? 1 : 0);
            }
        }
        assertThat(out.toString()).contains("4 pages");

        String text = pdftotext(pdf);
        assertThat(text).contains("羽田ブリーフィング", CAPTION, "The proposal", "出典：国土交通省 Project PLATEAU", "ここに広場", "山田");
        assertThat(text).contains(demolished).contains("removed");
        assertThat(text).doesNotContain("Nanaimo").doesNotContain("OpenStreetMap");
    }

    @Test
    void refusesAViewpointInAScenarioThatIsGone() throws Exception {
        Path file = dir.resolve("p.citytwin");
        String p = file.toString();
        assertThat(CliRunner.run("project", "new", p, DATA.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("project", "scenario", p, "gone").exitCode()).isZero();
        assertThat(CliRunner.run("project", "viewpoint", p, "v", "--scenario", "gone", "--look-at", "35.5335,139.7945,5",
                "--distance", "500", "--heading", "0", "--tilt", "45").exitCode()).isZero();
        ProjectStore.save(ProjectStore.read(file).without("gone"), file);
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ReportCommand());
        cl.setErr(new PrintWriter(err));
        Path pdf = dir.resolve("r.pdf");
        assertThat(cl.execute(p, "--out", pdf.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("viewpoint 'v' shows scenario 'gone'");
        assertThat(pdf).doesNotExist();
    }

    /** Poppler's text extraction; a machine without poppler-utils fails here (CI installs it), it does not skip. */
    private static String pdftotext(Path pdf) throws Exception {
        Process proc = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(proc.waitFor()).as(text).isZero();
        return text;
    }
}
