package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citytwin.scene.FxTestSupport.*;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.citytwin.model.FeatureKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders synthetic boxes offscreen and checks colours and positions from pixels. */
class CitySceneRenderTest {

    @BeforeAll
    static void fx() throws Exception {
        startFx();
    }

    private static Image render(CityScene cs, String name) throws Exception {
        return onFx(() -> {
            Image img = SceneSnapshots.render(cs, 320, 200);
            SceneSnapshots.writePng(img, Path.of("target/test-shots/" + name + ".png"));
            return img;
        });
    }

    /** Centroid (x, y) in pixels of matching pixels, or null when none. */
    private static double[] centroid(Image img, Predicate<Color> test) {
        double sx = 0, sy = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (test.test(img.getPixelReader().getColor(x, y))) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        return n == 0 ? null : new double[] {sx / n, sy / n};
    }

    @Test
    void topViewShowsBoxesLitAtTheirCompassPositionsOverSky() throws Exception {
        Image img = render(onFx(() -> {
            CityScene cs = new CityScene(320, 200);
            // far from the frame origin on purpose: the scene origin shift keeps view coordinates small
            double x = 5000, y = -3000;
            cs.addMeshes(List.of(
                    TestMeshes.box(FeatureKind.BUILDING, x - 20, y - 20, 0, x + 20, y + 20, 30),
                    TestMeshes.box(FeatureKind.UTILITY, x + 60, y - 10, 0, x + 80, y + 10, 10),       // east
                    TestMeshes.box(FeatureKind.VEGETATION, x - 10, y + 60, 0, x + 10, y + 80, 10)),   // north
                    null);
            cs.top();
            return cs;
        }), "top-boxes");
        double[] b = centroid(img, FxTestSupport::isBuilding);
        double[] red = centroid(img, FxTestSupport::isRed);
        double[] green = centroid(img, FxTestSupport::isGreen);
        assertThat(b).as("building drawn").isNotNull();
        assertThat(red).as("east box drawn").isNotNull();
        assertThat(green).as("north box drawn").isNotNull();
        // north is up, east is right
        assertThat(red[0]).isGreaterThan(b[0] + 30);
        assertThat(Math.abs(red[1] - b[1])).isLessThan(10);
        assertThat(green[1]).isLessThan(b[1] - 30);
        assertThat(Math.abs(green[0] - b[0])).isLessThan(10);
        assertThat(share(img, 0.0, 0.9, 0.1, 1.0, FxTestSupport::isBackground)).isGreaterThan(0.95);
        assertThat(share(img, 0.9, 0.0, 1.0, 0.1, FxTestSupport::isBackground)).isGreaterThan(0.95);
    }

    @Test
    void obliqueFitShowsLitBoxInTheCentreWithShadedSidesAndSkyAround() throws Exception {
        Image img = render(onFx(() -> {
            CityScene cs = new CityScene(320, 200);
            cs.addMeshes(List.of(TestMeshes.box(FeatureKind.BUILDING, -20, -20, 0, 20, 20, 40)), null);
            cs.fit();
            return cs;
        }), "oblique-box");
        assertThat(share(img, 0.4, 0.4, 0.6, 0.6, FxTestSupport::isBuilding)).isGreaterThan(0.9);
        assertThat(share(img, 0.0, 0.0, 0.08, 0.08, FxTestSupport::isBackground)).isGreaterThan(0.95);
        assertThat(share(img, 0.92, 0.92, 1.0, 1.0, FxTestSupport::isBackground)).isGreaterThan(0.95);
        // flat shading with our light pair: roof and the two visible walls have distinct brightness
        java.util.Set<Long> levels = new java.util.TreeSet<>();
        for (int x = 100; x < 220; x += 4) {
            for (int y = 50; y < 150; y += 4) {
                Color c = img.getPixelReader().getColor(x, y);
                if (isBuilding(c)) levels.add(Math.round(c.getBrightness() * 20));
            }
        }
        assertThat(levels.size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void plainGroundLiesUnderBuildingsButNotWhereTerrainWasLoaded() throws Exception {
        Image withoutTerrain = render(onFx(() -> {
            CityScene cs = new CityScene(320, 200);
            cs.addMeshes(List.of(TestMeshes.box(FeatureKind.BUILDING, 230, 230, 0, 270, 270, 30)), null);
            cs.top();
            return cs;
        }), "ground-top");
        CityScene[] terrainScene = new CityScene[1];
        Image withTerrain = render(onFx(() -> {
            CityScene cs = terrainScene[0] = new CityScene(320, 200);
            cs.addMeshes(List.of(TestMeshes.box(FeatureKind.BUILDING, 230, 230, 0, 270, 270, 30),
                    TestMeshes.box(FeatureKind.TERRAIN, 245, 245, -1, 255, 255, 0)), null);
            cs.top();
            return cs;
        }), "no-ground-with-terrain");

        // around the building, just outside its footprint: ground in both, but no plain square where terrain lies
        // (the ground context around the place, drawn beneath everything, shows through the terrain's gaps)
        assertThat(share(withoutTerrain, 0.0, 0.0, 0.15, 0.15, FxTestSupport::isGround)).isGreaterThan(0.95);
        assertThat(share(withTerrain, 0.0, 0.0, 0.15, 0.15, FxTestSupport::isGround)).isGreaterThan(0.95);
        assertThat(onFx(() -> terrainScene[0].groundElevationAt(240, 240))).isNaN();
        assertThat(share(withoutTerrain, 0.45, 0.45, 0.55, 0.55, FxTestSupport::isBuilding)).isGreaterThan(0.9);
    }
}
