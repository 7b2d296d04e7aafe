package org.citytwin.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A named variant of the data: an ordered list of edits over base. Immutable; edits return a new scenario. */
public record Scenario(String name, List<Edit> edits) {

    /** The data as loaded; it has no edits and cannot be edited, renamed or deleted. */
    public static final String BASE = "base";

    public Scenario {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("A scenario needs a name");
        edits = List.copyOf(edits);
    }

    public static Scenario base() {
        return new Scenario(BASE, List.of());
    }

    public boolean isBase() {
        return BASE.equals(name);
    }

    public Scenario with(Edit edit) {
        List<Edit> next = new ArrayList<>(edits);
        next.add(edit);
        return new Scenario(name, next);
    }

    /** The scenario without its last edit. */
    public Scenario withoutLast() {
        if (edits.isEmpty()) return this;
        return new Scenario(name, edits.subList(0, edits.size() - 1));
    }

    /** The scenario with the edit at {@code index} replaced (e.g. a placed proposal moved). */
    public Scenario withEditAt(int index, Edit edit) {
        List<Edit> next = new ArrayList<>(edits);
        next.set(index, edit);
        return new Scenario(name, next);
    }

    /** Index of the placement that created {@code target}, or -1. */
    public int placementOf(String target) {
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i) instanceof Edit.PlaceModel p && p.target().equals(target)) return i;
        }
        return -1;
    }

    public Scenario renamed(String newName) {
        return new Scenario(newName, edits);
    }
}
