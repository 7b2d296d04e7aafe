package org.citytwin.pipeline.quality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.IssueMessage;
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
        IssueMessage detail;
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
    public void add(IssueCategory category, IssueMessage detail, double value) {
        add(category, Severity.WARNING, detail, value);
    }

    /** A detail written as is (in English), for checks whose wording has no bundle key yet. */
    public void add(IssueCategory category, String detail, double value) {
        add(category, Severity.WARNING, IssueMessage.of(AS_IS, detail), value);
    }

    private static final String AS_IS = "issues.quality.as-is";

    private void add(IssueCategory category, Severity severity, IssueMessage detail, double value) {
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
    public void degenerateRing(int ringIndex, IssueMessage reason) {
        if (ringIndex < 64 && (invalidRings & (1L << ringIndex)) != 0) return;
        int saved = ring;
        ring = ringIndex;
        add(IssueCategory.INVALID_RING, Severity.WARNING, IssueMessage.of("issues.quality.dropped", reason), 0);
        ring = saved;
    }

    @Override
    public void fallbackUsed(IssueMessage reason) {
        if (selfIntersecting) return;
        add(IssueCategory.SELF_INTERSECTING_RING, Severity.INFO, IssueMessage.of("issues.quality.fallback", reason), 0);
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
                IssueMessage.of(e.polygonId == null ? "issues.quality.summary-no-id" : "issues.quality.summary", String.valueOf(e.count),
                        noun(category), e.worst > 0 ? 1 : 0, e.polygonId == null ? "" : e.polygonId, e.detail), e.count)));
        return issues;
    }

    /** 0 invalid, 1 duplicate points, 2 non-planar, 3 self-intersecting, 4 any other problem (issues.quality.summary). */
    private static int noun(IssueCategory category) {
        return switch (category) {
            case INVALID_RING -> 0;
            case DUPLICATE_POINTS -> 1;
            case NON_PLANAR_RING -> 2;
            case SELF_INTERSECTING_RING -> 3;
            default -> 4;
        };
    }
}
