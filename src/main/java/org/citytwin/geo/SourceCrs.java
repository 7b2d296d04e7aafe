package org.citytwin.geo;

import java.util.Objects;
import org.opengis.referencing.crs.GeographicCRS;
import org.opengis.referencing.crs.SingleCRS;
import org.opengis.referencing.operation.MathTransform;

/**
 * The CRS a file's coordinates are written in, as resolved by {@link CrsResolver}. Only the horizontal
 * part matters here: heights are passed through as the data gives them. Immutable.
 */
public final class SourceCrs {
    private final String srsName;
    private final String code;
    private final SingleCRS horizontal;
    private final GeographicCRS frameBase;
    private final MathTransform toFrameBase;

    SourceCrs(String srsName, String code, SingleCRS horizontal, GeographicCRS frameBase, MathTransform toFrameBase) {
        this.srsName = srsName;
        this.code = code;
        this.horizontal = horizontal;
        this.frameBase = frameBase;
        this.toFrameBase = toFrameBase;
    }

    /** Numbers are used as local metres (no srsName, #local-CRS, engineering names). */
    public static SourceCrs local(String srsName) {
        return new SourceCrs(srsName, null, null, null, null);
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

    /** Horizontal component in the file's axis order; null when local. */
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
        return o instanceof SourceCrs s && Objects.equals(code, s.code)
                && (code != null || Objects.equals(srsName, s.srsName));
    }

    @Override
    public int hashCode() {
        return code != null ? code.hashCode() : Objects.hashCode(srsName);
    }

    @Override
    public String toString() {
        return isLocal() ? "SourceCrs[local " + srsName + "]" : "SourceCrs[" + code + " from " + srsName + "]";
    }
}
