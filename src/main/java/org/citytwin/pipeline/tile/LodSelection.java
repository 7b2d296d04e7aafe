package org.citytwin.pipeline.tile;

import java.util.EnumMap;
import java.util.Map;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LodChoice;

/** The LOD chosen per feature kind; kinds without a choice show their highest LOD. Immutable. */
public final class LodSelection {

    public static final LodSelection HIGHEST = new LodSelection(Map.of(), LodChoice.HIGHEST);

    private final Map<FeatureKind, LodChoice> byKind;
    private final LodChoice fallback;

    private LodSelection(Map<FeatureKind, LodChoice> byKind, LodChoice fallback) {
        this.byKind = byKind.isEmpty() ? Map.of() : new EnumMap<>(byKind);
        this.fallback = fallback;
    }

    /** The same LOD for every kind (snapshot --lod N). */
    public static LodSelection all(LodChoice choice) {
        return new LodSelection(Map.of(), choice);
    }

    /** A copy with another choice for one kind. */
    public LodSelection with(FeatureKind kind, LodChoice choice) {
        Map<FeatureKind, LodChoice> copy = new EnumMap<>(FeatureKind.class);
        copy.putAll(byKind);
        copy.put(kind, choice);
        return new LodSelection(copy, fallback);
    }

    public LodChoice of(FeatureKind kind) {
        return byKind.getOrDefault(kind, fallback);
    }
}
