package org.citytwin.geo;

/** Source CRS coordinates to the local frame, in batch and in place (files hold millions of points). */
public interface CoordinateTransform {

    /**
     * In place: {@code count} points stored as xyz triples starting at {@code offset} (an index into the
     * array), in the FILE's axis order (e.g. lat,lon,h for EPSG:6697) -> local x east, y north, z up in
     * metres. z is passed through unchanged (heights stay as the data gives them). A point that cannot
     * be projected gets NaN x and y, so the caller can drop it rather than abort the file.
     */
    void toLocal(double[] xyz, int offset, int count);

    /** Whole array of xyz triples. */
    default void toLocal(double[] xyz) {
        toLocal(xyz, 0, xyz.length / 3);
    }

    /** True when {@link #toLocal} changes nothing (local CRS), so callers may skip the call. */
    default boolean isIdentity() {
        return false;
    }

    /** The transform of a local CRS: numbers are already local metres. */
    CoordinateTransform IDENTITY = new CoordinateTransform() {
        @Override
        public void toLocal(double[] xyz, int offset, int count) {
        }

        @Override
        public boolean isIdentity() {
            return true;
        }

        @Override
        public String toString() {
            return "CoordinateTransform.IDENTITY";
        }
    };
}
