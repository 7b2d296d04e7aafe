package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citytwin.scene.FxTestSupport.*;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point3D;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.citytwin.model.FeatureKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ground around the data: larger than the data's ground squares, fading out, with a 100 m grid. */
class GroundContextRenderTest {
    private static final int W = 640, H = 400;
    /** A 100 m block in tile (0, 0): its ground squares reach one 500 m tile past it, 750 m from its centre at most. */
    private static final double X0 = 200, Y0 = 200, X1 = 300, Y1 = 300;

    @BeforeAll
    static void fx() throws Exception {
        startFx();
    }

    private static CityScene block() {
        CityScene cs = new CityScene(W, H);
        cs.addMeshes(List.of(TestMeshes.box(FeatureKind.BUILDING, X0, Y0, 0, X1, Y1, 30)), null);
        return cs;
    }

    /** Pixel colour where the ground plane (z = -0.15, the plain ground) at (x, y) appears, or null off screen. */
    private static Color at(CityScene cs, Image img, double x, double y) {
        double[] s = cs.camera().project(cs.camera().toView(x, y, -GroundModelLevel.BELOW));
        if (s == null || s[0] < 0 || s[1] < 0 || s[0] >= img.getWidth() || s[1] >= img.getHeight()) return null;
        return img.getPixelReader().getColor((int) s[0], (int) s[1]);
    }

    /** The plain ground's level under a building standing at 0. */
    private static final class GroundModelLevel {
        static final double BELOW = org.citytwin.underground.GroundModel.BELOW_BASE;
    }

    @Test
    void groundReachesWellBeyondTheSquaresInATopViewAndFadesToSkyAtItsEdge() throws Exception {
        CityScene[] scene = new CityScene[1];
        Image img = onFx(() -> {
            CityScene cs = scene[0] = block();
            cs.top();
            cs.camera().zoom(60); // about 6 km across: the squares, the context around them and the sky beyond
            Image i = SceneSnapshots.render(cs, W, H);
            SceneSnapshots.writePng(i, Path.of("target/test-shots/ground-context-top.png"));
            return i;
        });
        assertGroundFarOutThenSky(scene[0], img);
    }

    /** Ground 1.1 km from the block, past every ground square (they end 750 m out); sky in the image corners, ~3 km out. */
    private static void assertGroundFarOutThenSky(CityScene cs, Image img) throws Exception {
        double cx = (X0 + X1) / 2, cy = (Y0 + Y1) / 2;
        for (double[] d : new double[][] {{1100, 0}, {-1100, 0}, {0, 1100}, {0, -1100}}) {
            Color c = onFx(() -> at(cs, img, cx + d[0], cy + d[1]));
            assertThat(c).as("pixel at offset %s, %s", d[0], d[1]).isNotNull();
            assertThat(isGround(c)).as("ground at %s m east, %s m north: %s", d[0], d[1], c).isTrue();
        }
        assertThat(share(img, 0.0, 0.0, 0.04, 0.04, FxTestSupport::isSky)).isGreaterThan(0.9);
    }

    @Test
    void theContextMadeInTheBackgroundDuringAProgressiveLoadReachesAsFar() throws Exception {
        CityScene[] scene = new CityScene[1];
        java.util.concurrent.CompletableFuture<Void> ready = new java.util.concurrent.CompletableFuture<>();
        onFx(() -> {
            CityScene cs = scene[0] = new CityScene(W, H);
            var box = TestMeshes.box(FeatureKind.BUILDING, X0, Y0, 0, X1, Y1, 30);
            cs.extendBounds(org.citytwin.model.Envelope.of(X0, Y0, 0, X1, Y1, 30));
            cs.addTile(box, null);
            cs.addGround(List.of(box)); // the context's image is made and filled on another thread
            cs.whenGroundReady(() -> ready.complete(null));
            return null;
        });
        ready.get(60, java.util.concurrent.TimeUnit.SECONDS);
        CityScene cs = scene[0];
        Image img = onFx(() -> {
            cs.top();
            cs.camera().zoom(60);
            Image i = SceneSnapshots.render(cs, W, H);
            SceneSnapshots.writePng(i, Path.of("target/test-shots/ground-context-background-top.png"));
            return i;
        });
        assertGroundFarOutThenSky(cs, img);
    }

    @Test
    void gridLinesEvery100mAreDarkerThanTheGroundBetweenThem() throws Exception {
        CityScene[] scene = new CityScene[1];
        Image img = onFx(() -> {
            CityScene cs = scene[0] = block();
            cs.top();
            Point3D t = cs.camera().target();
            // look straight down at a spot 300 m south of the block, on the squares, about 400 m across
            cs.camera().lookAt(new Point3D(t.getX(), t.getY(), t.getZ() - 300), 0, 90, 400);
            Image i = SceneSnapshots.render(cs, W, H);
            SceneSnapshots.writePng(i, Path.of("target/test-shots/ground-grid-top.png"));
            return i;
        });
        CityScene cs = scene[0];
        // squares start at multiples of 500 m; lines lie at 50, 150, ... m within them (x ≡ 50 mod 100)
        int darker = 0, checked = 0;
        for (double x = 50; x <= 450; x += 100) {
            for (double y = -130; y <= 30; y += 40) {
                double xx = x, yy = y;
                Color on = onFx(() -> at(cs, img, xx, yy));
                Color off = onFx(() -> at(cs, img, xx + 50, yy + 25));
                if (on == null || off == null) continue;
                checked++;
                assertThat(isGround(off)).as("between lines %s", off).isTrue();
                if (on.getBrightness() < off.getBrightness() - 0.03) darker++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(9);
        assertThat(darker).as("grid-line pixels darker than mid-cell ones").isGreaterThanOrEqualTo(checked * 8 / 10);
    }
}
