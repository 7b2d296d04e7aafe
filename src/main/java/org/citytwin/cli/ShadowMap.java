package org.citytwin.cli;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.citytwin.shadow.ShadowHours;

/** Top-view PNG of a shadow-hours raster (north up), one colour per band between the contour hours, with a legend. */
final class ShadowMap {

    private static final Color[] BANDS = {new Color(0xFFF3B0), new Color(0xFDC46A), new Color(0xF28C3A),
        new Color(0xD9482B), new Color(0x9E1F3C), new Color(0x5A1159)};

    private ShadowMap() {
    }

    static void write(ShadowHours.Grid grid, double[] levels, Path file) throws IOException {
        // Drawing into an image needs no screen; without this AWT looks for an X display and fails on servers.
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        double[] bands = levels.length > 0 ? levels.clone() : new double[] {1, 2, 3, 4, 5};
        Arrays.sort(bands);
        int scale = Math.max(1, Math.min(8, 800 / Math.max(1, Math.max(grid.nx(), grid.ny()))));
        int w = Math.max(grid.nx() * scale, 200), legend = 22 * (bands.length + 1) + 10;
        int h = grid.ny() * scale + legend;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                int band = band(grid.at(i, j), bands);
                if (band < 0) continue;
                g.setColor(BANDS[Math.min(band, BANDS.length - 1)]);
                g.fillRect(i * scale, (grid.ny() - 1 - j) * scale, scale, scale); // row 0 is the south edge
            }
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        int y = grid.ny() * scale + 10;
        for (int b = 0; b < bands.length; b++) {
            g.setColor(BANDS[Math.min(b, BANDS.length - 1)]);
            g.fillRect(10, y, 16, 16);
            g.setColor(Color.BLACK);
            String upper = b + 1 < bands.length ? String.format(Locale.ROOT, "%s h", bands[b + 1]) : "";
            g.drawString(String.format(Locale.ROOT, "≥ %s h%s", bands[b], upper.isEmpty() ? "" : ", < " + upper), 32, y + 13);
            y += 22;
        }
        g.drawString(String.format(Locale.ROOT, "cell %s m, north up", grid.spacing()), 10, y + 13);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    /** Index of the highest band the hours reach, or -1 below the first. */
    private static int band(double hours, double[] bands) {
        int band = -1;
        for (int b = 0; b < bands.length; b++) if (hours + 1e-9 >= bands[b]) band = b;
        return band;
    }
}
