package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citytwin.scene.FxTestSupport.*;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.citytwin.geo.CrsResolver;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Haneda 2022 buildings rendered with and without their photo textures (writes both PNGs under target/test-shots). */
class TexturedRenderTest {

    static final Path HANEDA = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op");
    static final int W = 800, H = 500;

    @BeforeAll
    static void fx() throws Exception {
        startFx();
    }

    private static Image render(boolean textures, String name) throws Exception {
        LoadResult result;
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            loader.setTextures(textures);
            result = loader.load(List.of(HANEDA), LoadProgress.NONE, new CancelToken());
        }
        return onFx(() -> {
            CityScene cs = new CityScene(W, H);
            cs.addMeshes(result.meshes(), result.bounds());
            cs.fit();
            Image img = SceneSnapshots.render(cs, W, H);
            SceneSnapshots.writePng(img, Path.of("target/test-shots/" + name + ".png"));
            return img;
        });
    }

    @Test
    void texturesBringPhotoDetailIntoTheBuildings() throws Exception {
        Image plain = render(false, "haneda-plain");
        Image textured = render(true, "haneda-textured");

        // building pixels: whatever is not sky or ground in the plain render (same geometry and camera in both)
        PixelReader p = plain.getPixelReader(), t = textured.getPixelReader();
        // detail = mean luminance step between neighbouring building pixels: flat shading has steps only at
        // face edges, a photo texture everywhere
        double diff = 0, detailPlain = 0, detailTextured = 0;
        int n = 0, pairs = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                Color cp = p.getColor(x, y);
                if (isBackground(cp)) continue;
                Color ct = t.getColor(x, y);
                diff += Math.abs(cp.getRed() - ct.getRed()) + Math.abs(cp.getGreen() - ct.getGreen()) + Math.abs(cp.getBlue() - ct.getBlue());
                n++;
                if (x + 1 < W && !isBackground(p.getColor(x + 1, y))) {
                    detailPlain += Math.abs(luminance(cp) - luminance(p.getColor(x + 1, y)));
                    detailTextured += Math.abs(luminance(ct) - luminance(t.getColor(x + 1, y)));
                    pairs++;
                }
            }
        }
        assertThat(n).as("building pixels").isGreaterThan(2000);
        assertThat(diff / (3 * n)).as("mean colour difference inside buildings").isGreaterThan(0.05);
        assertThat(detailTextured / pairs).as("detail textured vs plain (" + detailPlain / pairs + ")")
                .isGreaterThan(2 * detailPlain / pairs);
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
