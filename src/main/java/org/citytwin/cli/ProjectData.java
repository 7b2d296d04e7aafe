package org.citytwin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citytwin.model.CityObject;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.pipeline.model.ProposalPlacer;
import org.citytwin.scenario.Project;
import org.citytwin.scenario.ProjectFormatException;
import org.citytwin.scenario.ProjectStore;
import org.citytwin.scenario.Scenario;
import org.citytwin.scenario.ScenarioApplier;
import org.citytwin.text.Texts;

/**
 * A project file with its data loaded: sources resolved against the project's folder, missing ones named (the
 * rest still loads), and any scenario's objects built by replaying its edits over base.
 */
final class ProjectData {

    final Path file;
    final Project project;
    final LoadResult base;
    final List<String> missing;

    private ProjectData(Path file, Project project, LoadResult base, List<String> missing) {
        this.file = file;
        this.project = project;
        this.base = base;
        this.missing = missing;
    }

    static ProjectData load(Path file, DatasetLoader loader) throws IOException, ProjectFormatException {
        Project project = ProjectStore.read(file);
        List<Path> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Path source : sources(file, project)) {
            if (Files.exists(source)) present.add(source);
            else missing.add(source.toString());
        }
        LoadResult base = loader.load(present, LoadProgress.NONE, new CancelToken());
        return new ProjectData(file, project, base, missing);
    }

    static List<Path> sources(Path file, Project project) {
        Path dir = file.toAbsolutePath().getParent();
        return project.sources().stream().map(s -> dir.resolve(s).normalize()).toList();
    }

    /** A source path as the project stores it: relative to the project file's folder (forward slashes). */
    static String relativeSource(Path projectFile, Path source) {
        Path dir = projectFile.toAbsolutePath().normalize().getParent();
        Path abs = source.toAbsolutePath().normalize();
        Path rel = abs.getRoot() != null && abs.getRoot().equals(dir.getRoot()) ? dir.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }

    /** Whether a command-line side names a project: "P.citytwin" (its base) or "P.citytwin#SCENARIO". */
    static boolean isProjectSpec(String spec) {
        int hash = spec.lastIndexOf('#');
        return spec.endsWith(ProjectStore.EXTENSION) || (hash > 0 && spec.substring(0, hash).endsWith(ProjectStore.EXTENSION));
    }

    /**
     * The objects of "P.citytwin#SCENARIO" ("base" when no scenario is named), proposals placed; missing sources are
     * named on stderr. An unknown scenario is an IllegalArgumentException naming the ones there are.
     */
    static List<CityObject> scenarioObjects(String spec, DatasetLoader loader) throws IOException, ProjectFormatException {
        return scenarioOf(spec, loader).objects();
    }

    /** A scenario's edits and the objects they make. */
    record ScenarioObjects(Scenario scenario, List<CityObject> objects) {
    }

    /** As {@link #scenarioObjects}, with the scenario itself (for what it proposes). */
    static ScenarioObjects scenarioOf(String spec, DatasetLoader loader) throws IOException, ProjectFormatException {
        int hash = spec.lastIndexOf('#');
        Path file = Path.of(hash > 0 ? spec.substring(0, hash) : spec);
        String scenario = hash > 0 ? spec.substring(hash + 1) : "base";
        ProjectData data = load(file, loader);
        data.reportMissing();
        List<CityObject> objects = data.objects(scenario, new ProposalPlacer(loader, file.toAbsolutePath().getParent(), data.baseObjects()));
        return new ScenarioObjects(data.project.scenario(scenario).orElseThrow(), objects);
    }

    List<CityObject> baseObjects() {
        return base.files().stream().flatMap(f -> f.objects().stream()).toList();
    }

    /** The scenario's objects; problems (edits whose object is gone) are printed to stderr. */
    List<CityObject> objects(String scenarioName, ScenarioApplier.ModelPlacer placer) {
        Scenario scenario = project.scenario(scenarioName).orElseThrow(() -> new IllegalArgumentException(
                Texts.get("commands.project.no-scenario-in", file, scenarioName, project.scenarioNames())));
        ScenarioApplier applier = new ScenarioApplier(placer);
        List<CityObject> objects = applier.apply(baseObjects(), scenario);
        applier.problems().forEach(p -> System.err.println(file + ": " + p));
        return objects;
    }

    void reportMissing() {
        missing.forEach(m -> System.err.println(Texts.get("commands.common.source-missing", file, m)));
    }
}
