package org.citytwin.flow.read;

import org.citytwin.geo.CoordinateTransform;
import org.citytwin.geo.SourceCrs;
import org.citytwin.geo.UnknownCrsException;
import org.citytwin.model.IssueMessage;

/**
 * Raw positions of one CRS into the local frame, in batches: each is checked ({@link PositionCheck}), the frame is
 * anchored at the first valid one when not yet anchored, the valid ones are projected, and any that cannot be
 * projected are refused too. Refused positions are left as they were and named with their reason.
 */
final class PositionPlacer {
    private final SourceCrs crs;
    private final String crsName;
    private final FrameAnchor anchor;
    private final PositionCheck check;

    /** @param crs null (or a local CRS) for lab and local metres: checked only, never projected */
    PositionPlacer(SourceCrs crs, String crsName, FrameAnchor anchor) {
        this.crs = crs;
        this.crsName = crsName;
        this.anchor = anchor;
        this.check = new PositionCheck(crs, crsName);
    }

    /**
     * Places {@code count} xyz triples of {@code xyz} in place.
     *
     * @return for each position why it was refused, or null where it was placed
     */
    IssueMessage[] place(double[] xyz, int count) throws UnknownCrsException {
        IssueMessage[] why = new IssueMessage[count];
        int valid = 0;
        for (int i = 0; i < count; i++) {
            why[i] = check.problem(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]);
            if (why[i] == null) valid++;
        }
        if (crs == null || crs.isLocal() || valid == 0) return why;
        for (int i = 0; i < count && anchor.frame() == null; i++) {
            if (why[i] != null) continue;
            if (!anchor.tryAnchor(crs, xyz[3 * i], xyz[3 * i + 1])) {
                why[i] = IssueMessage.of("flowread.position.nowhere", PositionCheck.at(xyz[3 * i], xyz[3 * i + 1]), crsName);
                valid--;
            }
        }
        if (valid == 0) return why;
        // only valid positions go to the projection, so one bad number cannot spoil the batch
        double[] buf = new double[3 * valid];
        int[] at = new int[valid];
        for (int i = 0, k = 0; i < count; i++) {
            if (why[i] != null) continue;
            System.arraycopy(xyz, 3 * i, buf, 3 * k, 3);
            at[k++] = i;
        }
        CoordinateTransform tr = anchor.transformFor(crs, buf[0], buf[1]);
        tr.toLocal(buf, 0, valid);
        for (int k = 0; k < valid; k++) {
            int i = at[k];
            if (!Double.isFinite(buf[3 * k]) || !Double.isFinite(buf[3 * k + 1])) {
                why[i] = IssueMessage.of("flowread.position.outsideArea", PositionCheck.at(xyz[3 * i], xyz[3 * i + 1]), crsName);
            } else {
                System.arraycopy(buf, 3 * k, xyz, 3 * i, 3);
            }
        }
        return why;
    }
}
