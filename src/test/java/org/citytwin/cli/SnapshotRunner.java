package org.citytwin.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Runs the snapshot command in-process and keeps what it printed to out and err, so the snapshot tests can assert
 * on messages; one instance per test (the captures accumulate over runs).
 */
final class SnapshotRunner {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cl = new CommandLine(new SnapshotCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
