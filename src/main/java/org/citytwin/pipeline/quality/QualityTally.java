package org.citytwin.pipeline.quality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.tessellate.TessellationProblems;

/**
 * Collects the geometry defects of one city object, polygon by polygon and ring by ring, and turns them
 * into at most one issue per category, with the number of defective rings as its count. Also receives
 * the tessellator's reports, so a ring the checks already called invalid or self-intersecting is not
 * counted again when the tessellator drops it or needs its fallback. One instance per object (one thread).
 */
public final class QualityTally implements TessellationProblems {

    private final Map<IssueCategory, Entry> entries = new EnumMap<>(IssueCategory.class);
    private String polygonId;
    private int ring;
    /** Rings of the current polygon (first 64) already counted as invalid. */
    private long invalidRings;
    private boolean selfIntersecting;

    private static final class Entry {
        Severity severity = Severity.INFO;
        int count;
        String polygonId;
        String detail;
        double worst = -1;
    }

    /** Starts a polygon; {@code id} is its gml:id or null. */
    public void beginPolygon(String id) {
        polygonId = id;
        ring = 0;
        invalidRings = 0;
        selfIntersecting = false;
    }

    /** Starts ring {@code index} (0 = exterior) of the current polygon. */
    public void beginRing(int index) {
        ring = index;
    }

    /**
     * Counts one defective ring. {@code value} ranks findings of one category: the message quotes the
     * worst (e.g. the largest distance from the plane), ties keep the first.
     */
    public void add(IssueCategory category, String detail, double value) {
        add(category, Severity.WARNING, detail, value);
    }

    private void add(IssueCategory category, Severity severity, String detail, double value) {
        if (category == IssueCategory.INVALID_RING && ring < 64) invalidRings |= 1L << ring;
        if (category == IssueCategory.SELF_INTERSECTING_RING) selfIntersecting = true;
        Entry e = entries.computeIfAbsent(category, c -> new Entry());
        e.count++;
        if (severity.compareTo(e.severity) < 0) e.severity = severity; // enum order: ERROR, WARNING, INFO
        if (value > e.worst) {
            e.worst = value;
            e.polygonId = polygonId;
            e.detail = detail;
        }
    }

    @Override
    public void degenerateRing(int ringIndex, String reason) {
        if (ringIndex < 64 && (invalidRings & (1L << ringIndex)) != 0) return;
        int saved = ring;
        ring = ringIndex;
        add(IssueCategory.INVALID_RING, Severity.WARNING, "dropped, " + reason, 0);
        ring = saved;
    }

    @Override
    public void fallbackUsed(String reason) {
        if (selfIntersecting) return;
        add(IssueCategory.SELF_INTERSECTING_RING, Severity.INFO,
                "needed the robust (JTS) triangulation: " + reason, 0);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Occurrences counted for a category (0 when none). */
    public int count(IssueCategory category) {
        Entry e = entries.get(category);
        return e == null ? 0 : e.count;
    }

    /** One issue per category found, in category order. */
    public List<LoadIssue> issues(String file, int line, String gmlId) {
        List<LoadIssue> issues = new ArrayList<>(entries.size());
        entries.forEach((category, e) -> issues.add(new LoadIssue(e.severity, category, file, line, 0, gmlId,
                e.count + " " + noun(category) + ", " + (e.worst > 0 ? "worst" : "first") + " in polygon "
                        + (e.polygonId == null ? "(no gml:id)" : e.polygonId) + ": " + e.detail, e.count)));
        return issues;
    }

    private static String noun(IssueCategory category) {
        return switch (category) {
            case INVALID_RING -> "invalid ring(s)";
            case DUPLICATE_POINTS -> "ring(s) with duplicate consecutive points";
            case NON_PLANAR_RING -> "non-planar ring(s)";
            case SELF_INTERSECTING_RING -> "self-intersecting ring(s)";
            default -> "problem(s)";
        };
    }
}
