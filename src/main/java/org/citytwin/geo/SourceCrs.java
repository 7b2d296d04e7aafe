package org.citytwin.geo;

import java.util.Objects;
import org.apache.sis.referencing.operation.transform.MathTransforms;
import org.opengis.referencing.crs.GeographicCRS;
import org.opengis.referencing.crs.SingleCRS;
import org.opengis.referencing.cs.AxisDirection;
import org.opengis.referencing.operation.MathTransform;

/**
 * The CRS a file's coordinates are written in, as resolved by {@link CrsResolver}. Only the horizontal
 * part matters here: heights are passed through as the data gives them. Immutable.
 */
public final class SourceCrs {
    /** Projected values beyond this are no position on Earth in any CRS (UTM with a zone prefix stays below 7e7). */
    private static final double MAX_PROJECTED = 1e8;

    private final String srsName;
    private final String code;
    private final SingleCRS horizontal;
    private final GeographicCRS frameBase;
    private final MathTransform toFrameBase;
    private final boolean swapped;
    private final AreaOfUse area;
    /** Cached: {@link #accepts} runs for every vertex of a file. */
    private final String firstAxis;

    SourceCrs(String srsName, String code, SingleCRS horizontal, GeographicCRS frameBase, MathTransform toFrameBase,
              boolean swapped, AreaOfUse area) {
        this.srsName = srsName;
        this.code = code;
        this.horizontal = horizontal;
        this.frameBase = frameBase;
        this.toFrameBase = toFrameBase;
        this.swapped = swapped;
        this.area = area;
        this.firstAxis = axisName(horizontal, swapped);
    }

    /** Numbers are used as local metres (no srsName, #local-CRS, engineering names). */
    public static SourceCrs local(String srsName) {
        return new SourceCrs(srsName, null, null, null, null, false, null);
    }

    /** As written in the file (may be null). */
    public String srsName() {
        return srsName;
    }

    /** Normalised code of the (horizontal) CRS, e.g. "EPSG:6697"; null when local. */
    public String code() {
        return code;
    }

    public boolean isLocal() {
        return horizontal == null;
    }

    /** The horizontal part is latitude/longitude (in the EPSG axis order, usually latitude first). */
    public boolean isGeographic() {
        return horizontal instanceof GeographicCRS;
    }

    /**
     * True when the file's two horizontal values are read in the opposite order of the EPSG definition:
     * AdV CRSs (easting first by definition) and files found written the other way round.
     */
    public boolean isSwapped() {
        return swapped;
    }

    /** Where the CRS is meant to be used (EPSG's area of use); null when local or unknown. */
    public AreaOfUse areaOfUse() {
        return area;
    }

    /** The same CRS with the two horizontal values read the other way round. Throws for a local CRS. */
    public SourceCrs withSwappedAxes() {
        if (isLocal()) throw new IllegalStateException("a local CRS has no axis order");
        MathTransform swap = MathTransforms.linear(new org.apache.sis.referencing.operation.matrix.Matrix3(
                0, 1, 0,
                1, 0, 0,
                0, 0, 1));
        return new SourceCrs(srsName, code, horizontal, frameBase, MathTransforms.concatenate(swap, toFrameBase),
                !swapped, area);
    }

    /** What the file's first horizontal value means here: "latitude", "longitude", "easting", "northing". */
    public String firstAxis() {
        return firstAxis;
    }

    private static String axisName(SingleCRS horizontal, boolean swapped) {
        if (horizontal == null) return "x";
        AxisDirection d = horizontal.getCoordinateSystem().getAxis(swapped ? 1 : 0).getDirection();
        boolean northSouth = d == AxisDirection.NORTH || d == AxisDirection.SOUTH;
        if (horizontal instanceof GeographicCRS) return northSouth ? "latitude" : "longitude";
        return northSouth ? "northing" : "easting";
    }

    /**
     * Whether (a, b), in the file's axis order, can be a position at all: finite numbers, and for a
     * geographic CRS a latitude within ±90° and a longitude within ±360°. Says nothing about the area of use.
     */
    public boolean accepts(double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) return false;
        if (isGeographic()) {
            boolean latFirst = "latitude".equals(firstAxis);
            double lat = latFirst ? a : b;
            double lon = latFirst ? b : a;
            return Math.abs(lat) <= 90 && Math.abs(lon) <= 360;
        }
        return Math.abs(a) < MAX_PROJECTED && Math.abs(b) < MAX_PROJECTED;
    }

    /** Horizontal component in the EPSG axis order; null when local. */
    SingleCRS horizontal() {
        return horizontal;
    }

    /**
     * Longitude-first geographic CRS in which the frame origin is read for this source: the source's
     * own datum when it sits on GRS80/WGS84 (JGD2011, ETRS89, NAD83... no datum shift, metre-level
     * differences do not matter for a viewer), else WGS84 (Bessel/Clarke datums get a real datum shift).
     */
    GeographicCRS frameBase() {
        return frameBase;
    }

    /** 2D: horizontal (file axis order) -> {@link #frameBase()} (longitude, latitude in degrees). */
    MathTransform toFrameBase() {
        return toFrameBase;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceCrs s && Objects.equals(code, s.code) && swapped == s.swapped
                && (code != null || Objects.equals(srsName, s.srsName));
    }

    @Override
    public int hashCode() {
        return (code != null ? code.hashCode() : Objects.hashCode(srsName)) * 31 + (swapped ? 1 : 0);
    }

    @Override
    public String toString() {
        return isLocal() ? "SourceCrs[local " + srsName + "]"
                : "SourceCrs[" + code + (swapped ? " swapped" : "") + " from " + srsName + "]";
    }
}
