package org.citytwin.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.scenario.Edit;
import org.citytwin.scenario.Project;
import org.junit.jupiter.api.Test;

/** The scenarios list and its commands without a window: create, duplicate, rename, delete, switch, undo, redo. */
class ScenariosViewModelTest {

    @Test
    void createDuplicateRenameDeleteAndSwitch() {
        ScenariosViewModel vm = new ScenariosViewModel();
        vm.reset(Project.of(List.of("data/tile.gml")));
        assertThat(vm.names()).containsExactly("base");
        assertThat(vm.current()).isEqualTo("base");

        assertThat(vm.create("proposal")).isTrue();
        assertThat(vm.names()).containsExactly("base", "proposal");
        assertThat(vm.current()).as("a new scenario is shown at once").isEqualTo("proposal");
        assertThat(vm.demolish("bldg_1")).isTrue();

        assertThat(vm.duplicate()).isTrue();
        assertThat(vm.names()).containsExactly("base", "proposal", "proposal copy");
        assertThat(vm.current()).isEqualTo("proposal copy");
        assertThat(vm.currentScenario().edits()).containsExactly(new Edit.Demolish("bldg_1"));

        assertThat(vm.rename("proposal copy", "variant B")).isTrue();
        assertThat(vm.names()).containsExactly("base", "proposal", "variant B");
        assertThat(vm.current()).isEqualTo("variant B");
        assertThat(vm.suggestedName()).isEqualTo("proposal 2");
        assertThat(vm.create("proposal")).as("names are unique").isFalse();
        assertThat(vm.messageProperty().get()).contains("exists already");

        long revision = vm.revisionProperty().get();
        vm.switchTo("base");
        assertThat(vm.current()).isEqualTo("base");
        assertThat(vm.revisionProperty().get()).as("switching re-applies").isGreaterThan(revision);
        assertThat(vm.demolish("bldg_2")).as("base cannot be edited").isFalse();
        assertThat(vm.messageProperty().get()).contains("create a scenario first");
        assertThat(vm.project().scenario("proposal").orElseThrow().edits()).hasSize(1);

        vm.switchTo("variant B");
        assertThat(vm.delete("variant B")).isTrue();
        assertThat(vm.names()).containsExactly("base", "proposal");
        assertThat(vm.current()).as("the deleted scenario is no longer shown").isEqualTo("base");
        assertThat(vm.delete("base")).isFalse();
        assertThat(vm.isDirty()).isTrue();

        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Delete scenario variant B");
        vm.undo();
        assertThat(vm.names()).containsExactly("base", "proposal", "variant B");
        assertThat(vm.current()).as("undoing a delete shows the scenario again").isEqualTo("variant B");
        assertThat(vm.redoTextProperty().get()).isEqualTo("Redo Delete scenario variant B");
        vm.undo(); // the rename
        assertThat(vm.names()).containsExactly("base", "proposal", "proposal copy");
        assertThat(vm.current()).isEqualTo("proposal copy");
        vm.redo();
        assertThat(vm.current()).isEqualTo("variant B");
    }

    @Test
    void placeAndMoveAreOneCommandEachAndMoveKeepsThePlacementsSlot() {
        ScenariosViewModel vm = new ScenariosViewModel();
        vm.reset(Project.of(List.of()));
        vm.create("proposal");
        String id = vm.place("office-60m", 35.55, 139.78);
        assertThat(id).isEqualTo("proposal-office-60m-1");
        vm.demolish("bldg_9");
        assertThat(vm.move(id, 35.551, 139.781)).isTrue();
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Move " + id);
        Edit.PlaceModel moved = vm.placement(id);
        assertThat(moved.lat()).isEqualTo(35.551);
        assertThat(vm.currentScenario().edits().get(0)).isEqualTo(moved);
        assertThat(vm.currentScenario().edits()).hasSize(2);
        assertThat(vm.place("office-60m", 35.5, 139.7)).as("the next id is free").isEqualTo("proposal-office-60m-2");

        vm.undo();
        vm.undo();
        assertThat(vm.placement(id).lat()).as("back at its first position").isEqualTo(35.55);
        assertThat(vm.move("bldg_9", 35.5, 139.7)).as("only placed models move").isFalse();

        assertThat(vm.turn(id, 30, 1.5)).isTrue();
        assertThat(vm.placement(id).heading()).isEqualTo(30);
        assertThat(vm.placement(id).scale()).isEqualTo(1.5);
        assertThat(vm.placement(id).lat()).as("turning keeps the position").isEqualTo(35.55);
        assertThat(vm.turn(id, 30, -2)).as("a scale must be positive").isFalse();
        assertThat(vm.messageProperty().get()).contains("scale");
        vm.undo();
        assertThat(vm.placement(id).heading()).isZero();

        vm.markSaved();
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void sketchesAndProposalAttributesAreUndoableCommandsRefusedOnBase() {
        ScenariosViewModel vm = new ScenariosViewModel();
        vm.reset(Project.of(List.of()));
        List<Edit.LatLon> corners = List.of(new Edit.LatLon(35.55, 139.78), new Edit.LatLon(35.55, 139.781),
                new Edit.LatLon(35.551, 139.781), new Edit.LatLon(35.551, 139.78));
        assertThat(vm.sketch(Edit.Sketch.Shape.BOX, corners, Double.NaN, 20)).as("base cannot be edited").isNull();
        assertThat(vm.messageProperty().get()).contains("create a scenario first");

        vm.create("proposal");
        String box = vm.sketch(Edit.Sketch.Shape.BOX, corners, Double.NaN, 20);
        assertThat(box).isEqualTo("proposal-sketch-1");
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Sketch box proposal-sketch-1");
        assertThat(vm.sketch(Edit.Sketch.Shape.CYLINDER, corners.subList(0, 1), 8, 0)).as("no height").isNull();
        assertThat(vm.messageProperty().get()).contains("positive number of metres");
        assertThat(vm.sketch(Edit.Sketch.Shape.CYLINDER, corners.subList(0, 1), 8, 35)).isEqualTo("proposal-sketch-2");
        assertThat(vm.edits()).containsExactly("Sketch box proposal-sketch-1, 20.0 m", "Sketch cylinder proposal-sketch-2, 35.0 m");

        CityObject loaded = new CityObject("bldg_1", "bldg:Building", FeatureKind.BUILDING, null, new TreeSet<>(List.of(1)),
                Map.of(), List.of(), "t.gml");
        assertThat(vm.setAttribute(loaded, "bldg:usage", "業務施設")).as("a surveyed building is not a proposal").isFalse();
        assertThat(vm.messageProperty().get()).contains("Only a proposal");
        CityObject proposal = new CityObject(box, "bldg:Building", FeatureKind.BUILDING, null, new TreeSet<>(List.of(2)),
                Map.of(), List.of(Attribute.of("citytwin:proposal", "true")), "(proposal)");
        assertThat(vm.setAttribute(proposal, "bldg:storeysAboveGround", " 15 ")).isTrue();
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Set bldg:storeysAboveGround of " + box);
        assertThat(vm.currentScenario().edits().get(2)).isEqualTo(new Edit.SetAttribute(box, "bldg:storeysAboveGround", "15"));
        vm.undo();
        vm.undo();
        assertThat(vm.currentScenario().edits()).hasSize(1);
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Sketch box proposal-sketch-1");
    }
}
