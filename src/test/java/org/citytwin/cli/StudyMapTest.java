package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.scenario.Footprint;
import org.citytwin.shadow.ShadowStudy;
import org.citytwin.shadow.StudySettings;
import org.citytwin.shadow.SunDirections;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The study map of a hand-checkable case (10 × 10 m box, 24 m tall, sun fixed due south at 45°: a strip shaded 8 h
 * reaching 30 m north, exceeding beyond the 5 m line from y = 15 to 30): red where the exceedances are and nowhere
 * south of the box, the contour colour drawn, the proposal dark where it stands, a grey context building.
 * AWT: run under xvfb-run like the other image tests.
 */
class StudyMapTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final SunDirections SOUTH_45 = new SunDirections() {
        public Direction at(Instant instant, double latitude, double longitude) {
            return new Direction(180, 45);
        }

        public double equationOfTimeMinutes(Instant instant) {
            return 0;
        }
    };

    @Test
    void redWhereTheLimitsAreExceededContoursInTheirColours() {
        MeshPart box = box(0, 0, 10, 10, 24);
        Polygon site = GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(10, 0), new Coordinate(10, 10),
            new Coordinate(0, 10), new Coordinate(0, 0)});
        StudySettings s = new StudySettings(LocalDate.of(2026, 12, 22), LocalTime.of(8, 0), LocalTime.of(16, 0), false, 4, 1,
                new double[] {2}, Duration.ofMinutes(30), 4, 2.5);
        ShadowStudy.Result r = ShadowStudy.run(List.of(box), 35.68, 139.76, 0, site, s, SOUTH_45, new CancelToken());
        StudyMap.Context context = new StudyMap.Context(List.of(Footprint.of(box)), List.of(Footprint.of(box(-24, 20, -14, 28, 10))));
        BufferedImage image = StudyMap.render(r, context);
        new java.io.File("target/test-shots").mkdirs();
        try {
            javax.imageio.ImageIO.write(image, "png", new java.io.File("target/test-shots/study-map-box.png"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        int red = StudyMap.EXCEEDANCE.getRGB();
        assertThat(near(image, StudyMap.pixel(r, context, 5, 25), red)).as("beyond 10 m").isTrue();
        assertThat(near(image, StudyMap.pixel(r, context, 5, 17.5), red)).as("5-10 m").isTrue();
        assertThat(near(image, StudyMap.pixel(r, context, 5, -12), red)).as("south of the box").isFalse();
        assertThat(near(image, StudyMap.pixel(r, context, 5, 5), red)).as("on the site").isFalse();
        int[] tower = StudyMap.pixel(r, context, 5, 5);
        assertThat(image.getRGB(tower[0], tower[1]) & 0xFFFFFF).isEqualTo(StudyMap.PROPOSAL.getRGB() & 0xFFFFFF);
        int[] other = StudyMap.pixel(r, context, -19, 24);
        assertThat(image.getRGB(other[0], other[1]) & 0xFFFFFF).isEqualTo(StudyMap.CONTEXT.getRGB() & 0xFFFFFF);
        // The 2 h line runs along the strip's west edge (x = 0) north of the exceedances' start.
        int[] west = StudyMap.pixel(r, context, 0, 12);
        assertThat(near(image, west, StudyMap.contourColour(0).getRGB())).isTrue();
        assertThat(ShadowStudyCommandTest.count(image, StudyMap.contourColour(0).getRGB())).isGreaterThan(100);
        assertThat(ShadowStudyCommandTest.count(image, StudyMap.LINE5.getRGB())).isGreaterThan(50);
        // Two red swatches in the legend at least, so the hatch colour also appears off the map.
        assertThat(ShadowStudyCommandTest.count(image, new Color(0xF2B8B8).getRGB())).isGreaterThan(50);
    }

    /** Whether a pixel of exactly that colour lies within 5 px. */
    private static boolean near(BufferedImage image, int[] p, int rgb) {
        for (int dy = -5; dy <= 5; dy++) {
            for (int dx = -5; dx <= 5; dx++) {
                int x = p[0] + dx, y = p[1] + dy;
                if (x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight() && (image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static MeshPart box(double x0, double y0, double x1, double y1, double h) {
        double[] v = {x0, y0, 0, x1, y0, 0, x1, y1, 0, x0, y1, 0, x0, y0, h, x1, y0, h, x1, y1, h, x0, y1, h};
        int[] t = {0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7};
        return new MeshPart(v, t);
    }
}
