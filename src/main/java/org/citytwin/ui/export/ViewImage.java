package org.citytwin.ui.export;

import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.SubScene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import org.citytwin.scene.CityScene;

/**
 * The current view as one image at 1× to 4× the window's resolution: sky, the 3D scene and the 2D overlay (the
 * annotation labels). FX thread.
 *
 * <p>Beyond the window size the same scene is rendered once into the SubScene grown to the export size for the
 * length of the snapshot (then given back its size, before the window draws again), not in tiles: JavaFX's
 * PerspectiveCamera has no off-axis (shifted) frustum, so a tile can only be had by turning the camera, which changes
 * the perspective from tile to tile and leaves seams. With a vertical field of view and the same aspect ratio the grown
 * SubScene shows exactly the window's view, only sharper. The 2D overlay is snapshot with a scale transform, which
 * JavaFX draws as vectors: crisp text at every scale.
 */
public final class ViewImage {
    public static final int MAX_SCALE = 4;

    private ViewImage() {
    }

    /** Renders the view at {@code scale} × its size; {@code overlay} (same size as the view, may be null) on top. */
    public static WritableImage render(CityScene scene, Node overlay, int scale) {
        if (scale < 1 || scale > MAX_SCALE) throw new IllegalArgumentException("The scale is 1 to " + MAX_SCALE + ", was " + scale);
        SubScene sub = scene.subScene();
        double w = sub.getWidth(), h = sub.getHeight();
        int outW = (int) Math.round(w * scale), outH = (int) Math.round(h * scale);
        SnapshotParameters clear = new SnapshotParameters();
        clear.setFill(Color.TRANSPARENT);
        WritableImage labels = null;
        if (overlay != null) { // before the 3D view grows: the labels sit where the window shows them
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            p.setTransform(new Scale(scale, scale));
            p.setViewport(new javafx.geometry.Rectangle2D(0, 0, outW, outH));
            labels = overlay.snapshot(p, null);
        }
        WritableImage view;
        boolean bound = sub.widthProperty().isBound();
        sub.widthProperty().unbind();
        sub.heightProperty().unbind();
        try {
            sub.setWidth(outW);
            sub.setHeight(outH);
            view = sub.snapshot(clear, null);
        } finally {
            sub.setWidth(w);
            sub.setHeight(h);
            if (bound) {
                sub.widthProperty().bind(scene.viewport().widthProperty());
                sub.heightProperty().bind(scene.viewport().heightProperty());
            }
        }
        return compose(outW, outH, view, labels);
    }

    /** Sky gradient (as the viewport's background), then the 3D view, then the labels, each blended over. */
    static WritableImage compose(int w, int h, WritableImage view, WritableImage labels) {
        int[] px = new int[w * h];
        Color top = CityScene.SKY_TOP, bottom = CityScene.SKY_HORIZON;
        for (int y = 0; y < h; y++) {
            double t = h == 1 ? 0 : y / (double) (h - 1);
            int argb = argb(top.interpolate(bottom, t));
            java.util.Arrays.fill(px, y * w, (y + 1) * w, argb);
        }
        over(px, w, h, view);
        if (labels != null) over(px, w, h, labels);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), px, 0, w);
        return out;
    }

    private static void over(int[] px, int w, int h, WritableImage img) {
        PixelReader r = img.getPixelReader();
        int iw = (int) Math.min(w, img.getWidth()), ih = (int) Math.min(h, img.getHeight());
        int[] row = new int[iw];
        for (int y = 0; y < ih; y++) {
            r.getPixels(0, y, iw, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, iw);
            for (int x = 0; x < iw; x++) {
                int s = row[x];
                int a = s >>> 24;
                if (a == 0) continue;
                int i = y * w + x;
                if (a == 255) {
                    px[i] = s;
                    continue;
                }
                int d = px[i];
                // snapshots are non-premultiplied ARGB
                int rr = (((s >> 16) & 0xFF) * a + ((d >> 16) & 0xFF) * (255 - a)) / 255;
                int gg = (((s >> 8) & 0xFF) * a + ((d >> 8) & 0xFF) * (255 - a)) / 255;
                int bb = ((s & 0xFF) * a + (d & 0xFF) * (255 - a)) / 255;
                px[i] = 0xFF000000 | (rr << 16) | (gg << 8) | bb;
            }
        }
    }

    private static int argb(Color c) {
        return 0xFF000000 | ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }
}
