package org.citytwin.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javax.imageio.ImageIO;
import org.citytwin.geo.CrsResolver;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.scenario.Tour;
import org.citytwin.scenario.Viewpoint;
import org.citytwin.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Renders a project's tour: one PNG per stop, in tour order, each with its scenario, camera, layers and caption. */
@Command(name = "tour", mixinStandardHelpOptions = true,
        description = {"Renders one PNG per stop of the project's tour (its first stored tour, else every viewpoint in order),"
                + " named NN-VIEWPOINT.png.", "The same project renders the same bytes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:PNGs written", "1:rendering failed (e.g. no 3D support)", "2:nothing to render or a refused project"})
public final class TourCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "P.citytwin") Path project;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the PNGs (created if missing)")
    Path out;

    @Option(names = "--width", defaultValue = "1600", description = "image width in pixels (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "1000", description = "image height in pixels (default: ${DEFAULT-VALUE})")
    int height;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        if (width < 16 || height < 16 || width > 8192 || height > 8192) {
            err.println(Texts.get("commands.common.size"));
            return 2;
        }
        ScenarioRenderer renderer = open(project, err);
        if (renderer == null) return 2;
        List<Viewpoint> stops = stops(renderer, err);
        if (stops == null) return 2;
        if (!startFx(err)) return 1;
        Files.createDirectories(out);
        for (int i = 0; i < stops.size(); i++) {
            Viewpoint v = stops.get(i);
            BufferedImage image = renderer.render(v, width, height, err);
            Path file = out.resolve(fileName(i, v.name()));
            if (!ImageIO.write(image, "png", file.toFile())) throw new IOException("No PNG writer available for " + file);
            outw.printf("%s (%s, %d x %d)%n", file.toAbsolutePath(), v.scenario(), width, height);
        }
        outw.flush();
        err.flush();
        return 0;
    }

    /** {@code 01-NAME.png}: the stop's number and the viewpoint's name with characters file systems refuse replaced. */
    static String fileName(int index, String name) {
        String safe = name.strip().replaceAll("[\\\\/:*?\"<>|\\s\\p{Cntrl}]+", "-");
        return String.format(java.util.Locale.ROOT, "%02d-%s.png", index + 1, safe.isEmpty() ? "stop" : safe);
    }

    /** The project with its data loaded, or null after saying why on err. */
    static ScenarioRenderer open(Path project, PrintWriter err) {
        DatasetLoader loader = new DatasetLoader(new CrsResolver());
        ProjectData data;
        try {
            data = ProjectData.load(project, loader);
        } catch (org.citytwin.scenario.ProjectFormatException | IOException e) {
            err.println(e instanceof java.nio.file.NoSuchFileException ? Texts.get("commands.common.no-such-project", project) : e.getMessage());
            return null;
        }
        data.missing.forEach(m -> err.println(Texts.get("commands.common.source-missing", project, m)));
        return new ScenarioRenderer(data, loader, true);
    }

    /** The tour's viewpoints in order, or null (said on err) when there are none or one shows an unknown scenario. */
    static List<Viewpoint> stops(ScenarioRenderer renderer, PrintWriter err) {
        var presentation = renderer.data().project.presentation();
        Tour tour = presentation.tour();
        List<Viewpoint> stops = new ArrayList<>();
        for (Tour.Stop s : tour.stops()) stops.add(presentation.viewpoint(s.viewpoint()).orElseThrow());
        Path file = renderer.data().file;
        if (stops.isEmpty()) {
            err.println(Texts.get("commands.tour.no-viewpoints", file));
            return null;
        }
        for (Viewpoint v : stops) {
            if (renderer.data().project.scenario(v.scenario()).isEmpty()) {
                err.println(Texts.get("commands.tour.no-scenario", file, v.name(), v.scenario(),
                        renderer.data().project.scenarioNames()));
                return null;
            }
        }
        return stops;
    }

    static boolean startFx(PrintWriter err) throws InterruptedException {
        try {
            FxToolkit.start();
        } catch (RuntimeException e) {
            err.println(Texts.get("commands.common.no-fx", e.getMessage(), "tour"));
            return false;
        }
        if (!Platform.isSupported(ConditionalFeature.SCENE3D)) {
            err.println(Texts.get("commands.common.no-3d"));
            return false;
        }
        return true;
    }
}
