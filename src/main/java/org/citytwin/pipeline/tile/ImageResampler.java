package org.citytwin.pipeline.tile;

import java.awt.image.BufferedImage;

/**
 * Copies an image into a rectangle of an ARGB pixel array, averaging the source pixels that fall on each
 * target pixel (a box filter: no aliasing when an atlas shrinks a 4096 px facade). Pure pixel arithmetic,
 * no Graphics2D, so it works on headless machines and with any X display state.
 */
final class ImageResampler {

    private ImageResampler() {
    }

    static void draw(BufferedImage image, int[] target, int targetWidth, int x0, int y0, int w, int h) {
        int sw = image.getWidth(), sh = image.getHeight();
        int[] row = new int[sw];
        long[] a = new long[w], r = new long[w], g = new long[w], b = new long[w], n = new long[w];
        int sy = 0;
        for (int ty = 0; ty < h; ty++) {
            int syEnd = Math.max(sy + 1, (int) ((long) (ty + 1) * sh / h));
            java.util.Arrays.fill(a, 0);
            java.util.Arrays.fill(r, 0);
            java.util.Arrays.fill(g, 0);
            java.util.Arrays.fill(b, 0);
            java.util.Arrays.fill(n, 0);
            for (int y = sy; y < Math.min(syEnd, sh); y++) {
                image.getRGB(0, y, sw, 1, row, 0, sw);
                for (int x = 0; x < sw; x++) {
                    int tx = (int) ((long) x * w / sw);
                    int p = row[x];
                    a[tx] += p >>> 24;
                    r[tx] += (p >> 16) & 0xFF;
                    g[tx] += (p >> 8) & 0xFF;
                    b[tx] += p & 0xFF;
                    n[tx]++;
                }
            }
            int base = (y0 + ty) * targetWidth + x0;
            for (int tx = 0; tx < w; tx++) {
                long c = Math.max(1, n[tx]);
                target[base + tx] = (int) (a[tx] / c) << 24 | (int) (r[tx] / c) << 16 | (int) (g[tx] / c) << 8 | (int) (b[tx] / c);
            }
            sy = syEnd;
        }
    }
}
