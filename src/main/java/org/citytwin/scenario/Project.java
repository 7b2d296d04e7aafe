package org.citytwin.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a {@code NAME.citytwin} file holds: the data sources (paths relative to the project file), the
 * scenarios over them, and what is kept for presenting (viewpoints, tours, annotations). Base is implicit: it is the data as loaded and never stored. Immutable.
 */
public record Project(List<String> sources, List<Scenario> scenarios, Presentation presentation) {

    /** Version of the file layout written by this program; a newer file is refused, an older one upgraded. */
    public static final int SCHEMA_VERSION = 1;

    /** A project without viewpoints, tours or annotations. */
    public Project(List<String> sources, List<Scenario> scenarios) {
        this(sources, scenarios, Presentation.EMPTY);
    }

    public Project {
        if (presentation == null) presentation = Presentation.EMPTY;
        sources = List.copyOf(sources);
        scenarios = List.copyOf(scenarios);
        for (Scenario s : scenarios) {
            if (s.isBase()) throw new IllegalArgumentException("'base' is the data as loaded and cannot be stored");
        }
        long distinct = scenarios.stream().map(Scenario::name).distinct().count();
        if (distinct != scenarios.size()) throw new IllegalArgumentException("Two scenarios have the same name");
    }

    /** The project with other viewpoints, tours or annotations. */
    public Project withPresentation(Presentation next) {
        return new Project(sources, scenarios, next);
    }

    public static Project of(List<String> sources) {
        return new Project(sources, List.of());
    }

    /** The named scenario; "base" is always there. */
    public Optional<Scenario> scenario(String name) {
        if (Scenario.BASE.equals(name)) return Optional.of(Scenario.base());
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public List<String> scenarioNames() {
        List<String> names = new ArrayList<>();
        names.add(Scenario.BASE);
        scenarios.forEach(s -> names.add(s.name()));
        return names;
    }

    /** A new empty scenario, or a copy of {@code from}'s edits. */
    public Project withNewScenario(String name, String from) {
        if (scenario(name).isPresent()) throw new IllegalArgumentException("A scenario named '" + name + "' exists already");
        Scenario source = from == null ? Scenario.base() : scenario(from).orElseThrow(
                () -> new IllegalArgumentException("No scenario named '" + from + "'; there are " + scenarioNames()));
        List<Scenario> next = new ArrayList<>(scenarios);
        next.add(new Scenario(name, source.edits()));
        return new Project(sources, next, presentation);
    }

    /** The project with {@code scenario} replacing the one of the same name. */
    public Project withScenario(Scenario scenario) {
        List<Scenario> next = new ArrayList<>();
        boolean replaced = false;
        for (Scenario s : scenarios) {
            if (s.name().equals(scenario.name())) {
                next.add(scenario);
                replaced = true;
            } else {
                next.add(s);
            }
        }
        if (!replaced) throw new IllegalArgumentException("No scenario named '" + scenario.name() + "'");
        return new Project(sources, next, presentation);
    }

    public Project renamed(String oldName, String newName) {
        Scenario s = editable(oldName);
        if (scenario(newName).isPresent()) throw new IllegalArgumentException("A scenario named '" + newName + "' exists already");
        List<Scenario> next = new ArrayList<>();
        for (Scenario each : scenarios) next.add(each == s ? s.renamed(newName) : each);
        return new Project(sources, next, presentation);
    }

    public Project without(String name) {
        Scenario s = editable(name);
        List<Scenario> next = new ArrayList<>(scenarios);
        next.remove(s);
        return new Project(sources, next, presentation);
    }

    /** The stored scenario of that name; base and unknown names are refused with a sentence saying why. */
    public Scenario editable(String name) {
        if (Scenario.BASE.equals(name)) throw new IllegalArgumentException("'base' is the data as loaded and cannot be changed;"
                + " create a scenario first (project scenario P NAME)");
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("No scenario named '" + name + "'; there are " + scenarioNames()));
    }
}
