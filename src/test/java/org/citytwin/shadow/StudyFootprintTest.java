package org.citytwin.shadow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.CancelToken;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The studied building's own footprint is shaded all day, but it is the site, not neighbouring land: the hour areas
 * leave it out. Regression test for contours that counted the 20 m x 20 m box's 400 m² as shaded at every level.
 */
class StudyFootprintTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @Test
    void theCastingBoxsFootprintIsNotInAnyHourArea() {
        MeshPart box = Solids.box(0, 0, 20, 20, 0, 30);
        Polygon footprint = GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(20, 0),
                new Coordinate(20, 20), new Coordinate(0, 20), new Coordinate(0, 0)});
        Polygon site = (Polygon) footprint.buffer(2, 1).getEnvelope();
        StudySettings settings = StudySettings.defaults(2026);

        ShadowStudy.Result r = ShadowStudy.run(List.of(box), 35.69, 139.70, 0, site, settings, new NoaaSun(), new CancelToken());

        assertThat(ShadowCaster.footprint(List.of(box)).getArea()).isCloseTo(400, within(1e-6));
        List<ShadowHours.Contour> raw = ShadowHours.contours(r.grid(), settings.levels());
        assertThat(r.contours()).hasSameSizeAs(raw).isNotEmpty();
        for (int i = 0; i < raw.size(); i++) {
            ShadowHours.Contour c = r.contours().get(i);
            Geometry rawArea = raw.get(i).area();
            double onSite = rawArea.intersection(footprint).getArea();
            // the raster shades the whole footprint at every level (up to its cells along the walls)...
            assertThat(onSite).as(c.hours() + " h on the footprint in the raster").isCloseTo(400, within(40.0));
            // ...and the measured area is the raster's less exactly that
            assertThat(c.area().intersection(footprint).getArea()).as(c.hours() + " h on the footprint").isLessThan(1e-6);
            assertThat(c.area().getArea()).as(c.hours() + " h area").isCloseTo(rawArea.getArea() - onSite, within(1e-3));
            assertThat(c.area().isValid()).isTrue();
        }
        for (ShadowStudy.Exceedance e : r.exceedances()) {
            assertThat(e.area().intersection(footprint).getArea()).as(e.zone()).isLessThan(1e-6);
        }
    }
}
