package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.citytwin.shadow.StudyTile;
import org.citytwin.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `report --shadow-study tower --site ...` on the Shinjuku tile with a sketched tower: a Shadow study page with the
 * map image and the same equal-time and exceedance areas `shadow --json` gives for that site and day. AWT draws the
 * map: run under xvfb-run.
 */
class ReportShadowStudyTest {

    @TempDir
    Path dir;

    @Test
    void thePdfHasAShadowStudyPageWithTheStudyAreas() throws Exception {
        Path project = StudyTile.project(dir);
        Path pdf = dir.resolve("briefing.pdf");
        StringWriter err = new StringWriter();
        assertThat(report(err, project.toString(), "--out", pdf.toString(), "--shadow-study", "tower", "--site", StudyTile.siteOption(),
                "--study-date", "2026-12-22")).as(err.toString()).isZero();
        JsonNode study = new ObjectMapper().readTree(CliRunner.run("shadow", project + "#tower", "--date", "2026-12-22",
                "--from", "08:00", "--to", "16:00", "--plane", "4", "--site", StudyTile.siteOption(), "--json").out());

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4); // cover, tables, shadow study, annotations and attributions
            PDPage page = doc.getPage(2);
            int images = 0;
            for (COSName n : page.getResources().getXObjectNames()) if (page.getResources().getXObject(n) instanceof PDImageXObject) images++;
            assertThat(images).isEqualTo(1);
        }
        String text = pdftotext(pdf, 3);
        assertThat(text).contains(Texts.get("study.pdf.title", "tower"));
        assertThat(text).contains(Texts.get("study.pdf.limits", "4", "2.5"));
        for (JsonNode c : study.get("contours")) assertThat(text).contains(area(c.get("area").asDouble()));
        JsonNode ex = study.get("exceedances");
        assertThat(ex.get(1).get("area").asDouble()).isPositive();
        for (JsonNode e : ex) assertThat(text).contains(area(e.get("area").asDouble()));
        assertThat(text).contains(Texts.get("study.pdf.exceeds"));
        assertThat(text).contains(Texts.get("study.zone.near"), Texts.get("study.zone.far"));
    }

    @Test
    void withoutASiteTheProposalFootprintIsTheSiteAndSaysSo() throws Exception {
        Path project = StudyTile.project(dir);
        Path pdf = dir.resolve("briefing.pdf");
        StringWriter err = new StringWriter();
        assertThat(report(err, project.toString(), "--out", pdf.toString(), "--shadow-study", "tower", "--study-date", "2026-12-22"))
                .as(err.toString()).isZero();
        String text = pdftotext(pdf, 3);
        // The 24 × 24 m tower is the site: 576 m² (the frame's metres are within a few per mille of the sketch's).
        String first = Texts.get("study.pdf.siteFootprint", "576");
        assertThat(text.replaceAll("\\s+", " ")).containsAnyOf(first.substring(0, 20), Texts.get("study.pdf.siteFootprint", "575").substring(0, 20));
        assertThat(text).containsPattern("57[5-7] m²");
    }

    @Test
    void aScenarioWithoutProposalsOrAStraySiteIsRefused() throws Exception {
        Path project = StudyTile.project(dir);
        Path pdf = dir.resolve("briefing.pdf");
        StringWriter err = new StringWriter();
        assertThat(report(err, project.toString(), "--out", pdf.toString(), "--shadow-study", "base")).isEqualTo(2);
        assertThat(err.toString()).contains(Texts.get("study.pdf.noProposals", "base"));
        assertThat(report(new StringWriter(), project.toString(), "--out", pdf.toString(), "--site", StudyTile.siteOption())).isEqualTo(2);
        assertThat(report(new StringWriter(), project.toString(), "--out", pdf.toString(), "--shadow-study", "nope")).isEqualTo(2);
        assertThat(pdf).doesNotExist();
    }

    private static int report(StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new ReportCommand());
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    private static String area(double m2) {
        return String.format(Locale.ROOT, "%,.0f", m2);
    }

    /** PDFBox's text of one page (through the ToUnicode maps the report writes, as any reader would copy it). */
    private static String pdftotext(Path pdf, int page) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(doc);
        }
    }
}
