package org.citytwin.ui.viewpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citytwin.scenario.Presentation;
import org.citytwin.scenario.Project;
import org.citytwin.scenario.Tour;
import org.citytwin.scenario.Viewpoint;
import org.citytwin.ui.scenarios.ScenariosViewModel;
import org.junit.jupiter.api.Test;

/** The viewpoints list without a window: add, update, rename, delete and reorder are undoable project commands. */
class ViewpointsViewModelTest {

    private static Viewpoint at(String name, double lat, String caption) {
        return Viewpoint.camera(name, "base", lat, 139.77, 5, 300, 20, 40, caption);
    }

    private static List<String> names(ViewpointsViewModel vm) {
        return vm.viewpoints().stream().map(Viewpoint::name).toList();
    }

    @Test
    void addUpdateRenameDeleteAndReorderThroughTheEditStack() {
        ScenariosViewModel project = new ScenariosViewModel();
        project.reset(Project.of(List.of("tile.gml")));
        ViewpointsViewModel vm = new ViewpointsViewModel(project);
        assertThat(vm.suggestedName()).isEqualTo("Viewpoint 1");

        assertThat(vm.add(at("Viewpoint 1", 35.55, "駅前広場"))).isTrue();
        assertThat(vm.add(at("Viewpoint 2", 35.56, "River"))).isTrue();
        assertThat(vm.add(at("Viewpoint 2", 35.57, "again"))).as("names are unique").isFalse();
        assertThat(project.messageProperty().get()).contains("exists already");
        assertThat(names(vm)).containsExactly("Viewpoint 1", "Viewpoint 2");
        assertThat(project.isDirty()).isTrue();
        assertThat(project.undoTextProperty().get()).isEqualTo("Undo Add viewpoint Viewpoint 2");

        // update takes the new camera, keeps the caption
        assertThat(vm.update("Viewpoint 1", at("ignored", 35.60, null))).isTrue();
        assertThat(vm.viewpoints().get(0).lat()).isEqualTo(35.60);
        assertThat(vm.viewpoints().get(0).captionJa()).isEqualTo("駅前広場");

        assertThat(vm.describe("Viewpoint 2", "川沿いの遊歩道", "Mention the flood wall")).isTrue();
        assertThat(vm.viewpoints().get(1).captionJa()).isEqualTo("川沿いの遊歩道");
        assertThat(vm.viewpoints().get(1).captionEn()).isNull();
        assertThat(vm.viewpoints().get(1).notes()).isEqualTo("Mention the flood wall");
        assertThat(vm.viewpoints().get(1).lat()).as("the camera stays").isEqualTo(35.56);
        project.undo();
        assertThat(vm.viewpoints().get(1).caption()).isEqualTo("River");

        // a stored tour follows a rename and loses the stop at a deleted viewpoint
        project.change("Tour", p -> p.withPresentation(p.presentation().withTours(List.of(new Tour("walk", List.of(
                new Tour.Stop("Viewpoint 1", 2, 5), new Tour.Stop("Viewpoint 2", 2, 5)))))));
        assertThat(vm.rename("Viewpoint 1", "Station")).isTrue();
        assertThat(names(vm)).containsExactly("Station", "Viewpoint 2");
        assertThat(project.project().presentation().tour().stops()).extracting(Tour.Stop::viewpoint)
                .containsExactly("Station", "Viewpoint 2");

        assertThat(vm.move("Viewpoint 2", -1)).isTrue();
        assertThat(names(vm)).containsExactly("Viewpoint 2", "Station");
        assertThat(vm.move("Viewpoint 2", -1)).as("already first: no change, no command").isTrue();
        assertThat(project.undoTextProperty().get()).isEqualTo("Undo Move up viewpoint Viewpoint 2");

        assertThat(vm.delete("Station")).isTrue();
        assertThat(names(vm)).containsExactly("Viewpoint 2");
        assertThat(project.project().presentation().tour().stops()).extracting(Tour.Stop::viewpoint)
                .containsExactly("Viewpoint 2");

        project.undo(); // delete
        assertThat(names(vm)).containsExactly("Viewpoint 2", "Station");
        project.undo(); // move
        assertThat(names(vm)).containsExactly("Station", "Viewpoint 2");
        project.undo(); // rename
        assertThat(names(vm)).containsExactly("Viewpoint 1", "Viewpoint 2");
        project.undo(); // tour
        project.undo(); // update
        assertThat(vm.viewpoints().get(0).lat()).isEqualTo(35.55);
        project.redo();
        assertThat(vm.viewpoints().get(0).lat()).isEqualTo(35.60);
        project.undo();
        project.undo();
        project.undo();
        assertThat(vm.viewpoints()).isEmpty();
        assertThat(project.project().presentation()).isEqualTo(Presentation.EMPTY);
        assertThat(project.isDirty()).isFalse();
    }

    private static List<String> stops(ScenariosViewModel project) {
        return project.project().presentation().tour().stops().stream().map(Tour.Stop::viewpoint).toList();
    }

    @Test
    void theTourEditorWritesTimingAndMembershipInTheViewpointsOrderAndUndoes() {
        ScenariosViewModel project = new ScenariosViewModel();
        project.reset(Project.of(List.of("tile.gml")));
        ViewpointsViewModel vm = new ViewpointsViewModel(project);
        vm.add(at("A", 35.55, "a"));
        vm.add(at("B", 35.56, "b"));
        vm.add(at("C", 35.57, "c"));
        assertThat(project.project().presentation().tours()).as("nothing stored yet: the default tour").isEmpty();
        assertThat(vm.stop("B")).contains(new Tour.Stop("B", Tour.DEFAULT_FLIGHT, Tour.DEFAULT_DWELL));

        assertThat(vm.setTiming("B", 0.2, 0.3)).isTrue();
        assertThat(project.undoTextProperty().get()).isEqualTo("Undo Tour timing of B");
        assertThat(project.project().presentation().tours()).hasSize(1);
        assertThat(project.project().presentation().tour().stops()).containsExactly(
                new Tour.Stop("A", 3, 8), new Tour.Stop("B", 0.2, 0.3), new Tour.Stop("C", 3, 8));
        assertThat(vm.tour().stops().get(1).dwellSeconds()).as("the property follows").isEqualTo(0.3);
        assertThat(vm.setTiming("B", -1, 2)).as("negative times are refused").isFalse();
        assertThat(project.messageProperty().get()).contains("0 or more seconds");
        assertThat(vm.setTiming("Nowhere", 1, 2)).isFalse();

        assertThat(vm.setInTour("A", false)).isTrue();
        assertThat(stops(project)).containsExactly("B", "C");
        assertThat(vm.stop("A")).isEmpty();

        // the tour's order follows the viewpoints' order
        assertThat(vm.move("C", -1)).isTrue();
        assertThat(names(vm)).containsExactly("A", "C", "B");
        assertThat(stops(project)).containsExactly("C", "B");
        assertThat(vm.setInTour("A", true)).isTrue();
        assertThat(project.project().presentation().tour().stops()).containsExactly(
                new Tour.Stop("A", 3, 8), new Tour.Stop("C", 3, 8), new Tour.Stop("B", 0.2, 0.3));
        assertThat(vm.setTiming("A", 1.5, 4)).isTrue();
        assertThat(vm.stop("A")).contains(new Tour.Stop("A", 1.5, 4));

        // a new viewpoint joins the stored tour at its place; rename and delete follow
        vm.add(at("D", 35.58, "d"));
        assertThat(stops(project)).containsExactly("A", "C", "B", "D");
        vm.rename("B", "Bridge");
        assertThat(vm.stop("Bridge")).contains(new Tour.Stop("Bridge", 0.2, 0.3));
        vm.delete("C");
        assertThat(stops(project)).containsExactly("A", "Bridge", "D");

        project.undo(); // delete
        project.undo(); // rename
        project.undo(); // add D
        project.undo(); // timing of A
        assertThat(vm.stop("A")).contains(new Tour.Stop("A", 3, 8));
        project.undo(); // A back in
        assertThat(stops(project)).containsExactly("C", "B");
        project.undo(); // move
        assertThat(stops(project)).containsExactly("B", "C");
        project.undo(); // A out
        project.undo(); // timing of B
        assertThat(project.project().presentation().tours()).isEmpty();
        assertThat(vm.stop("B")).contains(new Tour.Stop("B", 3, 8));
        project.redo();
        assertThat(vm.stop("B")).contains(new Tour.Stop("B", 0.2, 0.3));
    }
}
