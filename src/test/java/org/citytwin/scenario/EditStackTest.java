package org.citytwin.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditStackTest {

    @Test
    void placeMoveUndoRedoWalkTheSameStates() {
        EditStack stack = new EditStack(Project.of(List.of("data")));
        stack.apply(new EditStack.Command("New scenario", p -> p.withNewScenario("proposal", null)));
        Edit.PlaceModel place = new Edit.PlaceModel("proposal-1", "office-60m", 35.0, 139.0, Double.NaN, 0, 1);
        stack.apply(new EditStack.Command("Place office", p -> p.withScenario(p.editable("proposal").with(place))));
        Project placed = stack.project();
        stack.apply(new EditStack.Command("Move office", p -> {
            Scenario s = p.editable("proposal");
            int i = s.placementOf("proposal-1");
            return p.withScenario(s.withEditAt(i, ((Edit.PlaceModel) s.edits().get(i)).movedTo(35.001, 139.002)));
        }));
        Project moved = stack.project();
        assertThat(((Edit.PlaceModel) moved.editable("proposal").edits().get(0)).lat()).isEqualTo(35.001);
        assertThat(stack.undoName()).isEqualTo("Move office");
        long revision = stack.revision();

        assertThat(stack.undo()).isEqualTo(placed);
        assertThat(stack.revision()).isGreaterThan(revision);
        assertThat(stack.redoName()).isEqualTo("Move office");
        assertThat(stack.redo()).isEqualTo(moved);
        assertThat(stack.canRedo()).isFalse();

        stack.undo();
        stack.undo();
        stack.apply(new EditStack.Command("Demolish", p -> p.withScenario(p.editable("proposal").with(new Edit.Demolish("b")))));
        assertThat(stack.canRedo()).as("a new edit drops the redo history").isFalse();
        assertThat(stack.isDirty()).isTrue();
        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();
    }
}
