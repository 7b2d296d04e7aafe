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
            String attrs = c.attributes().stream().map(d -> d.name() + ": " + d.a() + " → " + d.b())
                    .reduce((x, y) -> x + "; " + y).orElse(c.moved() > 0 ? String.format("moved %.2f m", c.moved()) : "");
            out.printf("%-8s %-40s %-16s %10s %12s %s%n", c.kind().name().toLowerCase(java.util.Locale.ROOT), c.id(),
                    c.type(), signed(c.delta(ObjectSizes::height)), signed(c.delta(ObjectSizes::footprint)), attrs);
        }
    }

    private static String signed(double v) {
        return Double.isFinite(v) ? String.format("%+.1f", v) : "-";
    }
}
