package org.citytwin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.citytwin.model.CityObject;
import org.citytwin.scenario.Annotation;
import org.citytwin.scenario.DiffResult;
import org.citytwin.scenario.ObjectChange;
import org.citytwin.scenario.ObjectDiff;
import org.citytwin.scenario.ObjectSizes;
import org.citytwin.scenario.Scenario;
import org.citytwin.scenario.ScenarioIndicators;
import org.citytwin.scenario.Viewpoint;
import org.citytwin.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The briefing PDF: a cover (title, date, data sources), one page per tour stop (its render, caption and notes), the
 * change tables and indicators of every scenario against base, the annotations, and the attributions the data needs.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a PDF briefing of a project: cover, one page per tour stop, scenario change tables and"
                + " indicators against base, annotations and data attributions.",
                "Japanese is real, selectable text in the bundled IPAexGothic (subset embedded)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:PDF written", "1:rendering failed (e.g. no 3D support)", "2:nothing to report or a refused project"})
public final class ReportCommand implements Callable<Integer> {

    /** Rows of one scenario's change table; the rest is counted, `diff` lists them all. */
    static final int MAX_CHANGE_ROWS = 40;
    static final int IMAGE_WIDTH = 1400, IMAGE_HEIGHT = 875;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "P.citytwin") Path project;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "PDF file to write") Path out;

    @Option(names = "--title", paramLabel = "TEXT", description = "title on the cover (default: the project's file name)")
    String title;

    @Option(names = "--shadow-study", paramLabel = "SCENARIO",
            description = "add a Shadow study (日影) page: the scenario's proposals on the winter solstice")
    String shadowStudy;

    @Option(names = "--site", paramLabel = "LAT,LON;LAT,LON;...",
            description = "site boundary for the shadow study (default: the proposals' footprint, the strictest reading)")
    String site;

    @Option(names = "--limits", paramLabel = "NEAR,FAR", description = "shadow study limits in hours (default 4,2.5)")
    String limits;

    @Option(names = "--study-date", paramLabel = "YYYY-MM-DD",
            description = "day of the shadow study (default: this year's winter solstice)")
    String studyDate;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        if (shadowStudy == null && (site != null || limits != null || studyDate != null)) {
            err.println(Texts.get("study.pdf.needsScenario"));
            err.flush();
            return 2;
        }
        ScenarioRenderer renderer = TourCommand.open(project, err);
        if (renderer == null) return 2;
        StudyPage.Study study = null;
        if (shadowStudy != null) {
            try {
                study = StudyPage.compute(renderer, shadowStudy, site == null ? null : siteCorners(site),
                        limits == null ? null : limitHours(limits), studyDate == null
                                ? org.citytwin.shadow.StudySettings.winterSolstice(LocalDate.now().getYear()) : LocalDate.parse(studyDate));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                err.println(e.getMessage());
                err.flush();
                return 2;
            }
        }
        List<Viewpoint> stops = renderer.data().project.presentation().viewpoints().isEmpty() ? List.of()
                : TourCommand.stops(renderer, err);
        if (stops == null) return 2;
        if (!stops.isEmpty() && !TourCommand.startFx(err)) return 1;
        ProjectData data = renderer.data();
        String name = project.getFileName().toString().replaceFirst("\\.citytwin$", "");
        List<String> attribution = DataAttribution.lines(ProjectData.sources(data.file, data.project));
        int tablePages;
        try (PDDocument doc = new PDDocument(); PdfFlow pdf = new PdfFlow(doc)) {
            cover(pdf, title != null ? title : name, data, attribution, stops.size());
            for (int i = 0; i < stops.size(); i++) stop(pdf, i, stops.size(), stops.get(i), renderer, err);
            int before = doc.getNumberOfPages();
            pdf.newPage();
            tables(pdf, renderer);
            if (study != null) StudyPage.write(pdf, study);
            if (study != null) pdf.newPage();
            annotations(pdf, data.project.presentation().annotations());
            attributions(pdf, attribution);
            pdf.close();
            tablePages = doc.getNumberOfPages() - before;
            if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            doc.save(bytes);
            Files.write(out, PdfToUnicodeFix.fixed(bytes.toByteArray()));
            outw.println(Texts.get("commands.report.written", out.toAbsolutePath(), doc.getNumberOfPages(), stops.size(),
                    tablePages));
        }
        outw.flush();
        err.flush();
        return 0;
    }

    private static List<double[]> siteCorners(String text) {
        List<double[]> corners = ShadowCommand.siteRing(text);
        if (corners == null) throw new IllegalArgumentException(Texts.get("study.cli.siteFormat", text));
        return corners;
    }

    private static double[] limitHours(String text) {
        double[] h = ShadowCommand.limits(text);
        if (h == null) throw new IllegalArgumentException(Texts.get("study.cli.limitsFormat", text));
        return h;
    }

    private static void cover(PdfFlow pdf, String title, ProjectData data, List<String> attribution, int stops) throws IOException {
        pdf.newPage();
        pdf.space(120);
        pdf.paragraph(title, 28);
        pdf.space(10);
        pdf.line(LocalDate.now().toString(), 14, 0);
        pdf.space(24);
        pdf.line("Project: " + data.file.getFileName(), 12, 0);
        pdf.line("Data sources:", 12, 0);
        for (String s : data.project.sources()) pdf.line(s, 11, 16);
        for (String m : data.missing) pdf.line("missing: " + m, 11, 16);
        pdf.line("Scenarios: " + String.join(", ", data.project.scenarioNames()), 12, 0);
        pdf.line("Tour: " + stops + (stops == 1 ? " stop" : " stops"), 12, 0);
        pdf.space(24);
        for (String a : attribution) pdf.line(a, 11, 0);
    }

    private static void stop(PdfFlow pdf, int i, int n, Viewpoint v, ScenarioRenderer renderer, PrintWriter err) throws Exception {
        pdf.newPage();
        pdf.line((i + 1) + " / " + n + "   " + v.name() + "   (scenario: " + v.scenario() + ")", 14, 0);
        pdf.space(4);
        pdf.image(renderer.render(v, IMAGE_WIDTH, IMAGE_HEIGHT, err), 380);
        if (!v.caption().isEmpty()) pdf.paragraph(v.caption(), 14);
        if (v.notes() != null && !v.notes().isBlank()) {
            pdf.space(4);
            pdf.paragraph(v.notes(), 10);
        }
    }

    private static void tables(PdfFlow pdf, ScenarioRenderer renderer) throws IOException {
        ProjectData data = renderer.data();
        pdf.line("Scenarios against base", 18, 0);
        List<CityObject> base = renderer.objects(Scenario.BASE);
        ScenarioIndicators b = ScenarioIndicators.of(base);
        if (data.project.scenarios().isEmpty()) {
            pdf.line("The project has no scenarios; base has " + b.buildings() + " buildings.", 11, 0);
            return;
        }
        float[] ind = {0, 220, 340, 460};
        float[] cols = {0, 80, 420, 560, 640};
        for (Scenario s : data.project.scenarios()) {
            List<CityObject> objects = renderer.objects(s.name());
            ScenarioIndicators x = ScenarioIndicators.of(objects);
            DiffResult diff = ObjectDiff.diff(base, objects);
            pdf.space(8);
            pdf.need(140);
            pdf.line(s.name() + ": " + s.edits().size() + " edits; " + diff.added() + " added, " + diff.removed() + " removed, "
                    + diff.changed() + " changed, " + diff.unchanged() + " unchanged", 13, 0);
            pdf.row(10, ind, "Indicator", "base", s.name(), "change");
            pdf.row(10, ind, "Buildings", String.valueOf(b.buildings()), String.valueOf(x.buildings()),
                    signed(x.buildings() - b.buildings(), "%+.0f"));
            pdf.row(10, ind, "Footprint (m²)", f(b.footprint()), f(x.footprint()), signed(x.footprint() - b.footprint(), "%+,.0f"));
            pdf.row(10, ind, "Gross floor area (m²)", f(b.grossFloorArea()), f(x.grossFloorArea()),
                    signed(x.grossFloorArea() - b.grossFloorArea(), "%+,.0f"));
            pdf.row(10, ind, "Highest building (m)", String.format(Locale.ROOT, "%.1f", b.maxHeight()),
                    String.format(Locale.ROOT, "%.1f", x.maxHeight()), signed(x.maxHeight() - b.maxHeight(), "%+.1f"));
            if (diff.changes().isEmpty()) continue;
            pdf.space(4);
            pdf.row(10, cols, "Change", "Object", "Type", "Height Δ (m)", "Footprint Δ (m²)");
            List<ObjectChange> changes = diff.changes();
            for (ObjectChange c : changes.subList(0, Math.min(MAX_CHANGE_ROWS, changes.size()))) {
                pdf.row(9, cols, c.kind().name().toLowerCase(Locale.ROOT), c.id(), c.type(),
                        signed(c.delta(ObjectSizes::height), "%+.1f"), signed(c.delta(ObjectSizes::footprint), "%+,.0f"));
            }
            if (changes.size() > MAX_CHANGE_ROWS) {
                pdf.line("… and " + (changes.size() - MAX_CHANGE_ROWS) + " more changes (citytwin diff P.citytwin#base"
                        + " P.citytwin#" + s.name() + " lists them all)", 9, 0);
            }
        }
    }

    private static void annotations(PdfFlow pdf, List<Annotation> annotations) throws IOException {
        pdf.space(12);
        pdf.need(60);
        pdf.line("Annotations", 18, 0);
        if (annotations.isEmpty()) {
            pdf.line("None.", 11, 0);
            return;
        }
        float[] cols = {0, 60, 420, 540, 640};
        pdf.row(10, cols, "Kind", "Text", "Author", "Time", "Where");
        for (Annotation a : annotations) {
            String where = a.objectId() != null ? a.objectId()
                    : String.format(Locale.ROOT, "%.5f, %.5f, %.1f m", a.lat(), a.lon(), a.height());
            pdf.row(9, cols, a.kind().name().toLowerCase(Locale.ROOT), a.text(), a.author(), a.time(), where);
        }
    }

    private static void attributions(PdfFlow pdf, List<String> attribution) throws IOException {
        pdf.space(12);
        pdf.need(60);
        pdf.line("Data attribution", 18, 0);
        for (String a : attribution) pdf.paragraph(a, 11);
        pdf.line("Text set in IPAexGothic (IPA Font License v1.0).", 9, 0);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String signed(double v, String format) {
        return Double.isNaN(v) ? "" : Math.abs(v) < 1e-9 ? "0" : String.format(Locale.ROOT, format, v);
    }
}
