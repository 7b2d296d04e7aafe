package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.citytwin.shadow.ShadowBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShadowCommandTest {

    static final double LAT = 35.68, LON = 139.76;

    @Test
    void jsonGivesHoursPerPointAndContourAreas(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("box.gml");
        Files.writeString(file, ShadowBox.gml(LAT, LON, 20, 20, 30));
        double mid = LON + 10 / ShadowBox.metresPerDegreeLon(LAT);
        String north = at(LAT + 30 / ShadowBox.metresPerDegreeLat(), mid); // 10 m north of the north face
        String south = at(LAT - 10 / ShadowBox.metresPerDegreeLat(), mid); // 10 m south of the south face
        Path geojson = dir.resolve("contours.geojson");
        CliRunner.Run run = CliRunner.run("shadow", file.toString(), "--date", "2026-12-22", "--from", "08:00",
                "--to", "16:00", "--plane", "4", "--at", north, "--at", south, "--grid", "2", "--hours", "2,3,4,5",
                "--geojson", geojson.toString(), "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode points = root.get("points");
        assertThat(points).hasSize(2);
        assertThat(points.get(0).get("lat").asDouble()).isEqualTo(Double.parseDouble(north.split(",")[0]));
        assertThat(points.get(0).get("hours").asDouble()).isGreaterThan(3).isLessThanOrEqualTo(8);
        assertThat(points.get(1).get("hours").asDouble()).isZero();
        JsonNode contours = root.get("contours");
        assertThat(contours).hasSize(4);
        double previous = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 4; i++) {
            assertThat(contours.get(i).get("hours").asDouble()).isEqualTo(2.0 + i);
            double area = contours.get(i).get("area").asDouble();
            assertThat(area).isPositive().isLessThan(previous);
            previous = area;
        }
        JsonNode features = new ObjectMapper().readTree(geojson.toFile()).get("features");
        assertThat(features).hasSize(4);
        JsonNode first = features.get(0).get("geometry").get("coordinates").get(0).get(0).get(0);
        assertThat(first.get(0).asDouble()).isBetween(LON - 0.01, LON + 0.01); // lon first
        assertThat(first.get(1).asDouble()).isBetween(LAT - 0.01, LAT + 0.01);
    }

    /** AWT: the test JVM runs with java.awt.headless=false, so like the UI tests this one needs xvfb-run. */
    @Test
    void outWritesAPngMapWithShadedCells(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("box.gml");
        Files.writeString(file, ShadowBox.gml(LAT, LON, 20, 20, 30));
        Path png = dir.resolve("map.png");
        assertThat(CliRunner.run("shadow", file.toString(), "--date", "2026-12-22", "--from", "08:00", "--to", "16:00",
                "--plane", "4", "--grid", "4", "--hours", "2,3,4,5", "--out", png.toString()).exitCode()).isZero();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        int coloured = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) coloured++;
        }
        assertThat(coloured).isGreaterThan(100);
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("box.gml");
        Files.writeString(file, ShadowBox.gml(LAT, LON, 20, 20, 30));
        assertThat(CliRunner.run("shadow", file.toString(), "--date", "2026-12-22", "--from", "16:00", "--to", "08:00",
                "--plane", "4").exitCode()).isEqualTo(1);
        assertThat(CliRunner.run("shadow", dir.resolve("missing.gml").toString(), "--date", "2026-12-22",
                "--from", "08:00", "--to", "16:00", "--plane", "4").exitCode()).isEqualTo(2);
    }

    @Test
    void aProjectScenarioCastsItsOwnBuildings(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("box.gml"), ShadowBox.gml(LAT, LON, 20, 20, 30));
        String project = dir.resolve("plan.citytwin").toString();
        assertThat(CliRunner.run("project", "new", project, data.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("project", "scenario", project, "taller").exitCode()).isZero();
        assertThat(CliRunner.run("project", "edit", project, "--scenario", "taller", "height", "box", "60").exitCode()).isZero();
        assertThat(CliRunner.run("project", "scenario", project, "gone").exitCode()).isZero();
        assertThat(CliRunner.run("project", "edit", project, "--scenario", "gone", "demolish", "box").exitCode()).isZero();
        // 70 m north of the north face: beyond the 30 m box's noon shadow (≈ 43 m), inside the 60 m one's (≈ 93 m).
        String far = at(LAT + 90 / ShadowBox.metresPerDegreeLat(), LON + 10 / ShadowBox.metresPerDegreeLon(LAT));
        double base = hours(project + "#base", far), taller = hours(project + "#taller", far), gone = hours(project + "#gone", far);
        assertThat(taller).isGreaterThan(base + 0.5);
        assertThat(gone).isZero();
    }

    private static double hours(String spec, String point) throws Exception {
        CliRunner.Run run = CliRunner.run("shadow", spec, "--date", "2026-12-22", "--from", "08:00", "--to", "16:00",
                "--plane", "4", "--at", point, "--json");
        assertThat(run.exitCode()).as(spec).isZero();
        return new ObjectMapper().readTree(run.out()).get("points").get(0).get("hours").asDouble();
    }

    private static String at(double lat, double lon) {
        return String.format(Locale.ROOT, "%.8f,%.8f", lat, lon);
    }
}
