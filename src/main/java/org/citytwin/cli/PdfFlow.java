package org.citytwin.cli;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Text and images flowing down A4 landscape pages: a new page when the next block does not fit. All text is set in
 * the bundled IPAexGothic, embedded as a subset, so Japanese stays real, selectable text in any reader.
 */
final class PdfFlow implements Closeable {

    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN = 40;

    private final PDDocument doc;
    private final PDType0Font font;
    private final Font awtFont = CaptionOverlay.font(); // tells which characters the font can draw
    private PDPageContentStream content;
    private float y;

    PdfFlow(PDDocument doc) throws IOException {
        this.doc = doc;
        try (InputStream in = PdfFlow.class.getResourceAsStream(CaptionOverlay.FONT_RESOURCE)) {
            if (in == null) throw new IOException("the bundled font " + CaptionOverlay.FONT_RESOURCE + " is missing from the program");
            font = PDType0Font.load(doc, in, true);
        }
    }

    /** Starts a page; the cursor at its top. */
    void newPage() throws IOException {
        closeContent();
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        y = PAGE.getHeight() - MARGIN;
    }

    float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    /** A new page unless {@code height} points still fit above the bottom margin. */
    void need(float height) throws IOException {
        if (content == null || y - height < MARGIN) newPage();
    }

    /** One line of text (no wrapping) at x offset {@code indent}; the cursor moves down by the line height. */
    void line(String text, float size, float indent) throws IOException {
        need(size * 1.4f);
        y -= size * 1.2f;
        show(text, size, MARGIN + indent, y);
        y -= size * 0.2f;
    }

    /** Text wrapped to the page width, one paragraph per line break in {@code text}. */
    void paragraph(String text, float size) throws IOException {
        for (String para : text.split("\n")) {
            for (String l : wrap(drawable(para), size, width())) line(l, size, 0);
        }
    }

    /** Cells of one table row at the given x offsets; each cell cut to fit before the next column. */
    void row(float size, float[] columns, String... cells) throws IOException {
        need(size * 1.5f);
        y -= size * 1.25f;
        for (int i = 0; i < cells.length; i++) {
            float limit = (i + 1 < columns.length ? columns[i + 1] : width()) - columns[i] - 6;
            show(fit(drawable(cells[i] == null ? "" : cells[i]), size, limit), size, MARGIN + columns[i], y);
        }
        y -= size * 0.25f;
    }

    void space(float points) {
        y -= points;
    }

    /** The image scaled to the page width and at most {@code maxHeight} points high; one image XObject on the page. */
    void image(BufferedImage image, float maxHeight) throws IOException {
        float scale = Math.min(width() / image.getWidth(), maxHeight / image.getHeight());
        float w = image.getWidth() * scale, h = image.getHeight() * scale;
        need(h);
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        PDImageXObject x = JPEGFactory.createFromImage(doc, rgb, 0.9f);
        y -= h;
        content.drawImage(x, MARGIN + (width() - w) / 2, y, w, h);
        y -= 8;
    }

    private void show(String text, float size, float x, float baseline) throws IOException {
        if (text.isEmpty()) return;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(drawable(text));
        content.endText();
    }

    /** Characters the font lacks (and controls) become '?', so no text can make the page fail. */
    String drawable(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '\t') sb.append(' ');
            else if (Character.isISOControl(c) || !awtFont.canDisplay(c)) sb.append('?');
            else sb.appendCodePoint(c);
        });
        return sb.toString();
    }

    private float widthOf(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private String fit(String text, float size, float limit) throws IOException {
        if (widthOf(text, size) <= limit) return text;
        String t = text;
        while (!t.isEmpty() && widthOf(t + "…", size) > limit) t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
        return t + "…";
    }

    /** Breaks at spaces, or anywhere in a run without spaces (Japanese). */
    private List<String> wrap(String text, float size, float limit) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String next = current + new String(Character.toChars(cp));
            if (widthOf(next, size) > limit && current.length() > 0) {
                int space = current.lastIndexOf(" ");
                if (cp != ' ' && space > 0) {
                    lines.add(current.substring(0, space));
                    current = new StringBuilder(current.substring(space + 1));
                } else {
                    lines.add(current.toString());
                    current = new StringBuilder();
                }
                if (cp == ' ') {
                    i += Character.charCount(cp);
                    continue;
                }
            }
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        lines.add(current.toString());
        return lines;
    }

    private void closeContent() throws IOException {
        if (content != null) content.close();
        content = null;
    }

    @Override
    public void close() throws IOException {
        closeContent();
    }
}
