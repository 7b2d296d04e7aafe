package org.citytwin.underground;

import java.util.Locale;
import org.citytwin.model.CityObject;
import org.citytwin.model.DepthSource;
import org.citytwin.model.UtilityInfo;

/**
 * The cursor read-out for a utility: elevation of the pointed spot and cover depth there (ground elevation minus
 * the pointed top), flagged when the depth is estimated. The ground is the scene's {@link GroundModel} at the spot
 * (the one drawn and dug), else the ground the utility itself states. Empty for objects that are not utilities.
 */
public final class UtilityReadout {

    private UtilityReadout() {
    }

    /** Cover depth at a pointed spot of elevation {@code z}: ground minus z, else the stated cover depth, else NaN. */
    public static double coverDepthAt(UtilityInfo info, double z) {
        if (info == null) return Double.NaN;
        if (!Double.isNaN(info.groundElevation())) return info.groundElevation() - z;
        return info.coverDepthM();
    }

    /** E.g. "elevation 2.45 m · cover 1.30 m (estimated)"; "" when the object is not a utility. */
    public static String format(CityObject object, double z) {
        return format(object, z, null);
    }

    /**
     * The read-out with the cover depth measured from {@code ground} (the scene's ground at the pointed spot; null:
     * the ground the utility states).
     */
    public static String format(CityObject object, double z, GroundModel.Ground ground) {
        if (object == null || !ClearanceCheck.isUtility(object)) return "";
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "elevation %.2f m", z));
        UtilityInfo info = object.utility();
        double cover = ground != null && info != null ? ground.z() - z : coverDepthAt(info, z);
        if (!Double.isNaN(cover)) {
            s.append(String.format(Locale.ROOT, " · cover %.2f m", cover));
            if (info.depthSource() == DepthSource.ESTIMATED) s.append(" (estimated)");
            else if (info.depthSource() == DepthSource.UNKNOWN) s.append(" (depth unknown)");
        } else {
            s.append(" · cover depth unknown");
        }
        return s.toString();
    }
}
