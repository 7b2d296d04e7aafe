package org.citytwin.cli;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Draws a tour stop's caption in a band at the bottom of the image and the data attribution in the bottom-right
 * corner, in the bundled IPAexGothic (never a system font: Japanese must look the same on every machine).
 */
final class CaptionOverlay {

    static final String FONT_RESOURCE = "/org/citytwin/fonts/ipaexg.ttf";
    private static Font base;

    private CaptionOverlay() {
    }

    /** The bundled IPAexGothic, read once. */
    static synchronized Font font() {
        if (base == null) {
            try (InputStream in = CaptionOverlay.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) throw new IOException("the bundled font " + FONT_RESOURCE + " is missing from the program");
                base = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("The bundled font " + FONT_RESOURCE + " cannot be read", e);
            }
        }
        return base;
    }

    static void draw(BufferedImage image, String caption, List<String> attribution) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            int w = image.getWidth(), h = image.getHeight();
            Font small = font().deriveFont((float) Math.max(10, h / 70));
            FontMetrics sm = g.getFontMetrics(small);
            int bottom = h;
            if (caption != null && !caption.isBlank()) {
                Font big = font().deriveFont((float) Math.max(14, h / 28));
                FontMetrics bm = g.getFontMetrics(big);
                String[] lines = caption.split("\n");
                int band = lines.length * bm.getHeight() + sm.getHeight() + 24;
                g.setColor(new Color(0, 0, 0, 150));
                g.fillRect(0, h - band, w, band);
                g.setFont(big);
                g.setColor(Color.WHITE);
                int y = h - band + 12 + bm.getAscent();
                for (String line : lines) {
                    g.drawString(line, Math.max(8, (w - bm.stringWidth(line)) / 2), y);
                    y += bm.getHeight();
                }
                bottom = h - 6;
            }
            if (!attribution.isEmpty()) {
                String text = String.join(" / ", attribution);
                int x = Math.max(4, w - sm.stringWidth(text) - 10), y = bottom - sm.getDescent() - 4;
                if (bottom == h) {
                    g.setColor(new Color(255, 255, 255, 200));
                    g.fillRect(x - 6, y - sm.getAscent() - 3, sm.stringWidth(text) + 12, sm.getHeight() + 6);
                    g.setColor(Color.DARK_GRAY);
                } else {
                    g.setColor(new Color(230, 230, 230));
                }
                g.setFont(small);
                g.drawString(text, x, y);
            }
        } finally {
            g.dispose();
        }
    }
}
