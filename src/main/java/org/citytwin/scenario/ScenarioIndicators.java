package org.citytwin.scenario;

import java.util.List;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;

/**
 * The figures officials compare between scenarios: how many buildings, their total footprint, an estimate of
 * gross floor area (footprint × storeys, or × height / 3 m where storeys are not stated) and the tallest height.
 */
public record ScenarioIndicators(int buildings, double footprint, double grossFloorArea, double maxHeight) {

    public static ScenarioIndicators of(List<CityObject> objects) {
        int n = 0;
        double footprint = 0, floor = 0, max = 0;
        for (CityObject o : objects) {
            if (o.kind() != FeatureKind.BUILDING) continue;
            ObjectSizes s = ObjectSizes.of(o, Footprint.of(o.displayMesh()));
            n++;
            footprint += s.footprint();
            floor += s.grossFloorArea();
            max = Math.max(max, s.height());
        }
        return new ScenarioIndicators(n, footprint, floor, max);
    }
}
