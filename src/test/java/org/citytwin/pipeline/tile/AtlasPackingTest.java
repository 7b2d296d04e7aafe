package org.citytwin.pipeline.tile;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.citytwin.model.SurfaceLook;
import org.citytwin.pipeline.texture.TextureImages;
import org.junit.jupiter.api.Test;

/** Shelf packing and atlas drawing: positions, no overlap, the 4096 px limit kept by scaling. */
class AtlasPackingTest {

    @Test
    void smallRectanglesKeepTheirSizeAndDoNotOverlap() {
        int[] w = {512, 256, 128, 4, 4, 300};
        int[] h = {512, 128, 64, 4, 4, 200};

        ShelfPacker.Packing p = ShelfPacker.pack(w, h, 4096, 2);

        assertThat(p.scale()).isEqualTo(1.0);
        assertThat(p.width()).containsExactly(w);
        assertThat(p.height()).containsExactly(h);
        assertInsideAndDisjoint(p, 2);
    }

    @Test
    void tooMuchForOneAtlasIsScaledDownToFit4096() {
        // the Tokyo bridges' sizes: 3 × 4096×1024, 2 × 2048×2048, 2 × 2048×1024, 3 × 1024² ... about 27 Mpx
        int[] w = {4096, 4096, 4096, 2048, 2048, 2048, 2048, 1024, 1024, 1024, 1024, 1024, 4};
        int[] h = {1024, 1024, 1024, 2048, 2048, 1024, 1024, 1024, 1024, 1024, 512, 256, 4};

        ShelfPacker.Packing p = ShelfPacker.pack(w, h, 4096, 2);

        assertThat(p.scale()).isLessThan(1.0);
        assertThat(p.atlasWidth()).isLessThanOrEqualTo(4096);
        assertThat(p.atlasHeight()).isLessThanOrEqualTo(4096);
        assertThat(p.width()[12]).as("colour patches are not scaled").isEqualTo(4);
        assertThat(p.width()[0]).isEqualTo((int) Math.floor(4096 * p.scale()));
        assertInsideAndDisjoint(p, 2);
    }

    @Test
    void atlasHoldsTheImagePixelsAndSolidPatches() {
        BufferedImage red = new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 8; y++) for (int x = 0; x < 16; x++) red.setRGB(x, y, 0xFF0000);
        TextureImages images = new TextureImages() {
            @Override
            public int[] size(String path) {
                return path.equals("red.png") ? new int[] {16, 8} : null;
            }

            @Override
            public BufferedImage read(String path) {
                return path.equals("red.png") ? red : null;
            }
        };
        List<SurfaceLook> looks = List.of(SurfaceLook.colour(0xFF00FF00), SurfaceLook.texture("red.png"),
                SurfaceLook.texture("missing.png"));

        AtlasBuilder.Result r = AtlasBuilder.build(looks, 0xFF0000FF, images);

        TextureAtlas atlas = r.atlas();
        assertThat(r.slots()[1].textured()).isTrue();
        assertThat(r.slots()[2].textured()).as("unreadable image becomes a patch").isFalse();
        assertThat(pixel(atlas, r.slots()[0])).isEqualTo(0xFF00FF00);
        assertThat(pixel(atlas, r.slots()[1])).isEqualTo(0xFFFF0000);
        assertThat(pixel(atlas, r.slots()[2])).isEqualTo(0xFF0000FF);
        // padding repeats the edge: the pixel just left of the red image is red too
        AtlasBuilder.Slot s = r.slots()[1];
        assertThat(atlas.argb()[s.y() * atlas.width() + s.x() - 1]).isEqualTo(0xFFFF0000);
    }

    private static int pixel(TextureAtlas atlas, AtlasBuilder.Slot s) {
        return atlas.argb()[(s.y() + s.height() / 2) * atlas.width() + s.x() + s.width() / 2];
    }

    private static void assertInsideAndDisjoint(ShelfPacker.Packing p, int pad) {
        int n = p.x().length;
        for (int i = 0; i < n; i++) {
            assertThat(p.x()[i] - pad).isGreaterThanOrEqualTo(0);
            assertThat(p.y()[i] - pad).isGreaterThanOrEqualTo(0);
            assertThat(p.x()[i] + p.width()[i] + pad).isLessThanOrEqualTo(p.atlasWidth());
            assertThat(p.y()[i] + p.height()[i] + pad).isLessThanOrEqualTo(p.atlasHeight());
            for (int j = i + 1; j < n; j++) {
                boolean apart = p.x()[i] + p.width()[i] + pad <= p.x()[j] - pad || p.x()[j] + p.width()[j] + pad <= p.x()[i] - pad
                        || p.y()[i] + p.height()[i] + pad <= p.y()[j] - pad || p.y()[j] + p.height()[j] + pad <= p.y()[i] - pad;
                assertThat(apart).as("rectangles %d and %d overlap", i, j).isTrue();
            }
        }
    }
}
