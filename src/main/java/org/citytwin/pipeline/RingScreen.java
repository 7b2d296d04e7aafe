package org.citytwin.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.citytwin.geo.SourceCrs;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.IssueMessage;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.read.RawFeature;
import org.citytwin.pipeline.read.RawPolygon;

/**
 * Leaves out the rings of one object that cannot be drawn, so that one bad coordinate costs one ring, never
 * the object: before the transform, rings holding a value that is no position in the file's CRS (NaN, 1e300,
 * a latitude of 900); after it, rings the local frame could not place. A polygon whose exterior goes loses
 * its holes with it. One issue per object and kind, counting the rings and naming the first.
 */
final class RingScreen {
    /** Heights beyond ±100 km are no building, pipe or terrain. */
    private static final double MAX_HEIGHT = 1e5;
    /** Local or unknown CRS: raw numbers are metres; beyond this they are no position. */
    private static final double MAX_LOCAL = 1e9;
    /** In the local Transverse Mercator frame nothing on Earth lies farther than ~20,000 km from the origin. */
    private static final double MAX_PLACED = 2.1e7;

    private final SourceCrs crs;
    private final Finding invalid = new Finding();
    private final Finding unplaced = new Finding();
    private int total;
    private int kept;

    private static final class Finding {
        int rings;
        String polygonId;
        double[] point;
    }

    /** @param crs the CRS the file is read in (perhaps swapped); null or local when the numbers are local metres */
    RingScreen(SourceCrs crs) {
        this.crs = crs;
    }

    /** Before the transform: keeps the rings whose every vertex is a position in the CRS. */
    List<RawPolygon> keepPositions(List<RawPolygon> polygons) {
        for (RawPolygon p : polygons) total += p.rings().size();
        return keep(polygons, true, invalid);
    }

    /** After the transform: keeps the rings whose every vertex got a finite place in the local frame. */
    List<RawPolygon> keepPlaced(List<RawPolygon> polygons) {
        List<RawPolygon> result = keep(polygons, false, unplaced);
        kept = 0;
        for (RawPolygon p : result) kept += p.rings().size();
        return result;
    }

    private List<RawPolygon> keep(List<RawPolygon> polygons, boolean raw, Finding finding) {
        List<RawPolygon> result = new ArrayList<>(polygons.size());
        for (RawPolygon polygon : polygons) {
            List<double[]> rings = polygon.rings();
            int bad = firstBad(rings.get(0), raw);
            if (bad >= 0) {
                note(finding, polygon, rings.get(0), bad, rings.size());
                continue;
            }
            List<double[]> keptRings = new ArrayList<>(rings.size());
            List<String> keptIds = new ArrayList<>(rings.size());
            for (int r = 0; r < rings.size(); r++) {
                int b = r == 0 ? -1 : firstBad(rings.get(r), raw);
                if (b >= 0) {
                    note(finding, polygon, rings.get(r), b, 1);
                } else {
                    keptRings.add(rings.get(r));
                    keptIds.add(polygon.ringIds().get(r));
                }
            }
            result.add(keptRings.size() == rings.size() ? polygon
                    : new RawPolygon(polygon.gmlId(), keptRings, keptIds, polygon.parentId()));
        }
        return result;
    }

    /** Index of the first vertex that fails, or -1. */
    private int firstBad(double[] ring, boolean raw) {
        for (int i = 0; i + 2 < ring.length; i += 3) {
            double x = ring[i];
            double y = ring[i + 1];
            double z = ring[i + 2];
            boolean ok = raw ? isPosition(x, y) && Double.isFinite(z) && Math.abs(z) <= MAX_HEIGHT
                    : Math.abs(x) <= MAX_PLACED && Math.abs(y) <= MAX_PLACED && Double.isFinite(z); // false for NaN
            if (!ok) return i;
        }
        return -1;
    }

    private boolean isPosition(double x, double y) {
        if (crs == null || crs.isLocal()) {
            return Double.isFinite(x) && Double.isFinite(y) && Math.abs(x) < MAX_LOCAL && Math.abs(y) < MAX_LOCAL;
        }
        return crs.accepts(x, y);
    }

    private static void note(Finding finding, RawPolygon polygon, double[] ring, int vertex, int rings) {
        if (finding.rings == 0) {
            finding.polygonId = polygon.gmlId();
            finding.point = new double[] {ring[vertex], ring[vertex + 1], ring[vertex + 2]};
        }
        finding.rings += rings;
    }

    /** The issues for the rings of {@code raw} left out; {@code origin} words the scene's origin. */
    List<LoadIssue> issues(RawFeature raw, FileContext context, String origin) {
        List<LoadIssue> issues = new ArrayList<>(2);
        boolean nothingLeft = kept == 0 && total > 0;
        long rest = nothingLeft ? 1 : 0;
        if (invalid.rings > 0) {
            issues.add(new LoadIssue(nothingLeft ? Severity.ERROR : Severity.WARNING, IssueCategory.INVALID_COORDINATE,
                    context.file(), raw.line(), 0, raw.id(), IssueMessage.of("issues.ring.invalid", invalid.rings,
                    String.valueOf(invalid.rings), what(raw), polygon(invalid), coordinate(invalid.point), expectation(), rest)));
        }
        if (unplaced.rings > 0) {
            IssueMessage why = origin == null ? IssueMessage.of("issues.ring.no-anchor")
                    : IssueMessage.of("issues.ring.off-frame", origin,
                            crs == null || crs.isLocal() ? IssueMessage.of("issues.ring.its-crs") : AxisOrderNotes.label(crs));
            issues.add(new LoadIssue(nothingLeft ? Severity.ERROR : Severity.WARNING, IssueCategory.INVALID_COORDINATE,
                    context.file(), raw.line(), 0, raw.id(), IssueMessage.of("issues.ring.unplaced", unplaced.rings,
                    String.valueOf(unplaced.rings), what(raw), polygon(unplaced), why, rest)));
        }
        return issues;
    }

    private IssueMessage expectation() {
        if (crs == null || crs.isLocal()) return IssueMessage.of("issues.ring.expect.local");
        IssueMessage crsName = AxisOrderNotes.label(crs);
        if (crs.isGeographic()) {
            return IssueMessage.of("issues.ring.expect.geographic", crsName, IssueMessage.of("issues.crs.axis." + crs.firstAxis()));
        }
        return IssueMessage.of("issues.ring.expect.projected", crsName);
    }

    private static IssueMessage what(RawFeature raw) {
        return raw.id() != null ? IssueMessage.of("issues.ring.what", raw.type(), raw.id(), String.valueOf(raw.line()))
                : IssueMessage.of("issues.ring.what-no-id", raw.type(), String.valueOf(raw.line()));
    }

    private static IssueMessage polygon(Finding f) {
        return f.polygonId != null ? IssueMessage.of("issues.ring.polygon", f.polygonId) : IssueMessage.of("issues.ring.polygon-no-id");
    }

    private static String coordinate(double[] p) {
        return AxisOrderNotes.number(p[0]) + " " + AxisOrderNotes.number(p[1]) + " " + AxisOrderNotes.number(p[2]);
    }
}
