package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.citytwin.scene.FxTestSupport.onFx;
import static org.citytwin.scene.FxTestSupport.startFx;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LodChoice;
import org.citytwin.model.UtilityInfo;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.thematic.UtilityClassifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Chiba utilities in a scene with the x-ray on: the ground lies where the utilities' cover depths put it, the
 * drawing order keeps translucency right, clicks go through a see-through surface, and the pipes show from above
 * and from below the ground.
 */
class UndergroundSceneTest {
    private static LoadResult result;
    private static List<CityObject> objects;

    @BeforeAll
    static void load() throws Exception {
        startFx();
        result = new DatasetLoader(new CrsResolver()).load(List.of(Path.of("src/test/resources/data/utility/udx/unf")),
                LoadProgress.NONE, new CancelToken());
        objects = result.files().stream().flatMap(f -> f.objects().stream()).toList();
    }

    private static CityScene scene(double xray) throws Exception {
        return onFx(() -> {
            CityScene cs = new CityScene(480, 300);
            cs.addMeshes(result.meshes(), result.bounds());
            cs.addUtilityGround(objects);
            UtilityPainter painter = new UtilityPainter(cs);
            painter.apply(UtilityClassifier.classify(objects, UtilityClassifier.Mode.TYPE, LodChoice.HIGHEST));
            new XRay(cs, new LayerStyle(cs)).setOpacity(xray);
            return cs;
        });
    }

    @Test
    void withoutTerrainTheGroundLiesWhereTheUtilitiesCoverDepthsPutIt() throws Exception {
        CityScene cs = scene(1.0);
        CityObject pipe = objects.stream().filter(o -> o.utility() != null && Double.isFinite(o.utility().groundElevation())
                && o.utility().hasCentreLine()).findFirst().orElseThrow();
        UtilityInfo u = pipe.utility();
        double ground = onFx(() -> cs.groundElevationAt(u.centreLine()[0], u.centreLine()[1]));
        // the median over the tile of what the utilities imply; this pipe's own statement is within a few decimetres
        assertThat(ground).isCloseTo(u.groundElevation(), within(0.5));
        onFx(() -> {
            cs.setGroundElevation(12.5);
            return null;
        });
        assertThat(onFx(() -> cs.groundElevationAt(u.centreLine()[0], u.centreLine()[1]))).isEqualTo(12.5);
    }

    @Test
    void xrayDrawsOpaqueLayersFirstThenSeeThroughSurfaceThenOverlayThenGround() throws Exception {
        CityScene cs = scene(0.3);
        List<Node> order = onFx(() -> List.copyOf(cs.layer(FeatureKind.UTILITY).getParent().getChildrenUnmodifiable()));
        int utility = order.indexOf(cs.layer(FeatureKind.UTILITY)), markers = order.indexOf(cs.markers());
        int buildings = order.indexOf(cs.layer(FeatureKind.BUILDING)), terrain = order.indexOf(cs.layer(FeatureKind.TERRAIN));
        int ground = order.indexOf(cs.ground()), overlay = order.indexOf(cs.overlay());
        assertThat(utility).isLessThan(buildings).isLessThan(terrain);
        assertThat(markers).isLessThan(buildings);
        assertThat(ground).as("ground last, after the overlay (highlight of a buried pipe)").isEqualTo(order.size() - 1);
        assertThat(overlay).isEqualTo(ground - 1);
        assertThat(Math.max(buildings, terrain)).isLessThan(ground);
        assertThat(XRay.isPickedThrough(cs.layer(FeatureKind.BUILDING))).isTrue();
        assertThat(XRay.isPickedThrough(cs.layer(FeatureKind.UTILITY))).isFalse();
        assertThat(cs.material(FeatureKind.BUILDING).getDiffuseColor().getOpacity()).isCloseTo(0.3, within(0.001));
    }

    @Test
    void pipesShowThroughTheGroundFromAboveAndFromBelow() throws Exception {
        CityScene above = scene(0.3);
        int fromAbove = colouredPixels(onFx(() -> {
            above.oblique();
            return shot(above, "chiba-xray-above");
        }));
        CityScene below = scene(0.3);
        int fromBelow = colouredPixels(onFx(() -> {
            below.oblique();
            CameraRig rig = below.camera();
            rig.setLookFromBelow(true);
            Point3D target = rig.target();
            rig.lookAt(target, rig.heading(), -35, rig.distance());
            assertThat(rig.toLocal(rig.position()).getZ()).as("camera under the ground")
                    .isLessThan(below.groundElevationAt(rig.toLocal(target).getX(), rig.toLocal(target).getY()));
            return shot(below, "chiba-xray-below");
        }));
        assertThat(fromAbove).as("utility pixels seen from above").isGreaterThan(300);
        assertThat(fromBelow).as("utility pixels seen from below").isGreaterThan(300);
    }

    private static Image shot(CityScene cs, String name) throws Exception {
        Image img = SceneSnapshots.render(cs, 480, 300);
        SceneSnapshots.writePng(img, Path.of("target/test-shots/" + name + ".png"));
        return img;
    }

    /** Clearly coloured pixels: the sky, the grey-green ground and the ruler are far less saturated. */
    private static int colouredPixels(Image img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color c = img.getPixelReader().getColor(x, y);
                if (c.getSaturation() > 0.35 && c.getBrightness() > 0.2) n++;
            }
        }
        return n;
    }
}
