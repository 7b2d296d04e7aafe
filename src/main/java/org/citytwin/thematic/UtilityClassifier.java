package org.citytwin.thematic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citytwin.model.CityObject;
import org.citytwin.model.DepthSource;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LodChoice;
import org.citytwin.model.UtilityInfo;
import org.citytwin.model.UtilityType;
import org.citytwin.text.Texts;

/**
 * Colour classes of buried utilities, by what they carry (one colour per {@link UtilityType}) or by cover-depth
 * band, plus how each object is drawn: solid when its depth is stated, paler when it is estimated, see-through
 * when the shown geometry is the LOD1 "may be here" envelope.
 */
public final class UtilityClassifier {

    public enum Mode { TYPE, DEPTH_BAND }

    public enum Look { SOLID, ESTIMATED, ENVELOPE }

    /** Upper limits of the cover-depth bands in metres; the last band is everything deeper. */
    static final double[] BAND_LIMITS = {0.6, 1.2, 2.0, 3.0};
    private static final int[] BAND_COLOURS = {0xFDE725, 0x5EC962, 0x21918C, 0x3B528B, 0x440154};
    static final int UNKNOWN_DEPTH = 0xB4B4B4;

    /**
     * @param classification the class of every utility object and the legend
     * @param lookOfObject   how each classified object is drawn
     */
    public record Result(Classification classification, Map<String, Look> lookOfObject) {
    }

    private UtilityClassifier() {
    }

    /**
     * Classes every object of kind UTILITY. {@code shown} is the LOD chosen for utilities: at LOD1 (or when LOD1 is
     * an object's highest) the drawn solids are envelopes.
     */
    public static Result classify(Collection<CityObject> objects, Mode mode, LodChoice shown) {
        Map<String, Integer> classOf = new HashMap<>();
        Map<String, Look> looks = new HashMap<>();
        int classes = mode == Mode.TYPE ? UtilityType.values().length : BAND_LIMITS.length + 2;
        int[] counts = new int[classes];
        boolean estimated = false, envelopes = false;
        for (CityObject o : objects) {
            if (o.kind() != FeatureKind.UTILITY) continue;
            UtilityInfo u = o.utility();
            int c = mode == Mode.TYPE ? typeClass(u) : bandClass(u);
            classOf.put(o.id(), c);
            counts[c]++;
            Look look = lookOf(o, shown);
            looks.put(o.id(), look);
            estimated |= look == Look.ESTIMATED;
            envelopes |= look == Look.ENVELOPE;
        }
        List<LegendEntry> legend = new ArrayList<>();
        if (mode == Mode.TYPE) {
            for (UtilityType t : UtilityType.values()) legend.add(new LegendEntry(t.rgb(), t.displayName(), counts[t.ordinal()]));
        } else {
            for (int b = 0; b <= BAND_LIMITS.length; b++) legend.add(new LegendEntry(BAND_COLOURS[b], bandLabel(b), counts[b]));
            legend.add(new LegendEntry(UNKNOWN_DEPTH, Texts.get("thematic.utility.depth-unknown"), counts[classes - 1]));
        }
        String title = Texts.get("thematic.utility.title", mode == Mode.TYPE ? 0 : 1)
                + (estimated ? Texts.get("thematic.utility.estimated") : "")
                + (envelopes ? Texts.get("thematic.utility.envelopes") : "");
        return new Result(new Classification(title, classOf, legend), looks);
    }

    /** Cover-depth band of a depth in metres (0 = shallowest), or -1 when unknown. */
    public static int band(double coverDepthM) {
        if (!Double.isFinite(coverDepthM)) return -1;
        for (int b = 0; b < BAND_LIMITS.length; b++) if (coverDepthM < BAND_LIMITS[b]) return b;
        return BAND_LIMITS.length;
    }

    static Look lookOf(CityObject o, LodChoice shown) {
        int lod = shown.isHighest() ? o.highestMeshLod() : shown.lod();
        if (lod == 1) return Look.ENVELOPE;
        UtilityInfo u = o.utility();
        return u != null && u.depthSource() == DepthSource.ESTIMATED ? Look.ESTIMATED : Look.SOLID;
    }

    private static int typeClass(UtilityInfo u) {
        return (u == null || u.type() == null ? UtilityType.OTHER : u.type()).ordinal();
    }

    private static int bandClass(UtilityInfo u) {
        int b = u == null ? -1 : band(u.coverDepthM());
        return b < 0 ? BAND_LIMITS.length + 1 : b;
    }

    private static String bandLabel(int b) {
        if (b == 0) return Texts.get("thematic.utility.cover-below", metres(BAND_LIMITS[0]));
        if (b == BAND_LIMITS.length) return Texts.get("thematic.utility.cover-above", metres(BAND_LIMITS[b - 1]));
        return Texts.get("thematic.utility.cover-between", metres(BAND_LIMITS[b - 1]), metres(BAND_LIMITS[b]));
    }

    private static String metres(double m) {
        return (m == Math.rint(m) ? String.valueOf((int) m) : String.valueOf(m)) + " m";
    }
}
