package org.citytwin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.citytwin.pipeline.model.ProposalPlacer;
import org.citytwin.scenario.Edit;
import org.citytwin.scenario.Project;
import org.citytwin.scenario.ProjectFormatException;
import org.citytwin.scenario.ProjectJson;
import org.citytwin.scenario.ProjectStore;
import org.citytwin.scenario.Scenario;
import org.citytwin.scenario.Viewpoint;
import org.citytwin.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `project new|scenario|edit|show`: the project-file operations the GUI performs, scriptable. Each command reads the
 * file, changes it and saves it atomically; a refused change leaves the file as it was (exit 2, reason on stderr).
 */
@Command(name = "project", mixinStandardHelpOptions = true,
        description = "Creates and edits CityTwin project files (.citytwin): data sources, scenarios of edits and viewpoints.",
        subcommands = {ProjectCommand.New.class, ProjectCommand.NewScenario.class, ProjectCommand.EditCommand.class,
                ProjectCommand.Show.class, ProjectCommand.ViewpointCommand.class})
public final class ProjectCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println(Texts.get("commands.project.needs-command"));
        return 2;
    }

    /** Reads, changes and saves; messages for the user on stderr, exit 2 when refused. */
    private static int change(Path file, java.util.function.UnaryOperator<Project> change) {
        try {
            Project next = change.apply(ProjectStore.read(file));
            ProjectStore.save(next, file);
            return 0;
        } catch (IllegalArgumentException | ProjectFormatException e) {
            System.err.println(file + ": " + e.getMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println(Texts.get("commands.common.no-such-project", file));
        } catch (IOException e) {
            System.err.println(Texts.get("commands.project.io", file, e.getMessage()));
        }
        return 2;
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Creates a project over the given data (paths are stored relative to the project file).")
    static final class New implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "P.citytwin") Path file;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH") List<Path> sources;
        @Option(names = "--force", description = "overwrite an existing project file") boolean force;

        @Override
        public Integer call() throws IOException {
            if (!file.getFileName().toString().endsWith(ProjectStore.EXTENSION)) {
                System.err.println(Texts.get("commands.project.extension", file, ProjectStore.EXTENSION));
                return 2;
            }
            if (Files.exists(file) && !force) {
                System.err.println(Texts.get("commands.project.exists", file));
                return 2;
            }
            for (Path s : sources) {
                if (!Files.exists(s)) {
                    System.err.println(Texts.get("commands.common.no-such-path", s));
                    return 2;
                }
            }
            ProjectStore.save(Project.of(sources.stream().map(s -> ProjectData.relativeSource(file, s)).toList()), file);
            return 0;
        }
    }

    @Command(name = "scenario", mixinStandardHelpOptions = true,
            description = "Adds a scenario: empty, or a copy of another's edits with --from.")
    static final class NewScenario implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "P.citytwin") Path file;
        @Parameters(index = "1", paramLabel = "NAME") String name;
        @Option(names = "--from", paramLabel = "SCENARIO", description = "copy this scenario's edits") String from;

        @Override
        public Integer call() {
            return change(file, p -> p.withNewScenario(name, from));
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = "Appends an edit to a scenario: demolish GMLID | height GMLID METRES | place MODEL --at LAT,LON[,H].",
            subcommands = {EditCommand.Demolish.class, EditCommand.Height.class, EditCommand.Place.class})
    static final class EditCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "P.citytwin") Path file;
        @Option(names = "--scenario", required = true, paramLabel = "NAME", description = "the scenario the edit goes to") String scenario;

        @Override
        public Integer call() {
            System.err.println(Texts.get("commands.project.needs-operation"));
            return 2;
        }

        int append(Edit edit) {
            return change(file, p -> p.withScenario(p.editable(scenario).with(edit)));
        }

        @Command(name = "demolish", mixinStandardHelpOptions = true, description = "Removes an object in the scenario.")
        static final class Demolish implements Callable<Integer> {
            @picocli.CommandLine.ParentCommand EditCommand parent;
            @Parameters(index = "0", paramLabel = "GMLID") String id;

            @Override
            public Integer call() {
                return parent.append(new Edit.Demolish(id));
            }
        }

        @Command(name = "height", mixinStandardHelpOptions = true,
                description = "Rescales a building vertically from its ground to METRES.")
        static final class Height implements Callable<Integer> {
            @picocli.CommandLine.ParentCommand EditCommand parent;
            @Parameters(index = "0", paramLabel = "GMLID") String id;
            @Parameters(index = "1", paramLabel = "METRES") double metres;

            @Override
            public Integer call() {
                try {
                    return parent.append(new Edit.ChangeHeight(id, metres));
                } catch (IllegalArgumentException e) {
                    System.err.println(e.getMessage());
                    return 2;
                }
            }
        }

        @Command(name = "place", mixinStandardHelpOptions = true,
                description = {"Places a proposal model: a catalog id (models/catalog.json) or a .gltf/.glb/.obj/.gml file"
                        + " (relative to the project file).", "Its base stands on the ground at LAT,LON, or at height H."})
        static final class Place implements Callable<Integer> {
            @picocli.CommandLine.ParentCommand EditCommand parent;
            @Parameters(index = "0", paramLabel = "MODEL") String model;
            @Option(names = "--at", required = true, paramLabel = "LAT,LON[,H]",
                    description = "where the model's base stands: on the ground at LAT,LON, or at height H metres") String at;
            @Option(names = "--heading", paramLabel = "DEG", description = "turn clockwise from north (default 0)") double heading;
            @Option(names = "--scale", paramLabel = "S", description = "size factor (default 1)") double scale = 1;
            @Option(names = "--id", paramLabel = "ID", description = "id of the placed object (default proposal-N)") String id;

            @Override
            public Integer call() {
                String[] parts = at.split(",");
                try {
                    if (parts.length < 2 || parts.length > 3) throw new IllegalArgumentException(Texts.get("commands.project.at", at));
                    double lat = Double.parseDouble(parts[0].strip()), lon = Double.parseDouble(parts[1].strip());
                    double h = parts.length == 3 ? Double.parseDouble(parts[2].strip()) : Double.NaN;
                    Path folder = parent.file.toAbsolutePath().getParent();
                    new ProposalPlacer(null, folder, List.of()).model(model); // refuses an unknown or unreadable model now
                    return change(parent.file, p -> {
                        var scenario = p.editable(parent.scenario);
                        String target = id != null ? id : nextId(p);
                        return p.withScenario(scenario.with(new Edit.PlaceModel(target, model, lat, lon, h, heading, scale)));
                    });
                } catch (NumberFormatException e) {
                    System.err.println(Texts.get("commands.project.at-numbers", at));
                } catch (IllegalArgumentException | org.citytwin.pipeline.model.ModelFormatException e) {
                    System.err.println(e.getMessage());
                }
                return 2;
            }

            private static String nextId(Project p) {
                java.util.Set<String> used = new java.util.HashSet<>();
                p.scenarios().forEach(s -> s.edits().forEach(e -> used.add(e.target())));
                int n = 1;
                while (used.contains("proposal-" + n)) n++;
                return "proposal-" + n;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Prints the project's sources and scenarios.")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "P.citytwin") Path file;
        @Option(names = "--json", description = "print JSON (the project file's own layout, sources resolved)") boolean json;

        @Override
        public Integer call() throws IOException {
            Project project;
            try {
                project = ProjectStore.read(file);
            } catch (ProjectFormatException e) {
                System.err.println(e.getMessage());
                return 2;
            } catch (java.nio.file.NoSuchFileException e) {
                System.err.println(file + ": no such project file");
                return 2;
            }
            List<Path> resolved = ProjectData.sources(file, project);
            if (json) {
                ObjectMapper mapper = new ObjectMapper();
                ObjectNode root = (ObjectNode) mapper.readTree(ProjectJson.write(project));
                ArrayNode paths = root.putArray("resolvedSources");
                for (Path p : resolved) paths.addObject().put("path", p.toString()).put("exists", Files.exists(p));
                System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            } else {
                System.out.println(file);
                for (Path p : resolved) System.out.println(Texts.get("commands.project.show.source", p, Files.exists(p) ? 0 : 1));
                System.out.println(Texts.get("commands.project.show.base"));
                for (Scenario s : project.scenarios()) {
                    System.out.println(Texts.get("commands.project.show.scenario", s.name(), s.edits().size()));
                    for (Edit e : s.edits()) System.out.println("    " + describe(e));
                }
            }
            return 0;
        }

        private static String describe(Edit e) {
            if (e instanceof Edit.ChangeHeight h) return "height " + h.target() + " " + h.metres() + " m";
            if (e instanceof Edit.PlaceModel p) return "place " + p.model() + " as " + p.target() + " at " + p.lat() + ", " + p.lon();
            if (e instanceof Edit.Sketch k) return "sketch " + k.shape().key() + " " + k.target() + " (" + k.name() + "), "
                    + k.height() + " m";
            if (e instanceof Edit.SetAttribute a) return "attribute " + a.target() + " " + a.name() + " = " + a.value();
            return e.op() + " " + e.target();
        }
    }

    @Command(name = "viewpoint", mixinStandardHelpOptions = true,
            description = {"Adds a viewpoint to the project, or replaces the one of that name: where the camera looks"
                    + " (LAT,LON,H), from how far, heading clockwise from north, tilt down from the horizon (90 = straight down).",
                    "A caption with Japanese characters is stored as the Japanese caption, else as the English one."})
    static final class ViewpointCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "P.citytwin") Path file;
        @Parameters(index = "1", paramLabel = "NAME") String name;
        @Option(names = "--scenario", paramLabel = "S", description = "scenario shown (default: base)") String scenario;
        @Option(names = "--look-at", required = true, paramLabel = "LAT,LON,H", description = "the point the camera looks at") String lookAt;
        @Option(names = "--distance", required = true, paramLabel = "M", description = "metres from the camera to that point") String distance;
        @Option(names = "--heading", required = true, paramLabel = "DEG", description = "view direction, degrees clockwise from north") String heading;
        @Option(names = "--tilt", required = true, paramLabel = "DEG", description = "degrees down from the horizon (90 = straight down)") String tilt;
        @Option(names = "--caption", paramLabel = "TEXT", description = "text shown with the viewpoint in presenter mode, tours and reports") String caption;

        @Override
        public Integer call() {
            String[] parts = lookAt.split(",");
            if (parts.length != 3) {
                System.err.println(Texts.get("commands.project.look-at", lookAt));
                return 2;
            }
            double lat, lon, h, d, hd, t;
            try {
                lat = number("--look-at latitude", parts[0]);
                lon = number("--look-at longitude", parts[1]);
                h = number("--look-at height", parts[2]);
                d = number("--distance", distance);
                hd = number("--heading", heading);
                t = number("--tilt", tilt);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            return change(file, p -> {
                String s = scenario == null ? Scenario.BASE : scenario;
                if (p.scenario(s).isEmpty()) {
                    throw new IllegalArgumentException(Texts.get("commands.project.no-scenario", s, p.scenarioNames()));
                }
                Viewpoint v = Viewpoint.camera(name, s, lat, lon, h, d, hd, t, caption);
                return p.withPresentation(p.presentation().withViewpoint(v));
            });
        }

        private static double number(String what, String text) {
            try {
                double v = Double.parseDouble(text.strip());
                if (Double.isFinite(v)) return v;
            } catch (NumberFormatException e) {
                // said below
            }
            throw new IllegalArgumentException(Texts.get("commands.project.number", what, text));
        }
    }
}
