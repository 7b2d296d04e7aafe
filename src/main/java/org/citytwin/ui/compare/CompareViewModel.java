package org.citytwin.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citytwin.model.CityObject;
import org.citytwin.scenario.DiffResult;
import org.citytwin.scenario.ObjectChange;
import org.citytwin.scenario.ObjectDiff;
import org.citytwin.scenario.ScenarioIndicators;
import org.citytwin.thematic.Classification;

/**
 * The compare panel's state, plain Java: two sides chosen by name, their diff as table rows, the indicators side by
 * side, the changes colouring of B and the ghosts of what B removed. {@link #compare} may run off the FX thread;
 * the view publishes the result.
 */
public final class CompareViewModel {

    /** What one comparison produced; immutable, handed from the worker to the view. */
    public record Result(String a, String b, DiffResult diff, List<ChangeRow> rows, ScenarioIndicators indicatorsA,
                         ScenarioIndicators indicatorsB, Classification colouring, Classification colouringA, List<CityObject> ghosts,
                         List<CityObject> objectsA, List<CityObject> objectsB) {

        /** Rows sorted by a column; NaN deltas last. */
        public List<ChangeRow> sorted(Comparator<ChangeRow> order) {
            List<ChangeRow> out = new ArrayList<>(rows);
            out.sort(order);
            return out;
        }
    }

    private final ScenarioSource source;

    public CompareViewModel(ScenarioSource source) {
        this.source = source;
    }

    public List<String> names() {
        return source.names();
    }

    public Result compare(String a, String b) {
        List<CityObject> objectsA = source.objects(a), objectsB = source.objects(b);
        DiffResult diff = ObjectDiff.diff(objectsA, objectsB);
        Map<String, CityObject> byIdA = index(objectsA), byIdB = index(objectsB);
        List<ChangeRow> rows = new ArrayList<>();
        List<CityObject> ghosts = new ArrayList<>();
        for (ObjectChange c : diff.changes()) {
            CityObject target = c.kind() == ObjectChange.Kind.REMOVED ? byIdA.get(c.idA()) : byIdB.get(c.idB());
            if (c.kind() == ObjectChange.Kind.REMOVED && target != null) ghosts.add(target);
            rows.add(ChangeRow.of(c, target));
        }
        rows.sort(Comparator.comparing(ChangeRow::kind).thenComparing(ChangeRow::id));
        Classification colouring = ChangeColouring.of(diff, objectsB.stream().map(CityObject::id).toList());
        Classification colouringA = ChangeColouring.ofA(diff, objectsA.stream().map(CityObject::id).toList());
        return new Result(a, b, diff, List.copyOf(rows), ScenarioIndicators.of(objectsA), ScenarioIndicators.of(objectsB),
                colouring, colouringA, List.copyOf(ghosts), objectsA, objectsB);
    }

    /** Orders for the table's columns: by a delta, NaN (not stated) last in either direction. */
    public static Comparator<ChangeRow> byDelta(java.util.function.ToDoubleFunction<ChangeRow> delta, boolean descending) {
        return (x, y) -> {
            double a = delta.applyAsDouble(x), b = delta.applyAsDouble(y);
            if (Double.isNaN(a) || Double.isNaN(b)) return Boolean.compare(Double.isNaN(a), Double.isNaN(b));
            return descending ? Double.compare(b, a) : Double.compare(a, b);
        };
    }

    private static Map<String, CityObject> index(List<CityObject> objects) {
        Map<String, CityObject> out = new HashMap<>();
        for (CityObject o : objects) out.putIfAbsent(o.id(), o);
        return out;
    }
}
