package org.citytwin.cli;

import java.io.PrintStream;
import java.util.Comparator;
import org.citytwin.scenario.DiffResult;
import org.citytwin.scenario.ObjectChange;
import org.citytwin.scenario.ObjectSizes;

/** The plain-text change table `diff` prints: summary line, then one row per added, removed or changed object. */
final class DiffTable {

    private DiffTable() {
    }

    static void print(DiffResult diff, PrintStream out) {
        out.printf("%d added, %d removed, %d changed, %d unchanged%n", diff.added(), diff.removed(), diff.changed(), diff.unchanged());
        if (diff.changes().isEmpty()) return;
        out.printf("%-8s %-40s %-16s %10s %12s %s%n", "change", "id", "type", "Δheight m", "Δfootprint m²", "attributes");
        for (ObjectChange c : diff.changes().stream().sorted(Comparator.comparing(ObjectChange::kind)
                .thenComparing(ObjectChange::id)).toList()) {
            String attrs = attributes(c);
            out.printf("%-8s %-40s %-16s %10s %12s %s%n", c.kind().name().toLowerCase(java.util.Locale.ROOT), c.id(),
                    c.type(), signed(c.delta(ObjectSizes::height)), signed(c.delta(ObjectSizes::footprint)), attrs);
        }
    }

    /** Up to {@link #SHOWN} differing attributes, then how many more (--json lists them all). */
    private static String attributes(ObjectChange c) {
        StringBuilder sb = new StringBuilder();
        if (c.moved() > org.citytwin.scenario.ObjectDiff.TOLERANCE) sb.append(String.format("moved %.2f m", c.moved()));
        int n = 0;
        for (ObjectChange.AttributeDelta d : c.attributes()) {
            if (n++ == SHOWN) {
                sb.append("; … ").append(c.attributes().size() - SHOWN).append(" more");
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
