package org.citytwin.pipeline;

import java.nio.file.Path;
import java.util.Locale;
import org.citytwin.geo.AxisOrder;
import org.citytwin.geo.SourceCrs;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;

/** Words the file-level notes on how its coordinates were read: a swapped axis order, data outside the area of use. */
final class AxisOrderNotes {

    private AxisOrderNotes() {
    }

    /** {@code a, b}: the point the choice was made on, as written. */
    static void report(FileContext context, SourceCrs declared, AxisOrder.Choice choice, double a, double b) {
        String name = Path.of(context.file()).getFileName().toString();
        String crs = label(declared);
        String where = latLon(choice.latLon());
        if (choice.swapped()) {
            String why = choice.reason() == AxisOrder.Reason.SWAPPED_NO_POSITION
                    ? "is no position on Earth when read that way"
                    : "lies outside the area of use of " + declared.code() + " when read that way";
            context.addIssue(new LoadIssue(Severity.WARNING, IssueCategory.AXIS_ORDER, context.file(), 0, 0, null,
                    "The coordinates of " + name + " were read " + choice.crs().firstAxis() + " first: " + crs
                            + " puts the " + declared.firstAxis() + " first, but the file's first position ("
                            + number(a) + " " + number(b) + ") " + why + ", while swapped it lies at " + where
                            + ". The whole file is read in the swapped order"));
        }
        if (!choice.insideArea()) {
            context.addIssue(new LoadIssue(Severity.WARNING, IssueCategory.INVALID_COORDINATE, context.file(), 0, 0,
                    null, "The data of " + name + " lies outside the area of use of " + crs + ": its first position ("
                            + number(a) + " " + number(b) + ") is at " + where + ", but " + declared.code()
                            + " is meant for " + choice.crs().areaOfUse()
                            + ". The objects are drawn where the numbers say; check the file's srsName"));
        }
    }

    /** "EPSG:6697 (srsName 'http://…/6697')", or just the code when the file wrote it so. */
    static String label(SourceCrs crs) {
        String srs = crs.srsName() == null ? null : crs.srsName().strip();
        return srs == null || srs.equalsIgnoreCase(crs.code()) ? crs.code() : crs.code() + " (srsName '" + srs + "')";
    }

    static String latLon(double[] latLon) {
        double lat = latLon[0];
        double lon = latLon[1];
        return String.format(Locale.ROOT, "%.5f°%s %.5f°%s", Math.abs(lat), lat < 0 ? "S" : "N",
                Math.abs(lon), lon < 0 ? "W" : "E");
    }

    /** A coordinate as written, without a trailing ".0". */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf((long) v);
        return String.valueOf(v);
    }
}
