package org.citytwin.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citytwin.model.IssueMessage;
import org.citytwin.model.LoadIssue;

/** Cheap checks before parsing, so an empty or binary file gets a message a person understands. */
final class FileSniffer {

    private FileSniffer() {
    }

    /** Null when the file looks like XML; otherwise the issue to report. */
    static LoadIssue check(Path file) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) return LoadIssue.error(name, IssueMessage.of("issues.file.missing"));
            if (Files.size(file) == 0) return LoadIssue.error(name, IssueMessage.of("issues.file.empty"));
            byte[] head = new byte[64];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            // UTF-16 and UTF-32 (with or without byte-order mark) are XML too: look at characters, not bytes
            java.nio.charset.Charset family = XmlEncoding.family(head, n);
            int bom = XmlEncoding.bomLength(head, n);
            String text = new String(head, bom, n - bom, family != null ? family : java.nio.charset.StandardCharsets.ISO_8859_1);
            int i = 0;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
            if (i < text.length() && text.charAt(i) != '<') {
                return LoadIssue.error(name, IssueMessage.of("issues.file.not-xml", hex(head, n), describe(head, n)));
            }
            if (i >= text.length() && n < head.length) {
                return LoadIssue.error(name, IssueMessage.of("issues.file.blank"));
            }
            return null;
        } catch (IOException e) {
            return LoadIssue.error(name, IssueMessage.of("issues.file.unopenable", String.valueOf(e.getMessage())));
        }
    }

    /** What kind of file the bytes show, as a choice index of {@code issues.file.not-xml}: 0 unknown. */
    private static long describe(byte[] head, int n) {
        if (n >= 4 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') return 1;
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8) return 2;
        if (n >= 2 && head[0] == 'P' && head[1] == 'K') return 3;
        return 0;
    }

    private static String hex(byte[] head, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, 8); i++) sb.append(String.format("%02X ", head[i] & 0xFF));
        return sb.toString().strip();
    }
}
