package org.citytwin.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citytwin.model.CityObject;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.scenario.Footprint;
import org.citytwin.scenario.GroundSnap;
import org.citytwin.scenario.Scenario;
import org.citytwin.scenario.ScenarioProposals;
import org.citytwin.shadow.NoaaSun;
import org.citytwin.shadow.ShadowHours;
import org.citytwin.shadow.ShadowStudy;
import org.citytwin.shadow.SiteBoundary;
import org.citytwin.shadow.StudySettings;
import org.citytwin.text.Texts;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The briefing's "Shadow study (日影)" page of one scenario: its proposals cast on the winter solstice (or the day
 * asked for), 8–16 h true solar time, 4 m plane; the study map, the settings, the equal-time areas and the
 * exceedance table. The site is the boundary given, else the proposals' footprint (its convex hull): measuring the
 * 5 m and 10 m lines from the building itself is the strictest reading, and the page says which one it used.
 */
final class StudyPage {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** What the page shows, computed before anything is drawn so a refusal leaves no half page. */
    record Study(String scenario, ShadowStudy.Result result, StudyMap.Context context, boolean siteDrawn) {
    }

    private StudyPage() {
    }

    /**
     * The study of {@code scenario}'s proposals; IllegalArgumentException (a sentence) for an unknown scenario, one
     * without proposals, or a bad site.
     */
    static Study compute(ScenarioRenderer renderer, String scenarioName, List<double[]> siteCorners, double[] limits, LocalDate day) {
        Scenario scenario = renderer.data().project.scenario(scenarioName).orElseThrow(() -> new IllegalArgumentException(
                renderer.data().file + ": no scenario named '" + scenarioName + "'; there are " + renderer.data().project.scenarioNames()));
        List<CityObject> objects = renderer.objects(scenarioName);
        List<CityObject> proposals = ScenarioProposals.of(objects, scenario);
        if (proposals.isEmpty()) {
            throw new IllegalArgumentException(Texts.get("study.pdf.noProposals", scenarioName));
        }
        DatasetLoader loader = renderer.loader();
        Polygon site;
        if (siteCorners != null) {
            site = SiteBoundary.local(siteCorners, loader::toLocal);
        } else {
            List<Geometry> footprints = new ArrayList<>();
            for (CityObject o : proposals) footprints.add(Footprint.of(o.displayMesh()));
            site = (Polygon) GEOMETRY.buildGeometry(footprints).convexHull();
        }
        Point centre = site.getCentroid();
        double[] ll = loader.toLatLon(centre.getX(), centre.getY());
        StudySettings settings = StudySettings.defaults(day.getYear());
        settings = new StudySettings(day, settings.from(), settings.to(), false, settings.plane(), settings.gridSpacing(),
                settings.levels(), settings.step(), limits != null ? limits[0] : settings.limitNear(),
                limits != null ? limits[1] : settings.limitFar());
        List<org.citytwin.model.MeshPart> casters = proposals.stream().map(CityObject::displayMesh).filter(m -> !m.isEmpty()).toList();
        ShadowStudy.Result r = ShadowStudy.run(casters, ll[0], ll[1], GroundSnap.heightAt(objects, centre.getX(), centre.getY()),
                site, settings, new NoaaSun(), new CancelToken(CancelToken.Work.STUDY));
        return new Study(scenarioName, r, StudyMap.Context.of(objects, proposals), siteCorners != null);
    }

    static void write(PdfFlow pdf, Study study) throws IOException {
        ShadowStudy.Result r = study.result();
        StudySettings s = r.settings();
        pdf.newPage();
        pdf.line(Texts.get("study.pdf.title", study.scenario()), 18, 0);
        pdf.line(StudyMap.subtitle(s), 10, 0);
        pdf.line(Texts.get(study.siteDrawn() ? "study.pdf.siteDrawn" : "study.pdf.siteFootprint", StudyMap.area(r.site().getArea())), 10, 0);
        pdf.line(Texts.get("study.pdf.limits", StudyMap.hours(s.limitNear()), StudyMap.hours(s.limitFar())), 10, 0);
        pdf.space(2);
        pdf.image(StudyMap.render(r, study.context()), 300);
        float[] cols = {0, 190, 330, 470};
        pdf.row(10, cols, Texts.get("study.pdf.contour"), Texts.get("study.pdf.area"));
        for (ShadowHours.Contour c : r.contours()) {
            pdf.row(9, cols, Texts.get("study.pdf.contourRow", StudyMap.hours(c.hours())), StudyMap.area(c.area().getArea()));
        }
        pdf.space(4);
        pdf.row(10, cols, Texts.get("study.pdf.zone"), Texts.get("study.pdf.limit"), Texts.get("study.pdf.exceeding"),
                Texts.get("study.pdf.verdict"));
        for (ShadowStudy.Exceedance e : r.exceedances()) {
            pdf.row(9, cols, StudyMap.zone(e.zone()), String.format(Locale.ROOT, "%s h", StudyMap.hours(e.limitHours())),
                    StudyMap.area(e.areaM2()), Texts.get(e.area().isEmpty() ? "study.pdf.within" : "study.pdf.exceeds"));
        }
    }
}
