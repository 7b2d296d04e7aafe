package org.citytwin.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import org.citytwin.text.Texts;
import org.citytwin.underground.Clearance;
import org.citytwin.underground.ClearanceCheck;

/**
 * Prints clearance-check results for `inspect --clearance`: a JSON array or a readable table, and how many close
 * pairs were left out as connected or nested parts of one network (listed with --clearance-all).
 */
final class ClearanceReport {

    private ClearanceReport() {
    }

    /**
     * Adds a "clearance" array (idA, typeA, idB, typeB, distance, closest points) to the inspect JSON, and
     * "clearanceSkipped" {connected, nested}: the close pairs left out.
     */
    static void addTo(ObjectNode report, List<Clearance> clearances, ClearanceCheck check) {
        ArrayNode array = report.putArray("clearance");
        for (Clearance c : clearances) {
            ObjectNode n = array.addObject();
            n.put("idA", c.idA());
            n.put("typeA", c.typeA());
            n.put("idB", c.idB());
            n.put("typeB", c.typeB());
            n.put("distance", round(c.distance()));
            point(n.putArray("pointA"), c.pointA());
            point(n.putArray("pointB"), c.pointB());
        }
        ObjectNode skipped = report.putObject("clearanceSkipped");
        skipped.put("connected", check.skippedConnected());
        skipped.put("nested", check.skippedNested());
    }

    static void print(List<Clearance> clearances, double threshold, ClearanceCheck check, PrintStream out) {
        out.println(Texts.get("inspect.clearance.below", String.format("%.3f", threshold),
                String.valueOf(clearances.size()), clearances.size()));
        int skipped = check.skippedConnected() + check.skippedNested();
        if (skipped > 0) {
            out.println("  " + Texts.get("inspect.clearance.skipped", String.valueOf(skipped), skipped,
                    String.valueOf(check.skippedConnected()), String.valueOf(check.skippedNested())));
        }
        if (clearances.isEmpty()) return;
        out.printf("  %10s  %-22s %-44s %-22s %s%n", Texts.get("inspect.clearance.distance"), Texts.get("inspect.clearance.type-a"),
                Texts.get("inspect.clearance.id-a"), Texts.get("inspect.clearance.type-b"), Texts.get("inspect.clearance.id-b"));
        for (Clearance c : clearances) {
            out.printf("  %10.3f  %-22s %-44s %-22s %s%n", c.distance(), c.typeA(), c.idA(), c.typeB(), c.idB());
        }
    }

    private static void point(ArrayNode array, double[] p) {
        for (double v : p) array.add(round(v));
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
