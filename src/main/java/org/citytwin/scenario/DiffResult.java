package org.citytwin.scenario;

import java.util.List;

/** What {@link ObjectDiff} found: every added, removed and changed object, and how many stayed the same. */
public record DiffResult(List<ObjectChange> changes, int unchanged) {

    public DiffResult {
        changes = List.copyOf(changes);
    }

    public List<ObjectChange> of(ObjectChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    public int added() {
        return of(ObjectChange.Kind.ADDED).size();
    }

    public int removed() {
        return of(ObjectChange.Kind.REMOVED).size();
    }

    public int changed() {
        return of(ObjectChange.Kind.CHANGED).size();
    }
}
