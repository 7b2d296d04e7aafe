package org.citytwin.ui.compare;

import java.util.List;
import org.citytwin.model.CityObject;

/**
 * Shows one side of a comparison in the main view: the objects replace what the city layers draw. Scenario switching
 * can implement this too; {@link MergedSideShower} is the plain default.
 */
@FunctionalInterface
public interface SideShower {

    /** FX thread. Replaces the drawn objects; {@code then} runs on the FX thread once the new meshes are in the scene. */
    void show(List<CityObject> objects, Runnable then);
}
