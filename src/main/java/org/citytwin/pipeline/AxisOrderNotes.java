package org.citytwin.pipeline;

import java.nio.file.Path;
import java.util.Locale;
import org.citytwin.geo.AxisOrder;
import org.citytwin.geo.SourceCrs;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.IssueMessage;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;

/** Words the file-level notes on how its coordinates were read: a swapped axis order, data outside the area of use. */
final class AxisOrderNotes {

    private AxisOrderNotes() {
    }

    /** {@code a, b}: the point the choice was made on, as written. */
    static void report(FileContext context, SourceCrs declared, AxisOrder.Choice choice, double a, double b) {
        String name = Path.of(context.file()).getFileName().toString();
        IssueMessage crs = label(declared);
        String where = latLon(choice.latLon());
        if (choice.swapped()) {
            long why = choice.reason() == AxisOrder.Reason.SWAPPED_NO_POSITION ? 0 : 1; // no position / outside the area
            context.addIssue(new LoadIssue(Severity.WARNING, IssueCategory.AXIS_ORDER, context.file(), 0, 0, null,
                    IssueMessage.of("issues.crs.swapped", name, axis(choice.crs().firstAxis()), crs, axis(declared.firstAxis()),
                            number(a) + " " + number(b), why, declared.code(), where)));
        }
        if (!choice.insideArea()) {
            context.addIssue(new LoadIssue(Severity.WARNING, IssueCategory.INVALID_COORDINATE, context.file(), 0, 0, null,
                    IssueMessage.of("issues.crs.outside-area", name, crs, number(a) + " " + number(b), where,
                            declared.code(), String.valueOf(choice.crs().areaOfUse()))));
        }
    }

    /** The axis word (latitude, longitude, northing, easting, x) in the reader's language. */
    private static IssueMessage axis(String name) {
        return IssueMessage.of("issues.crs.axis." + name);
    }

    /** "EPSG:6697 (srsName 'http://…/6697')", or just the code when the file wrote it so; in the reader's language. */
    static IssueMessage label(SourceCrs crs) {
        String srs = crs.srsName() == null ? null : crs.srsName().strip();
        return srs == null || srs.equalsIgnoreCase(crs.code()) ? IssueMessage.of("issues.crs.label.code", crs.code())
                : IssueMessage.of("issues.crs.label", crs.code(), srs);
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
