package org.citytwin.cli;

import java.io.PrintStream;
import java.util.Comparator;
import org.citytwin.scenario.DiffResult;
import org.citytwin.scenario.ObjectChange;
import org.citytwin.scenario.ObjectSizes;
import org.citytwin.text.Texts;

/** The plain-text change table `diff` prints: summary line, then one row per added, removed or changed object. */
final class DiffTable {

    private static final String KIND = "commands.diff.kind.";

    private DiffTable() {
    }

    static void print(DiffResult diff, PrintStream out) {
        out.println(Texts.get("commands.diff.summary", diff.added(), diff.removed(), diff.changed(), diff.unchanged()));
        if (diff.changes().isEmpty()) return;
        out.printf("%-8s %-40s %-16s %10s %12s %s%n", Texts.get("commands.diff.column.change"), Texts.get("commands.diff.column.id"),
                Texts.get("commands.diff.column.type"), Texts.get("commands.diff.column.height"),
                Texts.get("commands.diff.column.footprint"), Texts.get("commands.diff.column.attributes"));
        for (ObjectChange c : diff.changes().stream().sorted(Comparator.comparing(ObjectChange::kind)
                .thenComparing(ObjectChange::id)).toList()) {
            String attrs = attributes(c);
            out.printf("%-8s %-40s %-16s %10s %12s %s%n", Texts.get(KIND + c.kind().name().toLowerCase(java.util.Locale.ROOT)), c.id(),
                    c.type(), signed(c.delta(ObjectSizes::height)), signed(c.delta(ObjectSizes::footprint)), attrs);
        }
    }

    /** Up to {@link #SHOWN} differing attributes, then how many more (--json lists them all). */
    private static String attributes(ObjectChange c) {
        StringBuilder sb = new StringBuilder();
        if (c.moved() > org.citytwin.scenario.ObjectDiff.TOLERANCE) sb.append(Texts.get("commands.diff.moved", String.format(java.util.Locale.ROOT, "%.2f", c.moved())));
        int n = 0;
        for (ObjectChange.AttributeDelta d : c.attributes()) {
            if (n++ == SHOWN) {
                sb.append(Texts.get("commands.diff.more", c.attributes().size() - SHOWN));
                break;
            }
            if (sb.length() > 0) sb.append("; ");
            sb.append(d.name()).append(": ").append(d.a() == null ? "—" : d.a()).append(" → ").append(d.b() == null ? "—" : d.b());
        }
        return sb.toString();
    }

    private static final int SHOWN = 3;

    private static String signed(double v) {
        return Double.isFinite(v) ? String.format("%+.1f", v) : "-";
    }
}
