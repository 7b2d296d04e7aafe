package org.citytwin.flow.read;

import org.citytwin.text.Texts;

/**
 * What a user tells the readers that the file does not say: frame rate and units of lab trajectories, their
 * placement in the scene, the instant frame 0 stands for, and a CRS for files that name none. Null fields mean
 * "from the file, else the default". Immutable; use the withers.
 *
 * @param fps              frames per second of frame-numbered data (default: the file's header, else 25)
 * @param units            length unit of lab coordinates (default: the file's header, else metres)
 * @param placement        lab frame -> local frame (default: identity)
 * @param startMillis      epoch ms of frame 0 / time 0 of lab data
 * @param crs              CRS for files that name none (default: MF-JSON CRS84; others local metres)
 * @param zIsElevation     trajectory text: the z column is an elevation (true) or, as in the Jülich/PeTrack
 *                         files, the height of the person (false, default: agents stand at the placement's z)
 */
public record FlowReadOptions(Double fps, LengthUnit units, LabPlacement placement, long startMillis, String crs,
                              boolean zIsElevation) {

    public static final FlowReadOptions DEFAULTS = new FlowReadOptions(null, null, null, 0, null, false);

    public FlowReadOptions {
        if (fps != null && !(fps > 0)) throw new IllegalArgumentException(Texts.get("flowread.options.fps", String.valueOf(fps)));
    }

    public FlowReadOptions withFps(Double value) {
        return new FlowReadOptions(value, units, placement, startMillis, crs, zIsElevation);
    }

    public FlowReadOptions withUnits(LengthUnit value) {
        return new FlowReadOptions(fps, value, placement, startMillis, crs, zIsElevation);
    }

    public FlowReadOptions withPlacement(LabPlacement value) {
        return new FlowReadOptions(fps, units, value, startMillis, crs, zIsElevation);
    }

    public FlowReadOptions withStartMillis(long value) {
        return new FlowReadOptions(fps, units, placement, value, crs, zIsElevation);
    }

    public FlowReadOptions withCrs(String value) {
        return new FlowReadOptions(fps, units, placement, startMillis, value, zIsElevation);
    }

    public FlowReadOptions withZIsElevation(boolean value) {
        return new FlowReadOptions(fps, units, placement, startMillis, crs, value);
    }

    LabPlacement placementOrIdentity() {
        return placement == null ? LabPlacement.IDENTITY : placement;
    }
}
