package org.citytwin.ui.compare;

import org.citytwin.text.Texts;

import org.citytwin.model.CityObject;
import org.citytwin.scenario.ObjectChange;
import org.citytwin.scenario.ObjectSizes;

/**
 * One row of the change table: what changed for one object, with B minus A of each size (NaN when neither side
 * states it) and the object to fly to (B's, or A's ghost when removed).
 */
public record ChangeRow(ObjectChange.Kind kind, String id, String type, String matchedBy, double heightDelta,
                        double footprintDelta, double volumeDelta, double storeysDelta, int attributeCount,
                        String attributes, CityObject target) {

    static ChangeRow of(ObjectChange c, CityObject target) {
        String names = String.join(", ", c.attributes().stream().limit(3).map(ObjectChange.AttributeDelta::name).toList());
        if (c.attributes().size() > 3) names += ", …";
        return new ChangeRow(c.kind(), c.id(), c.type(), c.matchedBy() == null ? "" : c.matchedBy(),
                c.delta(ObjectSizes::height), c.delta(ObjectSizes::footprint), c.delta(ObjectSizes::volume),
                c.delta(ObjectSizes::storeys), c.attributes().size(), names, target);
    }

    /** The kind as the table shows it. */
    public String kindLabel() {
        return switch (kind) {
            case ADDED -> Texts.get("compare.legend.added");
            case REMOVED -> Texts.get("compare.legend.removedA");
            case CHANGED -> Texts.get("compare.legend.changed");
        };
    }
}
