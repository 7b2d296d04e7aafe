package org.citytwin.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Under the POSIX locale (no LANG, e.g. the launcher run with {@code env -i}, cron, a bare container) Java's console
 * charset is ASCII and every Japanese character of a {@code --lang ja} report prints as '?'. UTF-8 is then the better
 * guess: any terminal shows it and ASCII text is unchanged. A real locale's charset (UTF-8, EUC-JP, Windows code
 * pages) is left alone.
 */
final class ConsoleEncoding {

    private ConsoleEncoding() {
    }

    static void utf8WhenAscii() {
        if (!isAscii(System.getProperty("stdout.encoding", System.getProperty("native.encoding", "")))) return;
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        // picocli writes help through its own writers in the charset these name
        System.setProperty("sun.stdout.encoding", "UTF-8");
        System.setProperty("sun.stderr.encoding", "UTF-8");
    }

    static boolean isAscii(String charsetName) {
        try {
            return !charsetName.isEmpty() && Charset.forName(charsetName).equals(StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
