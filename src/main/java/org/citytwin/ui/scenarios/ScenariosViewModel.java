package org.citytwin.ui.scenarios;

import org.citytwin.text.Texts;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.citytwin.scenario.Edit;
import org.citytwin.scenario.EditStack;
import org.citytwin.scenario.Project;
import org.citytwin.scenario.Scenario;

/**
 * The scenarios panel's and the Edit/Scenario menus' state, testable without a window: base plus the project's
 * scenarios, the one shown, and every change as an {@link EditStack} command (create, duplicate, rename, delete,
 * demolish, change height, place, move, sketch, set an attribute), so each can be undone. After a change, undo or
 * redo the scenario it touched is shown, so what the user sees is always what just changed. {@link #revisionProperty()} increases with
 * every change of the project or of the shown scenario: the scene re-applies then.
 */
public final class ScenariosViewModel {
    private final EditStack stack = new EditStack(Project.of(List.of()));
    private final ObservableList<String> names = FXCollections.observableArrayList(Scenario.BASE);
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", Scenario.BASE);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", Texts.get("scenarios.menu.undo"));
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", Texts.get("scenarios.menu.redo"));
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ObservableList<String> edits = FXCollections.observableArrayList();
    // one read-only view each, kept: a fresh wrapper per call would be collected with the listeners added to it
    private final ObservableList<String> namesView = FXCollections.unmodifiableObservableList(names);
    private final ObservableList<String> editsView = FXCollections.unmodifiableObservableList(edits);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ObservableList<String> names() { return namesView; }
    /** The shown scenario's edits, one line each, in the order they apply. */
    public ObservableList<String> edits() { return editsView; }
    public ReadOnlyStringProperty currentProperty() { return current.getReadOnlyProperty(); }
    public String current() { return current.get(); }
    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }
    public ReadOnlyStringProperty undoTextProperty() { return undoText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty redoTextProperty() { return redoText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    /** The last refusal or problem, one sentence; empty after a change that worked. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public Project project() { return stack.project(); }
    public boolean isBase() { return Scenario.BASE.equals(current.get()); }
    public boolean isDirty() { return stack.isDirty(); }

    /** The shown scenario (base has no edits). */
    public Scenario currentScenario() {
        return stack.project().scenario(current.get()).orElse(Scenario.base());
    }

    /** Starts over with an opened or new project (history dropped); base is shown. */
    public void reset(Project project) {
        stack.reset(project);
        current.set(Scenario.BASE);
        changed();
    }

    /** Starts over with a recovered autosave: its scenarios, but unsaved (dirty) relative to {@code onDisk}. */
    public void recover(Project onDisk, Project recovered) {
        stack.reset(onDisk);
        if (!recovered.equals(onDisk)) stack.apply(new EditStack.Command(Texts.get("scenarios.undo.recover"), p -> recovered));
        current.set(Scenario.BASE);
        changed();
    }

    /** The project as written to disk now. */
    public void markSaved() {
        stack.markSaved();
        changed();
    }

    public void switchTo(String name) {
        if (name == null || stack.project().scenario(name).isEmpty() || name.equals(current.get())) return;
        current.set(name);
        message.set("");
        edits.setAll(currentScenario().edits().stream().map(ScenariosViewModel::describe).toList());
        revision.set(revision.get() + 1);
    }

    /** A new empty scenario, shown at once. */
    public boolean create(String name) {
        String n = name == null ? "" : name.strip();
        return run(Texts.get("scenarios.undo.newScenario", n), p -> p.withNewScenario(n, null));
    }

    /** A copy of the shown scenario's edits (base: an empty one) under a free name "NAME copy", shown at once. */
    public boolean duplicate() {
        String from = current.get();
        String n = freeName(from + " copy");
        return run(Texts.get("scenarios.undo.duplicate", from), p -> p.withNewScenario(n, Scenario.BASE.equals(from) ? null : from));
    }

    public boolean rename(String oldName, String newName) {
        String n = newName == null ? "" : newName.strip();
        return run(Texts.get("scenarios.undo.rename", oldName, n), p -> p.renamed(oldName, n));
    }

    public boolean delete(String name) {
        return run(Texts.get("scenarios.undo.delete", name), p -> p.without(name));
    }

    /**
     * Any named change of the whole project (annotations, viewpoints, ...) as one undoable command; false, with the
     * refusal in {@link #messageProperty()}, when it throws IllegalArgumentException.
     */
    public boolean change(String name, java.util.function.UnaryOperator<Project> change) {
        return run(name, change);
    }

    public boolean demolish(String id) {
        return edit(Texts.get("scenarios.undo.demolish", id), s -> s.with(new Edit.Demolish(id)));
    }

    public boolean changeHeight(String id, double metres) {
        return edit(Texts.get("scenarios.undo.height", id, metres), s -> s.with(new Edit.ChangeHeight(id, metres)));
    }

    /** Places a model at lat/lon, snapped to the ground; returns the id the placed object gets, or null when refused. */
    public String place(String model, double lat, double lon) {
        String id = freeProposalId(model);
        boolean ok = edit(Texts.get("scenarios.undo.place", shortName(model)), s -> s.with(new Edit.PlaceModel(id, model, lat, lon, Double.NaN, 0, 1)));
        return ok ? id : null;
    }

    /**
     * A sketched proposal volume ({@code radius} only for a cylinder, else NaN) standing on the ground; returns the id
     * it gets ("proposal-sketch-1", ...), or null when refused.
     */
    public String sketch(Edit.Sketch.Shape shape, List<Edit.LatLon> footprint, double radius, double height) {
        String id = freeProposalId("sketch");
        String name = "Sketch " + shape.key() + " " + id.substring(id.lastIndexOf('-') + 1);
        boolean ok = edit(Texts.get("scenarios.undo.sketch", shape.key(), id),
                s -> s.with(new Edit.Sketch(id, name, shape, footprint, radius, Double.NaN, height)));
        return ok ? id : null;
    }

    /**
     * Sets an attribute of a proposal of the shown scenario (a placed model or a sketch; null or blank value
     * removes it). Loaded objects are refused: their attributes are the survey's, not the plan's.
     */
    public boolean setAttribute(org.citytwin.model.CityObject proposal, String name, String value) {
        if (!setAttributeAllowed(proposal)) return false;
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            message.set(Texts.get("scenarios.attribute.needsName"));
            return false;
        }
        String v = value == null || value.isBlank() ? null : value.strip();
        String id = proposal.id();
        return edit(Texts.get("scenarios.undo.set", n, id), s -> s.with(new Edit.SetAttribute(id, n, v)));
    }

    /** False, with a sentence saying why, unless a scenario is shown and {@code o} is one of its proposals. */
    public boolean setAttributeAllowed(org.citytwin.model.CityObject o) {
        if (!requireScenario()) return false;
        var flag = o == null ? null : o.attribute(org.citytwin.model.ProposalAttributes.PROPOSAL);
        if (flag == null || !"true".equals(flag.value())) {
            message.set(Texts.get("scenarios.attribute.onlyProposal"));
            return false;
        }
        return true;
    }

    /** Moves a placed model (replaces its placement, keeping its place in the list of edits). */
    public boolean move(String target, double lat, double lon) {
        return edit(Texts.get("scenarios.undo.move", target), s -> {
            int i = s.placementOf(target);
            if (i < 0) throw new IllegalArgumentException("'" + target + "' is not a model placed in scenario '" + s.name() + "'");
            return s.withEditAt(i, ((Edit.PlaceModel) s.edits().get(i)).movedTo(lat, lon));
        });
    }

    /** Turns and scales a placed model (heading in degrees clockwise from north; scale a positive factor). */
    public boolean turn(String target, double heading, double scale) {
        return edit(Texts.get("scenarios.undo.turn", target, heading, scale), s -> {
            int i = s.placementOf(target);
            if (i < 0) throw new IllegalArgumentException("'" + target + "' is not a model placed in scenario '" + s.name() + "'");
            return s.withEditAt(i, ((Edit.PlaceModel) s.edits().get(i)).turned(heading, scale));
        });
    }

    /** The placement of a proposal in the shown scenario, or null (a loaded object, or base). */
    public Edit.PlaceModel placement(String target) {
        Scenario s = currentScenario();
        int i = s.placementOf(target);
        return i < 0 ? null : (Edit.PlaceModel) s.edits().get(i);
    }

    public void undo() {
        Project before = stack.project();
        stack.undo();
        follow(before);
        changed();
    }

    public void redo() {
        Project before = stack.project();
        stack.redo();
        follow(before);
        changed();
    }

    /** False, with a sentence saying to create a scenario first, while base is shown (base cannot be edited). */
    public boolean requireScenario() {
        if (!isBase()) return true;
        message.set(Texts.get("scenarios.base.readOnly"));
        return false;
    }

    /** An edit of the shown scenario; base is refused. */
    private boolean edit(String name, java.util.function.UnaryOperator<Scenario> change) {
        if (!requireScenario()) return false;
        String target = current.get();
        return run(name, p -> p.withScenario(change.apply(p.editable(target))));
    }

    private boolean run(String name, java.util.function.UnaryOperator<Project> change) {
        Project before = stack.project();
        try {
            stack.apply(new EditStack.Command(name, change));
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
        message.set("");
        follow(before);
        changed();
        return true;
    }

    /**
     * Shows the scenario a change touched: a name that appeared (created, duplicated, a delete or rename undone),
     * else one whose edits changed; base when the shown one is gone.
     */
    private void follow(Project before) {
        Project after = stack.project();
        String next = null;
        for (Scenario s : after.scenarios()) {
            if (before.scenario(s.name()).isEmpty()) {
                next = s.name();
                break;
            }
        }
        if (next == null) {
            for (Scenario s : after.scenarios()) {
                if (!before.scenario(s.name()).map(s::equals).orElse(false)) {
                    next = s.name();
                    break;
                }
            }
        }
        if (next == null && after.scenario(current.get()).isEmpty()) next = Scenario.BASE;
        if (next != null) current.set(next);
    }

    private void changed() {
        names.setAll(stack.project().scenarioNames());
        undoText.set(Texts.get("scenarios.undo.label", stack.canUndo() ? 1 : 0, String.valueOf(stack.undoName())));
        redoText.set(Texts.get("scenarios.redo.label", stack.canRedo() ? 1 : 0, String.valueOf(stack.redoName())));
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
        dirty.set(stack.isDirty());
        edits.setAll(currentScenario().edits().stream().map(ScenariosViewModel::describe).toList());
        revision.set(revision.get() + 1);
    }

    /** A name the New scenario dialog proposes: "proposal", else "proposal 2", ... */
    public String suggestedName() {
        return freeName("proposal");
    }

    private String freeName(String wanted) {
        String name = wanted;
        for (int i = 2; stack.project().scenario(name).isPresent(); i++) name = wanted + " " + i;
        return name;
    }

    /** "proposal-office-60m-1", numbered past every id used in any scenario. */
    private String freeProposalId(String model) {
        String stem = "proposal-" + shortName(model).replaceAll("[^A-Za-z0-9_-]+", "-");
        int n = 1;
        for (Scenario s : stack.project().scenarios()) {
            for (Edit e : s.edits()) {
                if (e.target().startsWith(stem + "-")) {
                    try {
                        n = Math.max(n, Integer.parseInt(e.target().substring(stem.length() + 1)) + 1);
                    } catch (NumberFormatException ignored) {
                        // someone else's id; it cannot clash with a number
                    }
                }
            }
        }
        return stem + "-" + n;
    }

    /** One edit as the panel lists it. */
    static String describe(Edit e) {
        if (e instanceof Edit.Demolish d) return Texts.get("scenarios.edit.demolish", d.target());
        if (e instanceof Edit.ChangeHeight h) return Texts.get("scenarios.edit.height", h.target(), h.metres());
        if (e instanceof Edit.PlaceModel p) {
            return Texts.get("scenarios.edit.place", shortName(p.model()), p.lat(), p.lon());
        }
        if (e instanceof Edit.Sketch k) {
            return Texts.get("scenarios.edit.sketch", k.shape().key(), k.target(), k.height());
        }
        Edit.SetAttribute a = (Edit.SetAttribute) e;
        return Texts.get("scenarios.edit.set", a.name(), a.target(), a.value() == null ? 1 : 0, String.valueOf(a.value()));
    }

    /** A catalog id as it is, a model file by its file name without extension. */
    static String shortName(String model) {
        String file = java.nio.file.Path.of(model).getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
