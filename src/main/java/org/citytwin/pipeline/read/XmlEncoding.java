package org.citytwin.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citytwin.model.IssueMessage;

/**
 * Decides how a file's bytes become characters, before the XML parser sees them.
 * <ol>
 * <li>The byte-order mark or, without one, the first bytes of {@code <?xml} (XML 1.0 Appendix F) tell UTF-32, UTF-16
 *     (big or little endian) from the ASCII-compatible encodings; the BOM wins over any declaration.</li>
 * <li>For ASCII-compatible bytes the {@code encoding} of the XML declaration is read. Rule for a declaration that is
 *     not UTF-8: if the whole file is valid UTF-8 and holds at least one multibyte sequence, it is read as UTF-8 with
 *     a warning. Text really written in Shift_JIS, EUC-JP or ISO-8859-1 is practically never valid UTF-8 (their
 *     non-ASCII bytes rarely form UTF-8's strict lead/continuation patterns), while UTF-8 Japanese decoded as Shift_JIS
 *     often decodes without error into mojibake, so only the UTF-8 test can tell them apart. Otherwise the declared
 *     encoding is used.</li>
 * <li>A declared encoding Java does not know, or one whose bytes could not even spell the declaration (UTF-16 declared
 *     in single bytes), is read as UTF-8 with a warning when the bytes are UTF-8, else the file is refused.</li>
 * </ol>
 */
final class XmlEncoding {

    /**
     * @param charset null: the bytes go to the parser unchanged (UTF-8, the parser's own default, with or without
     *                declaration); else the file is decoded with it after skipping {@code skip} bytes of byte-order mark
     * @param warning an ENCODING warning, or null
     * @param error   why the file is refused, or null
     */
    record Decision(Charset charset, int skip, IssueMessage warning, IssueMessage error) {
    }

    private static final Pattern DECLARED = Pattern.compile("^\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final int HEAD = 1024;

    private XmlEncoding() {
    }

    /** The Unicode encoding the first bytes show (BOM or Appendix F patterns), or null for ASCII-compatible bytes. */
    static Charset family(byte[] b, int n) {
        if (starts(b, n, 0x00, 0x00, 0xFE, 0xFF) || starts(b, n, 0x00, 0x00, 0x00, 0x3C)) return Charset.forName("UTF-32BE");
        if (starts(b, n, 0xFF, 0xFE, 0x00, 0x00) || starts(b, n, 0x3C, 0x00, 0x00, 0x00)) return Charset.forName("UTF-32LE");
        if (starts(b, n, 0xFE, 0xFF) || (starts(b, n, 0x00, 0x3C) && n >= 4 && b[2] == 0 && b[3] != 0)) return StandardCharsets.UTF_16BE;
        if (starts(b, n, 0xFF, 0xFE) || (starts(b, n, 0x3C, 0x00) && n >= 4 && b[2] != 0 && b[3] == 0)) return StandardCharsets.UTF_16LE;
        return null;
    }

    /** Length of the byte-order mark the bytes start with (UTF-8, UTF-16, UTF-32), else 0. */
    static int bomLength(byte[] b, int n) {
        if (starts(b, n, 0x00, 0x00, 0xFE, 0xFF) || starts(b, n, 0xFF, 0xFE, 0x00, 0x00)) return 4;
        if (starts(b, n, 0xEF, 0xBB, 0xBF)) return 3;
        if (starts(b, n, 0xFE, 0xFF) || starts(b, n, 0xFF, 0xFE)) return 2;
        return 0;
    }

    static Decision decide(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        int n = head.length;
        int bom = bomLength(head, n);
        Charset family = family(head, n);
        if (family != null) {
            String declared = declared(new String(head, bom, n - bom, family));
            IssueMessage warning = declared == null || fitsUnicodeFamily(declared, family) ? null
                    : IssueMessage.of(bom > 0 ? "issues.encoding.unicode-bom" : "issues.encoding.unicode", declared, family.name());
            return new Decision(family, bom, warning, null);
        }
        String declared = declared(new String(head, bom, n - bom, StandardCharsets.ISO_8859_1));
        if (declared == null || isUtf8(declared)) return new Decision(null, 0, null, null);
        if (bom == 3) {
            return new Decision(StandardCharsets.UTF_8, 3, IssueMessage.of("issues.encoding.utf8-bom", declared), null);
        }
        Charset charset = lookup(declared);
        boolean spellsDeclaration = charset != null && asciiCompatible(charset);
        Utf8 utf8 = scan(file);
        if (spellsDeclaration && utf8 != Utf8.MULTIBYTE) return new Decision(charset, 0, null, null);
        if (spellsDeclaration) {
            return new Decision(StandardCharsets.UTF_8, 0, IssueMessage.of("issues.encoding.really-utf8", declared), null);
        }
        long why = charset == null ? 0 : 1; // unknown encoding, or one that cannot spell the declaration
        if (utf8 != Utf8.INVALID) {
            return new Decision(StandardCharsets.UTF_8, 0, IssueMessage.of("issues.encoding.unusable-utf8", declared, why), null);
        }
        return new Decision(null, 0, null, IssueMessage.of("issues.encoding.unusable", declared, why));
    }

    private static String declared(String head) {
        Matcher m = DECLARED.matcher(head);
        return m.find() ? m.group(1).strip() : null;
    }

    private static boolean isUtf8(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return n.equals("UTF-8") || n.equals("UTF8");
    }

    private static boolean fitsUnicodeFamily(String declared, Charset family) {
        String n = declared.toUpperCase(Locale.ROOT).replace("_", "-");
        String prefix = family.name().startsWith("UTF-16") ? "UTF-16" : "UTF-32";
        return n.startsWith(prefix) || n.equals("ISO-10646-UCS-2") || n.equals("ISO-10646-UCS-4") || n.equals("UNICODE");
    }

    private static Charset lookup(String name) {
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) { // an illegal charset name
            return null;
        }
    }

    /** Whether the charset writes the XML declaration's characters as ASCII bytes (not so for UTF-16/32, EBCDIC). */
    private static boolean asciiCompatible(Charset charset) {
        if (!charset.canEncode()) return false;
        byte[] ascii = "<?xml version=\"1.0\" encoding=\"\"?>".getBytes(StandardCharsets.US_ASCII);
        return Arrays.equals(ascii, "<?xml version=\"1.0\" encoding=\"\"?>".getBytes(charset));
    }

    enum Utf8 { ASCII, MULTIBYTE, INVALID }

    /** Strict UTF-8 check of the whole file; stops at the first malformed sequence (real legacy text fails early). */
    static Utf8 scan(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        boolean multibyte = false;
        try (InputStream stream = Files.newInputStream(file)) {
            while (true) {
                int read = stream.read(in.array(), in.position(), in.remaining());
                boolean end = read < 0;
                if (!end) in.position(in.position() + read);
                in.flip();
                for (int i = in.position(); i < in.limit() && !multibyte; i++) multibyte = in.get(i) < 0;
                CoderResult result = decoder.decode(in, out, end);
                if (result.isError()) return Utf8.INVALID;
                if (end) {
                    if (decoder.flush(out).isError()) return Utf8.INVALID;
                    return multibyte ? Utf8.MULTIBYTE : Utf8.ASCII;
                }
                in.compact();
                out.clear();
            }
        }
    }

    private static boolean starts(byte[] b, int n, int... prefix) {
        if (n < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
