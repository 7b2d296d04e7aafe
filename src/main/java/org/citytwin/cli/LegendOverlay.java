package org.citytwin.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.citytwin.thematic.Classification;
import org.citytwin.thematic.LegendEntry;

/** Draws a thematic map's legend into the bottom-left corner of a snapshot (the viewer shows it as an overlay). */
final class LegendOverlay {

    private LegendOverlay() {
    }

    static void draw(BufferedImage image, Classification classification) {
        draw(image, classification, true);
    }

    /** @param left bottom-left corner, else bottom-right (two legends side by side) */
    static void draw(BufferedImage image, Classification classification, boolean left) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(12, image.getHeight() / 60));
            Font bold = font.deriveFont(Font.BOLD);
            int line = g.getFontMetrics(font).getHeight() + 4;
            long rows = classification.legend().stream().filter(LegendEntry -> shown(LegendEntry)).count();
            int width = 0;
            g.setFont(font);
            for (LegendEntry e : classification.legend()) width = Math.max(width, g.getFontMetrics().stringWidth(text(e)));
            g.setFont(bold);
            width = Math.max(width + line + 8, g.getFontMetrics().stringWidth(classification.title())) + 24;
            int height = (int) (rows + 1) * line + 16;
            int x = left ? 16 : image.getWidth() - width - 16;
            int y = image.getHeight() - height - 16;
            g.setColor(new Color(255, 255, 255, 220));
            g.fillRoundRect(x, y, width, height, 12, 12);
            g.setColor(Color.DARK_GRAY);
            g.drawString(classification.title(), x + 12, y + line);
            g.setFont(font);
            int row = 1;
            for (LegendEntry e : classification.legend()) {
                if (!shown(e)) continue;
                int top = y + 8 + row * line;
                g.setColor(new Color(e.rgb()));
                g.fillRect(x + 12, top, line - 6, line - 8);
                g.setColor(Color.GRAY);
                g.setStroke(new BasicStroke(1));
                g.drawRect(x + 12, top, line - 6, line - 8);
                g.setColor(Color.DARK_GRAY);
                g.drawString(text(e), x + 12 + line + 2, top + line - 10);
                row++;
            }
        } finally {
            g.dispose();
        }
    }

    private static boolean shown(LegendEntry e) {
        return !(e.count() == 0 && e.label().equals(org.citytwin.thematic.ThematicClassifier.noValue()));
    }

    private static String text(LegendEntry e) {
        return e.label() + "  (" + e.count() + ")";
    }
}
