package org.citytwin.cli;

import javafx.scene.image.PixelReader;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/** The swipe view as one image: scenario A left of the divider, B right, and a white divider line between. */
final class SwipeComposite {

    static final int DIVIDER = 0xFFFFFFFF;
    private static final int DIVIDER_WIDTH = 3;

    private SwipeComposite() {
    }

    static WritableImage compose(WritableImage left, WritableImage right, double split) {
        int w = (int) left.getWidth(), h = (int) left.getHeight();
        int at = (int) Math.round(split * w);
        WritableImage out = new WritableImage(w, h);
        PixelReader a = left.getPixelReader(), b = right.getPixelReader();
        PixelWriter o = out.getPixelWriter();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = Math.abs(x - at) <= DIVIDER_WIDTH / 2 ? DIVIDER : x < at ? a.getArgb(x, y) : b.getArgb(x, y);
                o.setArgb(x, y, argb);
            }
        }
        return out;
    }
}
