package org.citytwin.ui.compare;

import java.util.List;
import org.citytwin.model.CityObject;

/** Where the compare panel gets its two sides: the open project's scenarios by name ("base" first). */
public interface ScenarioSource {

    List<String> names();

    /** The objects of the named scenario, edits applied; the caller may be off the FX thread. */
    List<CityObject> objects(String name);
}
