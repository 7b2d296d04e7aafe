package org.citytwin.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.citytwin.model.CityObject;

/**
 * The sides the compare panel offers: the scenarios of a {@link ScenarioSource} (until a project is open, just "base",
 * the data as loaded) followed by other models the user loaded for comparison ("other: NAME"). Thread-safe: the
 * compare task reads it off the FX thread.
 */
public final class CompareSources implements ScenarioSource {
    public static final String BASE = "base";
    public static final String OTHER_PREFIX = "other: ";
    private volatile ScenarioSource scenarios;
    private final Map<String, List<CityObject>> others = new LinkedHashMap<>();

    public CompareSources(ScenarioSource scenarios) {
        this.scenarios = scenarios;
    }

    /** Only "base": the objects loaded now. */
    public static ScenarioSource loaded(Supplier<List<CityObject>> objects) {
        return new ScenarioSource() {
            public List<String> names() {
                return List.of(BASE);
            }

            public List<CityObject> objects(String name) {
                return BASE.equals(name) ? objects.get() : List.of();
            }
        };
    }

    /** Plugs in other scenarios (the open project's); the panel re-reads the names when shown. */
    public void setScenarios(ScenarioSource scenarios) {
        this.scenarios = scenarios;
    }

    /** Adds a model loaded for comparison; returns the name it is offered under. */
    public synchronized String addOther(String fileName, List<CityObject> objects) {
        String name = OTHER_PREFIX + fileName;
        for (int n = 2; others.containsKey(name); n++) name = OTHER_PREFIX + fileName + " (" + n + ")";
        others.put(name, List.copyOf(objects));
        return name;
    }

    @Override
    public synchronized List<String> names() {
        List<String> out = new ArrayList<>(scenarios.names());
        out.addAll(others.keySet());
        return out;
    }

    @Override
    public List<CityObject> objects(String name) {
        synchronized (this) {
            List<CityObject> other = others.get(name);
            if (other != null) return other;
        }
        return scenarios.objects(name);
    }
}
