package org.citytwin.scenario;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.UnaryOperator;

/**
 * Undo and redo over a project: every change (an edit appended, a proposal moved, a scenario created, renamed or
 * deleted) is a command that turns one immutable {@link Project} into the next, so undoing is returning to the
 * previous value. A revision counter lets panels refresh when anything changed; {@link #isDirty()} says whether
 * there is unsaved work.
 */
public final class EditStack {

    /** A named change, e.g. "Demolish bldg_12"; the name is shown in the Edit menu ("Undo Demolish bldg_12"). */
    public record Command(String name, UnaryOperator<Project> change) {
    }

    private record Step(String name, Project before, Project after) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private Project current;
    private Project saved;
    private long revision;

    public EditStack(Project project) {
        this.current = project;
        this.saved = project;
    }

    public Project project() {
        return current;
    }

    /** Runs the command; a refused change (IllegalArgumentException) leaves everything as it was. */
    public Project apply(Command command) {
        Project next = command.change().apply(current);
        if (next.equals(current)) return current;
        undo.push(new Step(command.name(), current, next));
        redo.clear();
        current = next;
        revision++;
        return current;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The name of what Undo would revert, or null. */
    public String undoName() {
        return undo.isEmpty() ? null : undo.peek().name();
    }

    public String redoName() {
        return redo.isEmpty() ? null : redo.peek().name();
    }

    public Project undo() {
        if (undo.isEmpty()) return current;
        Step step = undo.pop();
        redo.push(step);
        current = step.before();
        revision++;
        return current;
    }

    public Project redo() {
        if (redo.isEmpty()) return current;
        Step step = redo.pop();
        undo.push(step);
        current = step.after();
        revision++;
        return current;
    }

    /** Increases with every change, undo and redo: views compare it to know they are stale. */
    public long revision() {
        return revision;
    }

    /** Marks the current state as what is on disk. */
    public void markSaved() {
        saved = current;
    }

    public boolean isDirty() {
        return !current.equals(saved);
    }

    /** Starts over with another project (File → Open / New); history is dropped. */
    public void reset(Project project) {
        undo.clear();
        redo.clear();
        current = project;
        saved = project;
        revision++;
    }
}
