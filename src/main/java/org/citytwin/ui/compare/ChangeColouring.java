package org.citytwin.ui.compare;

import org.citytwin.text.Texts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citytwin.scenario.DiffResult;
import org.citytwin.scenario.ObjectChange;
import org.citytwin.thematic.Classification;
import org.citytwin.thematic.LegendEntry;

/**
 * The "changes" thematic map of side B: added green, changed amber, unchanged grey. Removed objects are not in B;
 * they are drawn as ghosts of A and listed in the legend for the count. Colours no height or usage palette uses.
 */
public final class ChangeColouring {

    public static final int ADDED = 0x2EA043;
    public static final int CHANGED = 0xF0A020;
    public static final int UNCHANGED = 0xB8B8B8;
    public static final int REMOVED = 0xD04040;
    static final int NO_DATA = 0xB8B8B8;

    private ChangeColouring() {
    }

    /** @param idsOfB every object id of side B (the unchanged ones are those not listed as added or changed) */
    public static Classification of(DiffResult diff, List<String> idsOfB) {
        Map<String, Integer> classOf = new HashMap<>();
        for (String id : idsOfB) classOf.put(id, 2);
        for (ObjectChange c : diff.changes()) {
            if (c.kind() == ObjectChange.Kind.ADDED) classOf.put(c.idB(), 0);
            if (c.kind() == ObjectChange.Kind.CHANGED) classOf.put(c.idB(), 1);
        }
        List<LegendEntry> legend = List.of(new LegendEntry(ADDED, Texts.get("compare.legend.added"), diff.added()),
                new LegendEntry(CHANGED, Texts.get("compare.legend.changed"), diff.changed()), new LegendEntry(UNCHANGED, Texts.get("compare.legend.unchanged"), diff.unchanged()),
                new LegendEntry(REMOVED, Texts.get("compare.legend.removed"), diff.removed()), new LegendEntry(NO_DATA, Texts.get("compare.legend.other"), 0));
        return new Classification(Texts.get("compare.legend.title"), classOf, legend);
    }

    /**
     * The same map for side A (shown by "Show A" or left of the swipe divider): what B removes is red where it still
     * stands, what B changes amber, the rest grey. Legend entries and indices as {@link #of}, so one legend serves both.
     */
    public static Classification ofA(DiffResult diff, List<String> idsOfA) {
        Map<String, Integer> classOf = new HashMap<>();
        for (String id : idsOfA) classOf.put(id, 2);
        for (ObjectChange c : diff.changes()) {
            if (c.kind() == ObjectChange.Kind.REMOVED) classOf.put(c.idA(), 3);
            if (c.kind() == ObjectChange.Kind.CHANGED) classOf.put(c.idA(), 1);
        }
        List<LegendEntry> legend = List.of(new LegendEntry(ADDED, "added (in B)", diff.added()),
                new LegendEntry(CHANGED, Texts.get("compare.legend.changed"), diff.changed()), new LegendEntry(UNCHANGED, Texts.get("compare.legend.unchanged"), diff.unchanged()),
                new LegendEntry(REMOVED, Texts.get("compare.legend.removedA"), diff.removed()), new LegendEntry(NO_DATA, Texts.get("compare.legend.other"), 0));
        return new Classification(Texts.get("compare.legend.titleA"), classOf, legend);
    }
}
