package org.citytwin.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.citytwin.app.Launcher;
import picocli.CommandLine;

/** Runs the real command line in-process and captures what it prints. */
final class CliRunner {

    record Run(int exitCode, String out) {
    }

    private CliRunner() {
    }

    static synchronized Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            int code = new CommandLine(new Launcher()).execute(args);
            return new Run(code, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
