package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.citytwin.shadow.StudyTile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `shadow P.citytwin#tower --site ... --limits ...` on the real Shinjuku tile with a sketched 40 m tower: the study's
 * JSON (site, exceedances per zone, contours), the whole study as GeoJSON, the study map, and refused options.
 * The PNG test uses AWT; run it under xvfb-run like the other image tests.
 */
class ShadowStudyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SHOTS = Path.of("target/test-shots");

    private static String[] study(Path project, String... more) {
        String[] base = {"shadow", project + "#tower", "--date", "2026-12-22", "--from", "08:00", "--to", "16:00",
            "--plane", "4", "--site", StudyTile.siteOption()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void jsonHasSiteExceedancesAndContoursAndGeoJsonHasEveryLayer(@TempDir Path dir) throws Exception {
        Path project = StudyTile.project(dir);
        Path geojson = dir.resolve("study.geojson");
        CliRunner.Run run = CliRunner.run(study(project, "--limits", "4,2.5", "--geojson", geojson.toString(), "--json"));
        assertThat(run.exitCode()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("castingObjects").asInt()).isEqualTo(1); // the tower, not the tile's building
        assertThat(root.get("site").get("points")).hasSize(StudyTile.SITE_METRES.length);
        // The L: 50 × 35 m less the 12 × 19 m notch = 1522 m² (spherical metres; the frame differs by well under 1 %).
        assertThat(root.get("site").get("area").asDouble()).isBetween(1500.0, 1545.0);
        JsonNode contours = root.get("contours");
        assertThat(contours).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(contours.get(i).get("hours").asDouble()).isEqualTo(2.0 + i);
            assertThat(contours.get(i).get("area").asDouble()).isPositive();
        }
        JsonNode ex = root.get("exceedances");
        assertThat(ex).hasSize(2);
        assertThat(ex.get(0).get("zone").asText()).isEqualTo("5-10m");
        assertThat(ex.get(0).get("limit").asDouble()).isEqualTo(4.0);
        assertThat(ex.get(1).get("zone").asText()).isEqualTo("10m+");
        assertThat(ex.get(1).get("limit").asDouble()).isEqualTo(2.5);
        assertThat(ex.get(1).get("area").asDouble()).isGreaterThan(50);

        JsonNode features = JSON.readTree(geojson.toFile()).get("features");
        Set<String> layers = new HashSet<>();
        features.forEach(f -> layers.add(f.get("properties").get("layer").asText()));
        assertThat(layers).containsExactlyInAnyOrder("contour", "hourly", "site", "line5", "line10", "exceedance");
        JsonNode far = null;
        for (JsonNode f : features) if ("10m+".equals(f.get("properties").path("zone").asText())) far = f;
        assertThat(far.get("properties").get("area").asDouble()).isEqualTo(ex.get(1).get("area").asDouble());

        // Stricter limits shade more land in breach: 1 h beyond 10 m covers more than 2.5 h does.
        JsonNode strict = JSON.readTree(CliRunner.run(study(project, "--limits", "3,1", "--json")).out());
        assertThat(strict.get("exceedances").get(1).get("area").asDouble()).isGreaterThan(ex.get(1).get("area").asDouble());
        // Without --limits the defaults are 4 h and 2.5 h.
        JsonNode defaults = JSON.readTree(CliRunner.run(study(project, "--json")).out());
        assertThat(defaults.get("exceedances").get(1).get("area").asDouble()).isEqualTo(ex.get(1).get("area").asDouble());
    }

    @Test
    void badSiteOrLimitsAreRefused(@TempDir Path dir) throws Exception {
        Path project = StudyTile.project(dir);
        String[] base = {"shadow", project + "#tower", "--date", "2026-12-22", "--from", "08:00", "--to", "16:00", "--plane", "4"};
        assertThat(CliRunner.run(concat(base, "--limits", "4,2.5")).exitCode()).isEqualTo(1); // limits need a site
        assertThat(CliRunner.run(concat(base, "--site", "35.6787,139.7195;35.6788,139.7195")).exitCode()).isEqualTo(1);
        assertThat(CliRunner.run(concat(base, "--site", "35.6787,139.7195;north;35.6788,139.7196")).exitCode()).isEqualTo(1);
        assertThat(CliRunner.run(concat(base, "--site", StudyTile.siteOption(), "--limits", "4")).exitCode()).isEqualTo(1);
        assertThat(CliRunner.run(concat(base, "--site", StudyTile.siteOption(), "--limits", "0,2.5")).exitCode()).isEqualTo(1);
        // A bow tie crosses itself.
        assertThat(CliRunner.run(concat(base, "--site", "35.6787,139.7195;35.6790,139.7199;35.6787,139.7199;35.6790,139.7195"))
                .exitCode()).isEqualTo(1);
    }

    @Test
    void outDrawsTheStudyMapWithRedExceedancesAndContourColours(@TempDir Path dir) throws Exception {
        Path project = StudyTile.project(dir);
        Path png = dir.resolve("study.png");
        assertThat(CliRunner.run(study(project, "--out", png.toString())).exitCode()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(StudyMap.WIDTH);
        assertThat(count(image, StudyMap.EXCEEDANCE.getRGB())).isGreaterThan(50);
        for (int i = 0; i < 4; i++) assertThat(count(image, StudyMap.contourColour(i).getRGB())).as("level " + i).isGreaterThan(30);
        assertThat(count(image, StudyMap.LINE5.getRGB())).isGreaterThan(30);
        assertThat(count(image, StudyMap.LINE10.getRGB())).isGreaterThan(30);
        assertThat(count(image, StudyMap.PROPOSAL.getRGB())).isGreaterThan(200); // the tower's footprint
        java.nio.file.Files.createDirectories(SHOTS);
        java.nio.file.Files.copy(png, SHOTS.resolve("study-cli-map.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) n++;
        }
        return n;
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
