package org.citytwin.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.citytwin.scenario.Annotation;
import org.citytwin.scenario.ProjectStore;
import org.citytwin.ui.load.LoadViewModel;
import org.citytwin.ui.scenarios.ProjectFiles;
import org.citytwin.ui.scenarios.RecentProjects;
import org.citytwin.ui.scenarios.ScenariosViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotations added, edited and deleted through the view model are undoable and survive File → Save and reopening. */
class AnnotationsViewModelTest {
    @TempDir
    Path dir;
    private final Preferences prefs = Preferences.userRoot().node("citytwin-test-" + System.nanoTime());

    @AfterEach
    void dropPrefs() throws Exception {
        prefs.removeNode();
    }

    @Test
    void addedAnnotationsAreSavedByTheWindowAndReopenIdentical() throws Exception {
        ScenariosViewModel scenarios = new ScenariosViewModel();
        AnnotationsViewModel vm = new AnnotationsViewModel(scenarios);
        Path file = dir.resolve("plan.citytwin");
        ProjectFiles files = files(scenarios, file);
        assertThat(files.newProject()).isTrue();

        Annotation pin = vm.add(Annotation.Kind.PIN, 35.5491, 139.7798, 12.5, "bldg_1", "羽田の建物", null, "hanako", 0xFF00FF);
        Annotation callout = vm.add(Annotation.Kind.CALLOUT, 35.55, 139.78, 3, null, null, "Bus stop", "taro", 0x123456);
        assertThat(pin.id()).isEqualTo("a1");
        assertThat(callout.id()).isEqualTo("a2");
        assertThat(pin.time()).as("ISO-8601 now").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(vm.annotations()).containsExactly(pin, callout);
        assertThat(AnnotationsViewModel.describe(pin)).isEqualTo("羽田の建物\nPin · hanako, " + pin.time().substring(0, 10) + " "
                + pin.time().substring(11, 16) + " UTC\non bldg_1");
        assertThat(scenarios.undoTextProperty().get()).isEqualTo("Undo Annotate Bus stop");
        assertThat(scenarios.isDirty()).isTrue();
        assertThat(files.save()).isTrue();
        assertThat(ProjectStore.read(file).presentation().annotations()).as("on disk").containsExactly(pin, callout);

        // a new session opens the file: the same annotations, in order
        ScenariosViewModel next = new ScenariosViewModel();
        AnnotationsViewModel reopened = new AnnotationsViewModel(next);
        assertThat(files(next, file).open(file, true)).isTrue();
        assertThat(reopened.annotations()).containsExactly(pin, callout);
        assertThat(next.isDirty()).isFalse();
    }

    @Test
    void editAndDeleteAreUndoableCommands() {
        ScenariosViewModel scenarios = new ScenariosViewModel();
        AnnotationsViewModel vm = new AnnotationsViewModel(scenarios);
        Annotation a = vm.add(Annotation.Kind.PIN, 35.5, 139.7, 0, null, "駅", null, "me", 0xFF0000);
        assertThat(vm.edit(a.id(), Annotation.Kind.CALLOUT, "新駅", "New station", 0x00FF00)).isTrue();
        Annotation edited = vm.annotations().get(0);
        assertThat(edited.kind()).isEqualTo(Annotation.Kind.CALLOUT);
        assertThat(edited.text()).isEqualTo("新駅 / New station");
        assertThat(edited.colour()).isEqualTo(0x00FF00);
        assertThat(edited.time()).as("when it was made stays").isEqualTo(a.time());
        assertThat(vm.delete(a.id())).isTrue();
        assertThat(vm.annotations()).isEmpty();
        scenarios.undo();
        assertThat(vm.annotations()).containsExactly(edited);
        scenarios.undo();
        assertThat(vm.annotations()).containsExactly(a);
        scenarios.undo();
        assertThat(vm.annotations()).isEmpty();
        assertThat(vm.delete("a1")).as("already gone").isFalse();
        assertThat(scenarios.messageProperty().get()).contains("No annotation 'a1'");
    }

    private ProjectFiles files(ScenariosViewModel scenarios, Path saveTo) {
        return new ProjectFiles(scenarios, new LoadViewModel((i, p, c) -> null, Runnable::run, r -> { }), new RecentProjects(prefs),
                new ProjectFiles.Prompts() {
                    public Unsaved unsavedChanges() { return Unsaved.DISCARD; }
                    public boolean recover(Path f) { return false; }
                    public Path chooseSave(String title) { return saveTo; }
                    public Path chooseOpen() { return null; }
                    public void warn(String text) { throw new AssertionError(text); }
                }, text -> { });
    }
}
