package org.citytwin.pipeline.tile;

import java.awt.image.BufferedImage;
import java.util.List;
import org.citytwin.model.IssueMessage;
import org.citytwin.model.SurfaceLook;
import org.citytwin.pipeline.texture.TextureImages;

/**
 * Draws the looks of one tile mesh into one {@link TextureAtlas} (JavaFX takes one diffuse map per
 * MeshView): textures scaled to fit {@link #MAX_SIZE}, solid colours as small patches. Each slot gets a
 * border repeating its edge pixels, so linear filtering at a slot's edge does not bleed in its neighbour.
 * An atlas with textures takes its memory from the load's texture budget ({@link TextureImages#reserve});
 * when the budget is spent, it holds colour patches only.
 */
final class AtlasBuilder {

    static final int MAX_SIZE = 4096;
    static final int PADDING = 2;
    static final int PATCH = 4;

    /** Where a look landed, in atlas pixels; {@code textured} is false for colour patches (and unreadable images). */
    record Slot(int x, int y, int width, int height, boolean textured) {
    }

    record Result(TextureAtlas atlas, Slot[] slots) {
    }

    private AtlasBuilder() {
    }

    /** @param fallbackArgb colour for textures that cannot be read */
    static Result build(List<SurfaceLook> looks, int fallbackArgb, TextureImages images) {
        int n = looks.size();
        int[] w = new int[n], h = new int[n];
        boolean[] textured = new boolean[n];
        for (int i = 0; i < n; i++) {
            int[] size = looks.get(i).isTextured() ? images.size(looks.get(i).texturePath()) : null;
            textured[i] = size != null && size[0] > 0 && size[1] > 0;
            w[i] = textured[i] ? size[0] : PATCH;
            h[i] = textured[i] ? size[1] : PATCH;
        }
        ShelfPacker.Packing packing = ShelfPacker.pack(w, h, MAX_SIZE, PADDING);
        if (anyTrue(textured) && !images.reserve(4L * packing.atlasWidth() * packing.atlasHeight())) {
            // over the load's texture-memory budget: this atlas gets colour patches only
            for (int i = 0; i < n; i++) {
                if (!textured[i]) continue;
                images.refuse(looks.get(i).texturePath(), IssueMessage.of("issues.texture.why.budget", images.budgetText()));
                textured[i] = false;
                w[i] = PATCH;
                h[i] = PATCH;
            }
            packing = ShelfPacker.pack(w, h, MAX_SIZE, PADDING);
        }
        int width = packing.atlasWidth();
        int[] pixels = new int[width * packing.atlasHeight()];
        Slot[] slots = new Slot[n];
        for (int i = 0; i < n; i++) {
            int x = packing.x()[i], y = packing.y()[i], sw = packing.width()[i], sh = packing.height()[i];
            BufferedImage image = textured[i] ? images.read(looks.get(i).texturePath()) : null;
            if (image != null) {
                ImageResampler.draw(image, pixels, width, x, y, sw, sh);
            } else {
                int argb = looks.get(i).isTextured() ? fallbackArgb : looks.get(i).argb();
                for (int row = y; row < y + sh; row++) java.util.Arrays.fill(pixels, row * width + x, row * width + x + sw, argb);
            }
            slots[i] = new Slot(x, y, sw, sh, image != null);
        }
        for (Slot s : slots) pad(pixels, width, packing.atlasHeight(), s);
        return new Result(new TextureAtlas(width, packing.atlasHeight(), pixels), slots);
    }

    private static boolean anyTrue(boolean[] flags) {
        for (boolean f : flags) if (f) return true;
        return false;
    }

    /** Repeats the slot's edge pixels into its padding. */
    private static void pad(int[] px, int width, int height, Slot s) {
        for (int y = s.y(); y < s.y() + s.height(); y++) {
            for (int p = 1; p <= PADDING; p++) {
                if (s.x() - p >= 0) px[y * width + s.x() - p] = px[y * width + s.x()];
                int right = s.x() + s.width() - 1;
                if (right + p < width) px[y * width + right + p] = px[y * width + right];
            }
        }
        for (int p = 1; p <= PADDING; p++) {
            int top = s.y() - p, bottom = s.y() + s.height() - 1 + p;
            int x0 = Math.max(0, s.x() - PADDING), x1 = Math.min(width, s.x() + s.width() + PADDING);
            if (top >= 0) System.arraycopy(px, s.y() * width + x0, px, top * width + x0, x1 - x0);
            if (bottom < height) System.arraycopy(px, (s.y() + s.height() - 1) * width + x0, px, bottom * width + x0, x1 - x0);
        }
    }
}
