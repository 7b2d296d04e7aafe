package org.citytwin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityFile;
import org.citytwin.model.Envelope;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.pipeline.model.ProposalPlacer;
import org.citytwin.pipeline.texture.TextureImages;
import org.citytwin.pipeline.tile.LodSelection;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.pipeline.tile.TileMesher;
import org.citytwin.model.LodChoice;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.DepthRuler;
import org.citytwin.scene.LayerStyle;
import org.citytwin.scene.UtilityPainter;
import org.citytwin.scene.XRay;
import org.citytwin.thematic.UtilityClassifier;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.scene.flows.AgentColouring;
import org.citytwin.scene.ThematicPainter;
import org.citytwin.text.Texts;
import org.citytwin.thematic.Classification;
import org.citytwin.thematic.ThematicClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Loads CityGML with the real pipeline, renders the same 3D scene as the viewer offscreen and writes a PNG. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Renders CityGML files or PLATEAU folders with the 3D pipeline to a PNG.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:PNG written", "1:rendering failed (e.g. no 3D support)", "2:nothing could be loaded"})
public final class SnapshotCommand implements Callable<Integer> {
    static final double UNDERGROUND_OPACITY = 0.2;

    public enum View { fit, top, oblique }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "CityGML files or folders (or --project)")
    List<Path> paths = List.of();

    @Option(names = "--project", paramLabel = "P.citytwin", description = "render a project's data with a scenario's edits")
    Path project;

    @Option(names = "--scenario", paramLabel = "NAME", defaultValue = "base",
            description = "with --project: the scenario to render (default: ${DEFAULT-VALUE}, the data as loaded)")
    String scenario;

    @Option(names = "--compare", paramLabel = "A,B",
            description = "with --project: swipe view, scenario A left of the divider and B right, one camera")
    String compare;

    @Option(names = "--split", paramLabel = "FRACTION", defaultValue = "0.5",
            description = "with --compare: where the divider stands, 0-1 of the width from the left (default: ${DEFAULT-VALUE})")
    double split;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.png", description = "PNG file to write")
    Path out;

    @Option(names = "--width", defaultValue = "1600", description = "image width in pixels (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "1000", description = "image height in pixels (default: ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--view", defaultValue = "fit",
            description = "fit (oblique, framing the data), top (straight down, north up), oblique (from SSW, 35° down); default: ${DEFAULT-VALUE}")
    View view;

    @Option(names = "--lod", paramLabel = "N", description = "show LOD N (0-4) only; default: each object's highest LOD")
    Integer lod;

    public enum OnOff { on, off }

    @Option(names = "--textures", defaultValue = "on", paramLabel = "on|off",
            description = "draw textures and material colours (on) or plain colours per kind (off, decodes no image); default: ${DEFAULT-VALUE}")
    OnOff textures;

    @Option(names = "--colour-by", paramLabel = "ATTR",
            description = "thematic map by an attribute: measuredHeight, storeysAboveGround, yearOfConstruction (6 classes),"
                    + " usage or any other name (categories when its values are not numbers); the legend is drawn in")
    String colourBy;

    @Option(names = "--xray", paramLabel = "OPACITY",
            description = "opacity 0-1 of terrain, roads, buildings and the plain ground, so buried utilities and underground"
                    + " buildings show through (default: 1, opaque; --underground: 0.2)")
    Double xray;

    @Option(names = "--underground",
            description = "underground preset: ground and city at 20%% opacity (unless --xray says otherwise), utilities glowing in"
                    + " their colours, with a depth ruler")
    boolean underground;

    @Option(names = "--ground", paramLabel = "Z",
            description = "elevation in metres of the plain ground drawn where no terrain is loaded (default: the lowest building"
                    + " base, or what the utilities' cover depths imply)")
    Double groundElevation;

    public enum UtilityColours { type, depth }

    @Option(names = "--utility-colours", defaultValue = "type", paramLabel = "type|depth",
            description = "colour buried utilities by what they carry (type) or by cover-depth band (depth); default: ${DEFAULT-VALUE}")
    UtilityColours utilityColours;

    @Option(names = "--whole", description = "frame all the data, even cities kilometres apart (default: the densest place)")
    boolean whole;

    /** Set per command: frame the scene's densest place rather than all of it (not for projects or swipe pairs). */
    private boolean framePlace;

    @Option(names = "--flow", paramLabel = "FILE",
            description = "pedestrian-flow file to draw (MF-JSON, MF-CSV, OpenPFLOW CSV); repeatable. The view then frames the flows")
    List<Path> flows = List.of();

    @Option(names = "--flow-at", paramLabel = "SECONDS", description = "instant to draw, seconds after the flows' start (default: the middle)")
    Double flowAt;

    @Option(names = "--flow-window", paramLabel = "SECONDS", defaultValue = "60",
            description = "how far back trails and the heat map reach (default: ${DEFAULT-VALUE})")
    double flowWindow;

    @Option(names = "--flow-colour", paramLabel = "speed|source|level", defaultValue = "speed",
            description = "agent colours (default: ${DEFAULT-VALUE})")
    String flowColour;

    @Option(names = "--see-through", description = "hide the plain ground and draw buildings translucent (underground flows)")
    boolean seeThrough;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        if (lod != null && (lod < 0 || lod > 4)) {
            err.println(Texts.get("commands.snapshot.lod"));
            return 2;
        }
        if (xray != null && !(xray >= 0 && xray <= 1)) {
            err.println(Texts.get("commands.snapshot.xray", xray));
            return 2;
        }
        double opacity = xray != null ? xray : underground ? UNDERGROUND_OPACITY : 1;
        if (width < 16 || height < 16 || width > 8192 || height > 8192) {
            err.println(Texts.get("commands.common.size"));
            return 2;
        }
        try {
            FxToolkit.start();
        } catch (RuntimeException e) {
            err.println(Texts.get("commands.common.no-fx", e.getMessage(), "snapshot"));
            return 1;
        }
        if (!Platform.isSupported(ConditionalFeature.SCENE3D)) {
            err.println(Texts.get("commands.common.no-3d"));
            return 1;
        }
        AgentColouring colouring;
        try {
            colouring = AgentColouring.valueOf(flowColour.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println(Texts.get("commands.snapshot.flow-colour", flowColour));
            return 2;
        }
        if (project == null && paths.isEmpty()) {
            err.println(Texts.get("commands.snapshot.needs-input"));
            return 2;
        }
        if (compare != null && (project == null || compare.split(",").length != 2 || !(split >= 0 && split <= 1))) {
            err.println(Texts.get("commands.snapshot.compare"));
            return 2;
        }
        CrsResolver resolver = new CrsResolver();
        DatasetLoader loader = new DatasetLoader(resolver);
        boolean textured = textures == OnOff.on;
        loader.setTextures(textured);
        ProjectData projectData = null;
        LoadResult result;
        if (project != null) {
            try {
                projectData = ProjectData.load(project, loader);
            } catch (org.citytwin.scenario.ProjectFormatException | java.io.IOException e) {
                err.println(e instanceof java.nio.file.NoSuchFileException ? Texts.get("commands.common.no-such-project", project) : e.getMessage());
                return 2;
            }
            projectData.missing.forEach(m -> err.println(Texts.get("commands.common.source-missing", project, m)));
            result = projectData.base;
        } else {
            result = loader.load(paths, LoadProgress.NONE, new CancelToken());
        }
        for (CityFile f : result.files()) {
            for (LoadIssue i : f.issues()) {
                if (i.severity() == Severity.ERROR) err.println(i.describe());
            }
        }
        List<CityObject> objects;
        List<CityObject> objectsB = null;
        ScenarioRenderer renderer = projectData == null ? null : new ScenarioRenderer(projectData, loader, textured);
        try {
            String first = compare != null ? compare.split(",")[0].strip() : scenario;
            objects = renderer == null ? result.files().stream().flatMap(f -> f.objects().stream()).toList()
                    : renderer.objects(first);
            if (compare != null) objectsB = renderer.objects(compare.split(",")[1].strip());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        List<TileMesh> meshes = lod == null && projectData == null ? result.meshes()
                : ScenarioRenderer.meshes(objects, lod, textured);
        List<TileMesh> meshesB = objectsB == null ? null : ScenarioRenderer.meshes(objectsB, lod, textured);
        Envelope sceneBounds = projectData == null ? result.bounds() : ScenarioRenderer.boundsOf(objects, objectsB);
        long triangles = meshes.stream().mapToLong(TileMesh::triangleCount).sum();
        if (meshes.isEmpty() || triangles == 0) {
            if (lod != null && result.triangleCount() > 0) {
                err.println(Texts.get("commands.snapshot.no-lod", lod, paths));
                return 2;
            }
            err.println(Texts.get("commands.snapshot.no-geometry", paths));
            return 2;
        }
        Classification classification = colourBy == null ? null
                : ThematicClassifier.classify(objects, ThematicRules.forAttribute(colourBy, result));
        UtilityClassifier.Result utilities = objects.stream().anyMatch(o -> o.kind() == FeatureKind.UTILITY)
                ? UtilityClassifier.classify(objects, utilityColours == UtilityColours.depth ? UtilityClassifier.Mode.DEPTH_BAND
                        : UtilityClassifier.Mode.TYPE, lod == null ? LodChoice.HIGHEST : LodChoice.exactly(lod))
                : null;

        FlowSnapshot flowSnapshot = flows.isEmpty() ? null : new FlowSnapshot();
        if (flowSnapshot != null && !flowSnapshot.read(flows, resolver, loader.frame(), outw, err)) {
            err.println(Texts.get("commands.snapshot.no-flows", flows));
            return 2;
        }
        framePlace = !whole && projectData == null && objectsB == null;
        WritableImage image = render(meshes, sceneBounds, objects, utilities, classification, opacity, flowSnapshot, colouring, result);
        if (meshesB != null) {
            UtilityClassifier.Result utilitiesB = utilities == null ? null : UtilityClassifier.classify(objectsB,
                    utilityColours == UtilityColours.depth ? UtilityClassifier.Mode.DEPTH_BAND : UtilityClassifier.Mode.TYPE,
                    lod == null ? LodChoice.HIGHEST : LodChoice.exactly(lod));
            WritableImage right = render(meshesB, sceneBounds, objectsB, utilitiesB, classification, opacity, flowSnapshot, colouring, result);
            image = SwipeComposite.compose(image, right, split);
        }
        if (classification == null && utilities == null) {
            SceneSnapshots.writePng(image, out);
        } else {
            java.awt.image.BufferedImage png = javafx.embed.swing.SwingFXUtils.fromFXImage(image, null);
            if (classification != null) LegendOverlay.draw(png, classification, true);
            if (utilities != null) LegendOverlay.draw(png, utilities.classification(), false); // thematic legend left, utilities right
            if (out.toAbsolutePath().getParent() != null) java.nio.file.Files.createDirectories(out.toAbsolutePath().getParent());
            javax.imageio.ImageIO.write(png, "png", out.toFile());
        }
        outw.println(Texts.get("commands.snapshot.written", out.toAbsolutePath(), width, height, triangles));
        outw.flush();
        return 0;
    }

    /** Renders one scene; every scene of one command uses the same bounds, so a swipe pair shares one camera. */
    private WritableImage render(List<TileMesh> meshes, Envelope sceneBounds, List<CityObject> objects,
                                 UtilityClassifier.Result utilities, Classification classification, double opacity,
                                 FlowSnapshot flowSnapshot, AgentColouring colouring, LoadResult result) throws Exception {
        return FxToolkit.onFx(() -> {
            CityScene scene = new CityScene(width, height);
            scene.addMeshes(meshes, sceneBounds);
            scene.addUtilityGround(objects);
            if (groundElevation != null) scene.setGroundElevation(groundElevation);
            if (utilities != null) {
                UtilityPainter painter = new UtilityPainter(scene);
                painter.setEmphasised(underground);
                painter.apply(utilities);
            }
            if (classification != null) new ThematicPainter().apply(scene.layers(), classification);
            if (opacity < 1) new XRay(scene, new LayerStyle(scene)).setOpacity(opacity);
            // a folder of several cities frames its densest place, not specks across the whole region
            Envelope frame = framePlace ? scene.densestPlace() : sceneBounds.copy();
            if (underground) {
                DepthRuler ruler = new DepthRuler(scene);
                if (ruler.show()) frame.include(ruler.bounds());
            }
            switch (view) {
                case top -> scene.camera().top(frame);
                case oblique -> scene.camera().oblique(frame);
                default -> scene.camera().fitTo(frame);
            }
            if (flowSnapshot != null) {
                long t = flowSnapshot.instant(flowAt);
                Envelope focus = flowSnapshot.focus(result.bounds(), t); // the densest walkers where the city is
                if (view == View.top) scene.camera().top(focus);
                else scene.camera().oblique(focus);
                // walkers on a concourse under the plain ground show only through a see-through city
                boolean shell = seeThrough || FlowSnapshot.belowGround(focus, scene.groundElevation());
                flowSnapshot.draw(scene, focus, t, flowWindow, colouring, shell);
            }
            return SceneSnapshots.render(scene, width, height);
        });
    }
}
