package org.citytwin.shadow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.model.MeshPart;
import org.citytwin.model.ProposalAttributes;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.model.ProposalPlacer;
import org.citytwin.scenario.Footprint;
import org.citytwin.scenario.Project;
import org.citytwin.scenario.ProjectStore;
import org.citytwin.scenario.ScenarioApplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The 日影規制 study of a 40 m tower sketched through a saved scenario on a real PLATEAU tile (Shinjuku): equal-time
 * contours for every level, closed and valid; the 5 m and 10 m lines at exactly that distance from the drawn L-shaped
 * site and around it; exceedances only beyond the 5 m line and exactly where the raster reaches the limit.
 */
class ShadowStudyTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @Test
    void towerOnARealTileHasClosedContoursSiteLinesAndExceedances(@TempDir Path dir) throws Exception {
        Path file = StudyTile.project(dir);
        Project project = ProjectStore.read(file);
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            List<CityObject> base = loader.load(List.of(StudyTile.TILE), LoadProgress.NONE, new CancelToken())
                    .files().get(0).objects();
            ScenarioApplier applier = new ScenarioApplier(new ProposalPlacer(loader, dir, base));
            List<CityObject> objects = applier.apply(base, project.scenario("tower").orElseThrow());
            assertThat(applier.problems()).isEmpty();
            List<CityObject> proposals = objects.stream().filter(o -> o.attribute(ProposalAttributes.PROPOSAL) != null).toList();
            assertThat(proposals).extracting(CityObject::id).containsExactly("tower-1");
            MeshPart tower = proposals.get(0).displayMesh();
            // The spot is open: no building of the tile within 30 m of the tower.
            Geometry towerFootprint = Footprint.of(tower);
            for (CityObject o : base) assertThat(Footprint.of(o.displayMesh()).distance(towerFootprint)).isGreaterThan(30);
            double groundZ = minZ(tower);
            // No terrain in the tile: the tower stands at the base of the building near it.
            assertThat(groundZ).isCloseTo(minZ(base.get(0).displayMesh()), within(1e-6));

            Polygon site = site(loader);
            double[] centre = loader.toLatLon(site.getCentroid().getX(), site.getCentroid().getY());
            StudySettings settings = StudySettings.defaults(2026);
            ShadowStudy.Result r = ShadowStudy.run(List.of(tower), centre[0], centre[1], groundZ, site, settings,
                    new NoaaSun(), new CancelToken());

            assertThat(r.planeZ()).isCloseTo(groundZ + 4, within(1e-9));
            assertThat(r.contours()).extracting(ShadowHours.Contour::hours).containsExactly(2.0, 3.0, 4.0, 5.0);
            double previous = Double.POSITIVE_INFINITY;
            for (ShadowHours.Contour c : r.contours()) {
                assertThat(c.area().isEmpty()).as(c.hours() + " h").isFalse();
                assertThat(c.area().isValid()).as(c.hours() + " h valid").isTrue();
                assertThat(c.area().getArea()).isLessThan(previous);
                previous = c.area().getArea();
                for (int i = 0; i < c.area().getNumGeometries(); i++) {
                    Polygon p = (Polygon) c.area().getGeometryN(i);
                    assertClosed(p.getExteriorRing());
                    for (int k = 0; k < p.getNumInteriorRing(); k++) assertClosed(p.getInteriorRingN(k));
                }
            }
            // 時刻日影図 at 8, 9, … 16 h; the tower is lit all day, so each has a shadow.
            assertThat(r.hourly()).hasSize(9);
            assertThat(r.hourly()).allSatisfy(h -> assertThat(h.shadow().isEmpty()).isFalse());
            assertThat(r.hourly().get(0).time().getHour()).isEqualTo(8);

            assertOffset(r.line5(), site, 5);
            assertOffset(r.line10(), site, 10);
            Polygon within5 = enclosed(r.line5()), within10 = enclosed(r.line10());
            assertThat(within5.contains(site)).isTrue();
            assertThat(within10.contains(within5)).isTrue();
            // The concave corner of the L is followed, not bridged: 3 m out from it is inside the 5 m line, 7 m out is not.
            double[] corner = StudyTile.SITE_METRES[2];
            Coordinate inner = local(loader, corner[0] + 3, corner[1] - 3);
            assertThat(within5.contains(GEOMETRY.createPoint(inner))).isTrue();
            assertThat(within5.contains(GEOMETRY.createPoint(local(loader, corner[0] + 7, corner[1] - 7)))).isFalse();

            assertThat(r.exceedances()).extracting(ShadowStudy.Exceedance::zone).containsExactly("5-10m", "10m+");
            assertThat(r.exceeds()).isTrue();
            for (ShadowStudy.Exceedance e : r.exceedances()) {
                Geometry inner5 = e.zone().equals("5-10m") ? within5 : within10;
                assertThat(e.area().intersection(inner5).getArea()).as(e.zone() + " inside its line").isLessThan(1e-6);
                if (e.zone().equals("5-10m")) assertThat(e.area().difference(within10).getArea()).isLessThan(1e-6);
                assertThat(e.areaM2()).as(e.zone()).isPositive();
            }
            assertThat(r.exceedances().get(1).areaM2()).isGreaterThan(50);
            // Cell by cell: a cell centre beyond the 10 m line is in "10m+" exactly when its hours reach 2.5 h.
            ShadowHours.Grid g = r.grid();
            Geometry far = r.exceedances().get(1).area();
            int checked = 0;
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    var c = GEOMETRY.createPoint(new Coordinate(g.x0() + (i + 0.5) * g.spacing(), g.y0() + (j + 0.5) * g.spacing()));
                    if (site.distance(c) <= 10 + g.spacing()) continue; // cells the 10 m line cuts are split, not whole
                    assertThat(far.contains(c)).as("cell %d,%d with %.3f h", i, j, g.at(i, j)).isEqualTo(g.at(i, j) >= 2.5 - 1e-9);
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(1000);
        }
    }

    private static Polygon site(DatasetLoader loader) {
        List<Coordinate> ring = new ArrayList<>();
        for (double[] m : StudyTile.SITE_METRES) ring.add(local(loader, m[0], m[1]));
        ring.add(ring.get(0));
        return GEOMETRY.createPolygon(ring.toArray(Coordinate[]::new));
    }

    private static Coordinate local(DatasetLoader loader, double east, double north) {
        double[] ll = StudyTile.latLon(east, north);
        double[] xy = loader.toLocal(ll[0], ll[1]);
        return new Coordinate(xy[0], xy[1]);
    }

    /** Every vertex of the line is {@code metres} ± 5 cm from the site. */
    private static void assertOffset(Geometry line, Polygon site, double metres) {
        assertThat(line.isEmpty()).isFalse();
        assertThat(line.getNumGeometries()).isEqualTo(1);
        assertClosed((LineString) line.getGeometryN(0));
        for (Coordinate c : line.getCoordinates()) {
            assertThat(site.distance(GEOMETRY.createPoint(c))).as("%s from the site", c).isCloseTo(metres, within(0.05));
        }
    }

    private static Polygon enclosed(Geometry line) {
        return GEOMETRY.createPolygon(line.getGeometryN(0).getCoordinates());
    }

    private static void assertClosed(LineString ring) {
        assertThat(ring.getNumPoints()).isGreaterThanOrEqualTo(4);
        assertThat(ring.getCoordinateN(0).equals2D(ring.getCoordinateN(ring.getNumPoints() - 1))).isTrue();
        assertThat(ring.isClosed()).isTrue();
    }

    private static double minZ(MeshPart m) {
        double z = Double.POSITIVE_INFINITY;
        for (int i = 2; i < m.vertices().length; i += 3) z = Math.min(z, m.vertices()[i]);
        return z;
    }

}
