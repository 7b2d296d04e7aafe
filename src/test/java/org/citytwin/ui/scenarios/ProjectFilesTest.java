package org.citytwin.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.citytwin.scenario.Project;
import org.citytwin.scenario.ProjectStore;
import org.citytwin.scenario.Scenario;
import org.citytwin.ui.load.LoadViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → New/Open/Save with autosave, recovery, the unsaved-changes question and missing sources, without a window. */
class ProjectFilesTest {
    @TempDir
    Path dir;
    private final Preferences prefs = Preferences.userRoot().node("citytwin-test-" + System.nanoTime());
    private final ScenariosViewModel vm = new ScenariosViewModel();
    private final Answers answers = new Answers();
    private final ProjectFiles files = new ProjectFiles(vm, new LoadViewModel((i, p, c) -> null, Runnable::run, r -> { }),
            new RecentProjects(prefs), answers, text -> { });

    @AfterEach
    void dropPrefs() throws Exception {
        prefs.removeNode();
    }

    @Test
    void autosaveIsOfferedForRecoveryAfterACrashAndDiscardedOnCleanClose() throws Exception {
        Path file = dir.resolve("plan.citytwin");
        answers.saveTo = dir.resolve("plan"); // the extension is added
        assertThat(files.newProject()).isTrue();
        assertThat(Files.isRegularFile(file)).isTrue();
        assertThat(files.autosave()).as("nothing unsaved, no side file").isFalse();
        vm.create("proposal");
        vm.demolish("bldg_1");
        assertThat(files.autosave()).isTrue();
        Project unsaved = vm.project();
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 10_000)); // side file newer

        // "crash": a new session opens the project and is offered the autosave
        ScenariosViewModel next = new ScenariosViewModel();
        Answers nextAnswers = new Answers();
        nextAnswers.recover = true;
        ProjectFiles reopened = new ProjectFiles(next, new LoadViewModel((i, p, c) -> null, Runnable::run, r -> { }),
                new RecentProjects(prefs), nextAnswers, text -> { });
        assertThat(reopened.open(file, false)).isTrue();
        assertThat(nextAnswers.asked).containsExactly("recover " + file.getFileName());
        assertThat(next.project().scenarios()).isEqualTo(unsaved.scenarios());
        assertThat(next.isDirty()).as("recovered work is unsaved until saved").isTrue();

        // leaving: unsaved changes are asked about; Cancel keeps the window, Discard closes and drops the side file
        nextAnswers.unsaved = ProjectFiles.Prompts.Unsaved.CANCEL;
        assertThat(reopened.close()).isFalse();
        assertThat(Files.exists(ProjectStore.autosaveOf(file))).isTrue();
        nextAnswers.unsaved = ProjectFiles.Prompts.Unsaved.DISCARD;
        assertThat(reopened.close()).isTrue();
        assertThat(Files.exists(ProjectStore.autosaveOf(file))).isFalse();
        assertThat(ProjectStore.read(file).scenarios()).as("the file itself was never overwritten").isEmpty();
        assertThat(new RecentProjects(prefs).list()).containsExactly(file.toAbsolutePath().normalize());
    }

    @Test
    void declinedRecoveryDeletesTheSideFileAndAMissingSourceIsNamed() throws Exception {
        Path file = dir.resolve("old.citytwin");
        ProjectStore.save(new Project(List.of("gone/tile.gml"), List.of(new Scenario("a", List.of()))), file);
        ProjectStore.autosave(new Project(List.of("gone/tile.gml"), List.of()), file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 10_000));
        answers.recover = false;
        assertThat(files.open(file, false)).isTrue();
        assertThat(answers.asked).contains("recover old.citytwin");
        assertThat(Files.exists(ProjectStore.autosaveOf(file))).isFalse();
        assertThat(vm.names()).containsExactly("base", "a");
        assertThat(files.modelReference(dir.resolve("models/deck.glb"))).as("model files relative to the project")
                .isEqualTo("models/deck.glb");
        assertThat(vm.isDirty()).isFalse();
        assertThat(answers.warnings).singleElement().asString()
                .contains(dir.resolve("gone/tile.gml").toString()).contains("is missing; the project opens without it");

        // saving keeps the missing source, so the project still names it when the data comes back
        vm.create("b");
        answers.unsaved = ProjectFiles.Prompts.Unsaved.SAVE;
        assertThat(files.confirmDiscard()).isTrue();
        assertThat(ProjectStore.read(file).sources()).containsExactly("gone/tile.gml");
        assertThat(ProjectStore.read(file).scenarios()).isEqualTo(vm.project().scenarios());
    }

    /** Scripted dialog answers; records what was asked. */
    private static final class Answers implements ProjectFiles.Prompts {
        Unsaved unsaved = Unsaved.DISCARD;
        boolean recover;
        Path saveTo;
        final List<String> asked = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        public Unsaved unsavedChanges() {
            asked.add("unsaved");
            return unsaved;
        }

        public boolean recover(Path file) {
            asked.add("recover " + file.getFileName());
            return recover;
        }

        public Path chooseSave(String title) { return saveTo; }
        public Path chooseOpen() { return null; }
        public void warn(String text) { warnings.add(text); }
    }
}
