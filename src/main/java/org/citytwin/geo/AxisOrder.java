package org.citytwin.geo;

/**
 * Decides, from one position of a file, in which order its two horizontal values are to be read. Files
 * in the wild write latitude-first CRSs longitude first (and the reverse); the declared order wins
 * unless the data says otherwise:
 * <ul>
 * <li>the declared order gives no position (a latitude beyond ±90°) but the swapped order does: swap;</li>
 * <li>both give a position, but only the swapped one lies in the CRS's area of use: swap;</li>
 * <li>otherwise keep the declared order.</li>
 * </ul>
 * One JTS-style call: {@link #choose(SourceCrs, double, double)}.
 */
public final class AxisOrder {

    /** Why the order was chosen. */
    public enum Reason {
        /** As declared: the position fits. */
        DECLARED,
        /** Swapped: as written the values are no position on Earth. */
        SWAPPED_NO_POSITION,
        /** Swapped: as written the position lies outside the area of use, swapped inside. */
        SWAPPED_OUTSIDE_AREA,
        /** Neither order gives a position: try another point. */
        NO_POSITION
    }

    /**
     * The outcome: the CRS to read the file in (perhaps {@link SourceCrs#withSwappedAxes() swapped}), the
     * point's {latitude, longitude} in it (null for {@link Reason#NO_POSITION}), and whether it lies in the area of use.
     */
    public record Choice(SourceCrs crs, Reason reason, double[] latLon, boolean insideArea) {
        public boolean swapped() {
            return reason == Reason.SWAPPED_NO_POSITION || reason == Reason.SWAPPED_OUTSIDE_AREA;
        }
    }

    private AxisOrder() {
    }

    /** {@code a, b}: a point as written in the file. A local CRS is always read as declared. */
    public static Choice choose(SourceCrs declared, double a, double b) {
        if (declared.isLocal()) {
            boolean ok = Double.isFinite(a) && Double.isFinite(b);
            return new Choice(declared, ok ? Reason.DECLARED : Reason.NO_POSITION, null, true);
        }
        double[] asWritten = position(declared, a, b);
        SourceCrs other = declared.withSwappedAxes();
        double[] swapped = position(other, a, b);
        if (asWritten == null) {
            return swapped == null ? new Choice(declared, Reason.NO_POSITION, null, false)
                    : new Choice(other, Reason.SWAPPED_NO_POSITION, swapped, inside(other, swapped));
        }
        boolean in = inside(declared, asWritten);
        if (!in && swapped != null && inside(other, swapped)) {
            return new Choice(other, Reason.SWAPPED_OUTSIDE_AREA, swapped, true);
        }
        return new Choice(declared, Reason.DECLARED, asWritten, in);
    }

    /** {latitude, longitude} of (a, b) in the CRS, or null when it is no position on Earth. */
    static double[] position(SourceCrs crs, double a, double b) {
        if (!crs.accepts(a, b)) return null;
        double[] latLon;
        try {
            latLon = LocalProjection.latLonOf(crs, a, b);
        } catch (UnknownCrsException e) {
            return null;
        }
        return Double.isFinite(latLon[0]) && Double.isFinite(latLon[1]) && Math.abs(latLon[0]) <= 90
                && Math.abs(latLon[1]) <= 180 ? latLon : null;
    }

    private static boolean inside(SourceCrs crs, double[] latLon) {
        return crs.areaOfUse() == null || crs.areaOfUse().contains(latLon[0], latLon[1]);
    }
}
