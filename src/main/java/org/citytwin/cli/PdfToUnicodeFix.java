package org.citytwin.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes copied and extracted Japanese text the characters that were set. IPAexGothic maps a Kangxi radical (e.g.
 * ⽻ U+2F7B) and its ideograph (羽 U+7FBD) to one glyph, and PDFBox's subset writes the lowest code point of a
 * glyph into the ToUnicode map: the radical. Here every radical target is replaced by the ideograph that shares
 * its glyph, after the subset is written (PDFBox builds the map only when saving).
 */
final class PdfToUnicodeFix {

    private PdfToUnicodeFix() {
    }

    static boolean isRadical(int cp) {
        return (cp >= 0x2E80 && cp <= 0x2EFF) || (cp >= 0x2F00 && cp <= 0x2FDF);
    }

    /** The PDF with its fonts' ToUnicode maps corrected (the same bytes when nothing needed it). */
    static byte[] fixed(byte[] pdf) throws IOException {
        CmapLookup font = fontCmap();
        boolean changed = false;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Set<COSStream> done = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                if (page.getResources() == null) continue;
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    if (f == null || !(f.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream s)
                            || !done.add(s)) continue;
                    changed |= rewrite(s, font);
                }
            }
            if (!changed) return pdf;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static CmapLookup fontCmap() throws IOException {
        try (InputStream in = PdfToUnicodeFix.class.getResourceAsStream(CaptionOverlay.FONT_RESOURCE)) {
            if (in == null) throw new IOException("the bundled font " + CaptionOverlay.FONT_RESOURCE + " is missing from the program");
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            return ttf.getUnicodeCmapLookup();
        }
    }

    /** Rewrites one ToUnicode stream as bfchar entries (2-byte codes); false when no target was a radical. */
    private static boolean rewrite(COSStream stream, CmapLookup font) throws IOException {
        CMap cmap;
        try (InputStream in = stream.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        List<int[]> entries = new ArrayList<>(); // code, then the target's code points
        List<String> targets = new ArrayList<>();
        boolean radical = false;
        for (int code = 0; code <= 0xFFFF; code++) {
            String u = cmap.toUnicode(code, 2);
            if (u == null) continue;
            if (u.codePointCount(0, u.length()) == 1 && isRadical(u.codePointAt(0))) {
                int ideograph = ideograph(u.codePointAt(0), font);
                if (ideograph != u.codePointAt(0)) {
                    u = new String(Character.toChars(ideograph));
                    radical = true;
                }
            }
            entries.add(new int[] {code});
            targets.add(u);
        }
        if (!radical) return false;
        StringBuilder sb = new StringBuilder();
        sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int i = 0; i < entries.size(); i += 100) {
            int n = Math.min(100, entries.size() - i);
            sb.append(n).append(" beginbfchar\n");
            for (int k = i; k < i + n; k++) {
                sb.append(String.format("<%04X> <", entries.get(k)[0]));
                for (byte b : targets.get(k).getBytes(StandardCharsets.UTF_16BE)) sb.append(String.format("%02X", b & 0xFF));
                sb.append(">\n");
            }
            sb.append("endbfchar\n");
        }
        sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return true;
    }

    /** The CJK ideograph drawn with the same glyph as the radical, else the radical itself. */
    private static int ideograph(int radical, CmapLookup font) {
        int gid = font.getGlyphId(radical);
        if (gid == 0) return radical;
        List<Integer> codes = font.getCharCodes(gid);
        if (codes == null) return radical;
        for (int c : codes) if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) return c;
        return radical;
    }
}
