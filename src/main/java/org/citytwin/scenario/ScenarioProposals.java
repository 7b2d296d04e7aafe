package org.citytwin.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;

/**
 * The buildings a scenario proposes: the ones it placed or sketched and the ones whose height it changed. A 日影
 * study casts with these alone: the regulation judges the new building's own shadow, not the city's.
 */
public final class ScenarioProposals {

    private ScenarioProposals() {
    }

    /** Of the scenario's {@code objects}, the proposed buildings (empty for base or a scenario that only demolishes). */
    public static List<CityObject> of(List<CityObject> objects, Scenario scenario) {
        Set<String> ids = new HashSet<>();
        for (Edit e : scenario.edits()) {
            if (e instanceof Edit.PlaceModel || e instanceof Edit.Sketch || e instanceof Edit.ChangeHeight) ids.add(e.target());
        }
        for (Edit e : scenario.edits()) if (e instanceof Edit.Demolish) ids.remove(e.target());
        return objects.stream().filter(o -> o.kind() == FeatureKind.BUILDING && ids.contains(o.id())).toList();
    }
}
