package org.citytwin.ui.scenarios;

import org.citytwin.text.Texts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.citytwin.scenario.Project;
import org.citytwin.scenario.ProjectFormatException;
import org.citytwin.scenario.ProjectStore;
import org.citytwin.ui.load.LoadViewModel;

/**
 * File → New/Open/Save/Save as/Recent projects. A project's data sources are the files and folders loaded now,
 * stored relative to the project file; opening one loads its sources that are not loaded yet (a missing one is
 * named, the rest loads) and its scenarios. While there are unsaved changes an autosave side file is written (see
 * {@link #autosave()}); on open a newer side file is offered for recovery, and a clean close discards it. Dialogs
 * go through {@link Prompts}, so tests answer them without a window.
 */
public final class ProjectFiles {

    /** What the user is asked; the window's implementation shows dialogs. */
    public interface Prompts {
        enum Unsaved { SAVE, DISCARD, CANCEL }

        Unsaved unsavedChanges();

        boolean recover(Path file);

        /** A file to write (null: cancelled). */
        Path chooseSave(String title);

        /** A project to open (null: cancelled). */
        Path chooseOpen();

        void warn(String text);
    }

    private final ScenariosViewModel scenarios;
    private final LoadViewModel load;
    private final RecentProjects recent;
    private Prompts prompts;
    private final Consumer<String> status;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final List<String> missing = new ArrayList<>();

    public ProjectFiles(ScenariosViewModel scenarios, LoadViewModel load, RecentProjects recent, Prompts prompts,
                        Consumer<String> status) {
        this.scenarios = scenarios;
        this.load = load;
        this.recent = recent;
        this.prompts = prompts;
        this.status = status;
    }

    /** The open project file, or null before one was saved or opened. */
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    public Path file() { return file.get(); }
    public RecentProjects recent() { return recent; }
    /** Answers the dialogs another way (tests). */
    public void setPrompts(Prompts prompts) { this.prompts = prompts; }

    /** The folder relative paths are resolved against: the project's, else the working directory. */
    public Path folder() {
        return file.get() == null ? Path.of("").toAbsolutePath() : file.get().toAbsolutePath().getParent();
    }

    /** How a placement names a model file: relative to the project file when there is one (the two move together). */
    public String modelReference(Path model) {
        return file.get() == null ? model.toAbsolutePath().normalize().toString() : relative(file.get(), model);
    }

    /** File → New project…: a project over what is loaded now, no scenarios, saved where the user says. */
    public boolean newProject() {
        if (!confirmDiscard()) return false;
        Path target = prompts.chooseSave(Texts.get("scenarios.chooser.new"));
        if (target == null) return false;
        target = withExtension(target);
        discardAutosave();
        missing.clear();
        file.set(target);
        scenarios.reset(Project.of(List.of()));
        return save();
    }

    /** File → Open project…: asks which file. */
    public boolean open() {
        if (!confirmDiscard()) return false;
        Path chosen = prompts.chooseOpen();
        return chosen != null && open(chosen, true);
    }

    /** Opens a project file (Recent projects, tests); {@code confirmed}: the unsaved-changes question was answered. */
    public boolean open(Path path, boolean confirmed) {
        if (!confirmed && !confirmDiscard()) return false;
        Project project;
        try {
            project = ProjectStore.read(path);
        } catch (IOException | ProjectFormatException e) {
            prompts.warn(e instanceof java.nio.file.NoSuchFileException ? path + ": no such project file"
                    : path + " cannot be opened: " + e.getMessage());
            return false;
        }
        discardAutosave(); // of the project left behind, which the user just chose to leave
        file.set(path.toAbsolutePath().normalize());
        recent.add(path);
        Project recovered = recoveredVersion(path);
        if (recovered != null) {
            scenarios.recover(project, recovered);
        } else {
            scenarios.reset(project);
        }
        loadSources(recovered != null ? recovered : project);
        status.accept(Texts.get("scenarios.status.opened", String.valueOf(path.getFileName()), recovered != null ? 1 : 0));
        return true;
    }

    /** File → Save project; asks where when the project has no file yet. */
    public boolean save() {
        if (file.get() == null) return saveAs();
        Project project = new Project(sources(file.get()), scenarios.project().scenarios(),
                scenarios.project().presentation());
        try {
            ProjectStore.save(project, file.get());
        } catch (IOException e) {
            prompts.warn(file.get() + " could not be saved (" + e.getMessage() + "); the previous file is unchanged.");
            return false;
        }
        scenarios.markSaved();
        recent.add(file.get());
        status.accept(Texts.get("scenarios.status.saved", String.valueOf(file.get().getFileName())));
        return true;
    }

    /** File → Save project as…. */
    public boolean saveAs() {
        Path target = prompts.chooseSave(Texts.get("scenarios.chooser.saveAs"));
        if (target == null) return false;
        discardAutosave();
        file.set(withExtension(target).toAbsolutePath().normalize());
        return save();
    }

    /** Writes the side file when there are unsaved changes (every 60 s from the window's timer); true when written. */
    public boolean autosave() {
        if (file.get() == null || !scenarios.isDirty()) return false;
        try {
            ProjectStore.autosave(new Project(sources(file.get()), scenarios.project().scenarios(),
                scenarios.project().presentation()), file.get());
            return true;
        } catch (IOException e) {
            status.accept(Texts.get("scenarios.status.autosaveFailed", String.valueOf(ProjectStore.autosaveOf(file.get())), e.getMessage()));
            return false;
        }
    }

    /** Before exit: asks about unsaved changes; true when the window may close (the autosave is then discarded). */
    public boolean close() {
        if (!confirmDiscard()) return false;
        discardAutosave();
        return true;
    }

    /** True when there is nothing unsaved, or the user saved or chose to discard it. */
    public boolean confirmDiscard() {
        if (!scenarios.isDirty()) return true;
        return switch (prompts.unsavedChanges()) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** The data sources to store: what is loaded now, relative to the project file, plus stored ones that are missing. */
    List<String> sources(Path projectFile) {
        List<String> out = new ArrayList<>();
        for (Path p : load.loadedPaths()) {
            String s = relative(projectFile, p);
            if (!out.contains(s)) out.add(s);
        }
        missing.stream().filter(m -> !out.contains(m)).forEach(out::add);
        return out;
    }

    private void loadSources(Project project) {
        Path dir = file.get().getParent();
        missing.clear();
        List<Path> toLoad = new ArrayList<>();
        List<Path> loaded = load.loadedPaths().stream().map(p -> p.toAbsolutePath().normalize()).toList();
        for (String source : project.sources()) {
            Path p = dir.resolve(source).normalize();
            if (!Files.exists(p)) missing.add(source);
            else if (!loaded.contains(p)) toLoad.add(p);
        }
        if (!missing.isEmpty()) {
            prompts.warn(Texts.get("scenarios.warn.missing", String.valueOf(file.get().getFileName()), missing.size(), String.join(", ", missing.stream().map(m -> dir.resolve(m).normalize().toString()).toList())));
        }
        if (!toLoad.isEmpty()) load.load(toLoad);
    }

    private Project recoveredVersion(Path path) {
        try {
            var side = ProjectStore.recoverable(path);
            if (side.isEmpty()) return null;
            if (!prompts.recover(path)) {
                ProjectStore.discardAutosave(path);
                return null;
            }
            return ProjectStore.read(side.get());
        } catch (IOException | ProjectFormatException e) {
            prompts.warn(Texts.get("scenarios.warn.unrecoverable", String.valueOf(path.getFileName()), e.getMessage()));
            return null;
        }
    }

    private void discardAutosave() {
        if (file.get() == null) return;
        try {
            ProjectStore.discardAutosave(file.get());
        } catch (IOException e) {
            status.accept(Texts.get("scenarios.status.autosaveNotRemoved", String.valueOf(ProjectStore.autosaveOf(file.get())), e.getMessage()));
        }
    }

    static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(ProjectStore.EXTENSION) ? p : p.resolveSibling(name + ProjectStore.EXTENSION);
    }

    /** A source path as the project stores it: relative to the project file's folder, forward slashes. */
    static String relative(Path projectFile, Path source) {
        Path dir = projectFile.toAbsolutePath().normalize().getParent();
        Path abs = source.toAbsolutePath().normalize();
        Path rel = abs.getRoot() != null && abs.getRoot().equals(dir.getRoot()) ? dir.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }
}
