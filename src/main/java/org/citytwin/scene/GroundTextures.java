package org.citytwin.scene;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The images of the plain ground: a faint grid every {@value #GRID} m, so distances on the ground can be judged, on
 * the ground squares and on the fading context around each place. Lines lie half a cell off the 500 m tile edges
 * (x = 50, 150, ... m within a tile), so a square's corner texel, which a cut mesh without texture coordinates
 * samples, is plain ground.
 */
final class GroundTextures {
    static final double GRID = 100;
    /** Lines are this much darker than the ground: visible up close, a faint texture from afar. */
    private static final double LINE_DARKEN = 0.07;
    private static final int TILE_PIXELS = 512;
    private static final double LINE_WIDTH = 1.6;

    private GroundTextures() {
    }

    /** One 500 m ground square, five cells each way; repeats seamlessly from square to square. */
    static WritableImage tile(double tileMetres) {
        WritableImage img = new WritableImage(TILE_PIXELS, TILE_PIXELS);
        PixelWriter w = img.getPixelWriter();
        double perPixel = tileMetres / TILE_PIXELS;
        for (int y = 0; y < TILE_PIXELS; y++) {
            for (int x = 0; x < TILE_PIXELS; x++) {
                double line = Math.max(line((x + 0.5) * perPixel, GRID, perPixel), line((y + 0.5) * perPixel, GRID, perPixel));
                w.setArgb(x, y, argb(1, line));
            }
        }
        return img;
    }

    /**
     * The context around a place: a square of side 2·radius centred on (cx, cy) in the local frame, opaque ground
     * out to 0.6 of the radius, then fading to nothing at the radius; grid lines (every {@code grid} metres,
     * aligned with the squares') fade out sooner, so the edge reads as ground receding, not as a sheet.
     */
    static WritableImage context(double cx, double cy, double radius, double grid, int pixels) {
        return image(contextArgb(cx, cy, radius, grid, pixels), pixels);
    }

    /** The pixels (ARGB, rows north first) of {@link #context}: plain Java, so any thread may make them. */
    static int[] contextArgb(double cx, double cy, double radius, double grid, int pixels) {
        int[] argb = new int[pixels * pixels];
        double perPixel = 2 * radius / pixels;
        for (int py = 0; py < pixels; py++) {
            for (int px = 0; px < pixels; px++) {
                double dx = (px + 0.5) * perPixel - radius, dy = radius - (py + 0.5) * perPixel; // image rows run south
                double r = Math.hypot(dx, dy) / radius;
                double alpha = 1 - smooth(0.6, 1.0, r);
                double line = grid <= 0 ? 0 : Math.max(line(cx + dx, grid, perPixel), line(cy + dy, grid, perPixel));
                argb[py * pixels + px] = argb(alpha, line * (1 - smooth(0.3, 0.85, r)));
            }
        }
        return argb;
    }

    /** A square image of {@code argb} pixels (FX thread: cheap, one copy). */
    static WritableImage image(int[] argb, int pixels) {
        WritableImage img = new WritableImage(pixels, pixels);
        img.getPixelWriter().setPixels(0, 0, pixels, pixels, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, pixels);
        return img;
    }

    /**
     * 0..1: how much of a texel of {@code perPixel} metres centred at {@code v} a line {@value #LINE_WIDTH} m wide
     * covers. Box-filtered, so coarse texels far out give a fainter, wider line that reads as the same grid.
     */
    private static double line(double v, double spacing, double perPixel) {
        double offset = spacing / 2; // lines half a cell off the tile edges (see the class comment)
        double d = Math.abs(((v - offset) % spacing + spacing) % spacing);
        d = Math.min(d, spacing - d);
        double overlap = Math.min(d + perPixel / 2, LINE_WIDTH / 2) - Math.max(d - perPixel / 2, -LINE_WIDTH / 2);
        return Math.max(0, Math.min(1, overlap / Math.min(perPixel, LINE_WIDTH)));
    }

    private static int argb(double alpha, double line) {
        Color g = GroundPatches.GROUND;
        double k = 1 - LINE_DARKEN * line;
        int a = (int) Math.round(alpha * 255);
        return a << 24 | channel(g.getRed() * k) << 16 | channel(g.getGreen() * k) << 8 | channel(g.getBlue() * k);
    }

    private static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }

    private static double smooth(double from, double to, double v) {
        double t = Math.max(0, Math.min(1, (v - from) / (to - from)));
        return t * t * (3 - 2 * t);
    }
}
