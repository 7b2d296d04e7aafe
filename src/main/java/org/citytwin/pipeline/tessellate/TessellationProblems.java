package org.citytwin.pipeline.tessellate;

import org.citytwin.model.IssueMessage;

/**
 * Receives what {@link PolygonTessellator} had to drop or work around, so that the loader can turn it
 * into warnings naming the polygon's gml:id. Called on the tessellating worker thread.
 */
public interface TessellationProblems {

    /** Discards every report; for callers that do not care (tests, previews). */
    TessellationProblems IGNORE = new TessellationProblems() {
        @Override
        public void degenerateRing(int ringIndex, IssueMessage reason) {
        }

        @Override
        public void fallbackUsed(IssueMessage reason) {
        }
    };

    /**
     * A ring was dropped (fewer than 3 distinct points, zero area, non-finite coordinates). Ring 0 is the
     * exterior: dropping it means the polygon yields no triangles. Also used, with ring 0, when even the
     * JTS fallback could not triangulate the polygon.
     */
    void degenerateRing(int ringIndex, IssueMessage reason);

    /** Earcut failed or produced an invalid triangulation; the slower JTS path was used instead. */
    void fallbackUsed(IssueMessage reason);
}
