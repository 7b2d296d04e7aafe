package org.citytwin.ui.search;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.citytwin.model.CityObject;

/** Which objects are drawn (no JavaFX): everything except hidden ids, or only the isolated ids when isolating. */
public final class ShownObjects implements Predicate<CityObject> {
    private final Set<String> hidden = new HashSet<>();
    private Set<String> isolated; // null: not isolating

    @Override
    public boolean test(CityObject o) {
        return !hidden.contains(o.id()) && (isolated == null || isolated.contains(o.id()));
    }

    /** A snapshot of the current rule, safe to use on a worker while this one changes. */
    public Predicate<CityObject> snapshot() {
        Set<String> h = Set.copyOf(hidden);
        Set<String> iso = isolated == null ? null : Set.copyOf(isolated);
        return o -> !h.contains(o.id()) && (iso == null || iso.contains(o.id()));
    }

    public void hide(Collection<CityObject> objects) {
        objects.forEach(o -> hidden.add(o.id()));
    }

    /** Shows only these (hidden ones among them become visible again). */
    public void isolate(Collection<CityObject> objects) {
        isolated = new HashSet<>();
        objects.forEach(o -> isolated.add(o.id()));
        hidden.removeAll(isolated);
    }

    public void showAll() {
        hidden.clear();
        isolated = null;
    }

    public boolean isFiltering() {
        return !hidden.isEmpty() || isolated != null;
    }
}
