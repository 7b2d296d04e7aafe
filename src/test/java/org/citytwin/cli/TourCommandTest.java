package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Point3D;
import javax.imageio.ImageIO;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.scenario.Project;
import org.citytwin.scenario.ProjectStore;
import org.citytwin.scenario.Viewpoint;
import org.citytwin.scene.CameraRig;
import org.citytwin.scene.ViewpointCamera;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `tour` on the bundled Haneda 2022 dataset: a base stop with a Japanese caption, the same view in a scenario that
 * demolishes the largest building, and the same view with the building layer hidden. Renders twice, byte for byte.
 */
class TourCommandTest {

    private static final Path DATA = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op");
    private static final int W = 480, H = 360;

    @TempDir
    Path dir;

    @Test
    void everyStopShowsItsScenarioAndLayersAndRendersTheSameBytesTwice() throws Exception {
        DatasetLoader loader = new DatasetLoader(new CrsResolver());
        var loaded = loader.load(List.of(DATA), LoadProgress.NONE, new CancelToken());
        CityObject target = loaded.files().stream().flatMap(f -> f.objects().stream())
                .filter(o -> o.kind() == FeatureKind.BUILDING && !o.meshes().isEmpty())
                .max(Comparator.comparingDouble(TourCommandTest::footprint)).orElseThrow();
        double[] c = centre(target.displayMesh());
        double[] latLon = loader.toLatLon(c[0], c[1]);

        String p = dir.resolve("plan.citytwin").toString();
        String lookAt = latLon[0] + "," + latLon[1] + "," + c[2];
        assertThat(CliRunner.run("project", "new", p, DATA.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("project", "scenario", p, "proposal").exitCode()).isZero();
        assertThat(CliRunner.run("project", "edit", p, "--scenario", "proposal", "demolish", target.id()).exitCode()).isZero();
        assertThat(CliRunner.run("project", "viewpoint", p, "今の羽田", "--look-at", lookAt, "--distance", "220",
                "--heading", "0", "--tilt", "90", "--caption", "現在の羽田空港三丁目").exitCode()).isZero();
        assertThat(CliRunner.run("project", "viewpoint", p, "proposal", "--scenario", "proposal", "--look-at", lookAt,
                "--distance", "220", "--heading", "0", "--tilt", "90", "--caption", "After demolition").exitCode()).isZero();

        Path first = dir.resolve("first"), second = dir.resolve("second");
        Tour run1 = tour(p, first), run2 = tour(p, second);
        assertThat(run1.code).as(run1.err).isZero();
        assertThat(run2.code).as(run2.err).isZero();
        List<String> names = List.of("01-今の羽田.png", "02-proposal.png");
        assertThat(list(first)).containsExactlyElementsOf(names);
        assertThat(list(second)).containsExactlyElementsOf(names);
        for (String n : names) assertThat(Files.readAllBytes(second.resolve(n))).as(n).isEqualTo(Files.readAllBytes(first.resolve(n)));

        // the building's centre on screen, through the same conversion the renders use
        CameraRig rig = new CameraRig();
        rig.setViewport(W, H);
        Viewpoint base = ProjectStore.read(Path.of(p)).presentation().viewpoints().get(0);
        ViewpointCamera.apply(rig, loader::toLocal, base);
        double[] px = rig.project(rig.toView(c[0], c[1], c[2]));
        assertThat(px[0]).isBetween(W * 0.4, W * 0.6);
        assertThat(px[1]).isBetween(H * 0.4, H * 0.6);
        int x = (int) px[0], y = (int) px[1];

        BufferedImage before = ImageIO.read(first.resolve(names.get(0)).toFile());
        BufferedImage after = ImageIO.read(first.resolve(names.get(1)).toFile());
        assertThat(before.getWidth()).isEqualTo(W);
        assertThat(before.getHeight()).isEqualTo(H);
        assertThat(difference(before, after, x, y)).as("the demolished building is gone in the proposal").isGreaterThan(25);

        // the same view at base with the building layer hidden: there, too, no building where it stood
        Project project = ProjectStore.read(Path.of(p));
        Viewpoint hidden = new Viewpoint("hidden", "base", base.lat(), base.lon(), base.height(), base.distance(),
                base.heading(), base.tilt(), null, null, null, List.of(new Viewpoint.LayerState("BUILDING", false, 1)),
                null, null, 1, false, Double.NaN, 1, null);
        ProjectStore.save(project.withPresentation(project.presentation().withViewpoint(hidden)), Path.of(p));
        Path third = dir.resolve("third");
        assertThat(tour(p, third).code).isZero();
        assertThat(list(third)).containsExactly("01-今の羽田.png", "02-proposal.png", "03-hidden.png");
        assertThat(Files.readAllBytes(third.resolve(names.get(0)))).isEqualTo(Files.readAllBytes(first.resolve(names.get(0))));
        BufferedImage none = ImageIO.read(third.resolve("03-hidden.png").toFile());
        assertThat(difference(before, none, x, y)).as("hidden buildings are not drawn").isGreaterThan(25);
        assertThat(difference(after, none, x, y)).as("ground where the building stood, as in the proposal").isLessThan(12);

        // the same view at base with a pit dug around the building: the renderer cuts it away like the viewer does
        org.citytwin.model.Envelope e = new org.citytwin.model.Envelope();
        e.includeAll(target.displayMesh().vertices(), target.displayMesh().vertices().length);
        List<Viewpoint.Corner> corners = new java.util.ArrayList<>();
        for (double[] xy : new double[][] {{e.minX() - 5, e.minY() - 5}, {e.maxX() + 5, e.minY() - 5},
                {e.maxX() + 5, e.maxY() + 5}, {e.minX() - 5, e.maxY() + 5}}) {
            double[] ll = loader.toLatLon(xy[0], xy[1]);
            corners.add(new Viewpoint.Corner(ll[0], ll[1]));
        }
        Viewpoint dug = Viewpoint.camera("dug", "base", base.lat(), base.lon(), base.height(), base.distance(), base.heading(),
                base.tilt(), null).withExcavation(new Viewpoint.Pit(corners, 3));
        project = ProjectStore.read(Path.of(p));
        ProjectStore.save(project.withPresentation(project.presentation().withViewpoint(dug)), Path.of(p));
        Path fourth = dir.resolve("fourth");
        Tour withPit = tour(p, fourth);
        assertThat(withPit.code).as(withPit.err).isZero();
        BufferedImage pit = ImageIO.read(fourth.resolve("04-dug.png").toFile());
        assertThat(difference(before, pit, x, y)).as("the building inside the pit is cut away").isGreaterThan(25);
        int rgb = pit.getRGB(x, y);
        int red = (rgb >> 16) & 0xFF, blue = rgb & 0xFF;
        assertThat(red).as("the pit's earth floor shows where the building stood").isGreaterThan(blue + 20);

        // the caption band: the bottom rows differ between the Japanese and the English caption
        assertThat(difference(before, after, W / 2, H - 30)).isGreaterThan(0);
    }

    @Test
    void aProjectWithoutViewpointsIsRefused() throws Exception {
        String p = dir.resolve("empty.citytwin").toString();
        assertThat(CliRunner.run("project", "new", p, DATA.toString()).exitCode()).isZero();
        Tour run = tour(p, dir.resolve("out"));
        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("has no viewpoints");
        assertThat(TourCommand.fileName(0, "a/b: c")).isEqualTo("01-a-b-c.png");
    }

    private record Tour(int code, String err) {
    }

    private static Tour tour(String project, Path out) {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new TourCommand());
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        int code = cl.execute(project, "--out", out.toString(), "--width", String.valueOf(W), "--height", String.valueOf(H));
        return new Tour(code, err.toString());
    }

    private static List<String> list(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Mean absolute RGB difference over a 7×7 window. */
    private static double difference(BufferedImage a, BufferedImage b, int x, int y) {
        double sum = 0;
        int n = 0;
        for (int dy = -3; dy <= 3; dy++) {
            for (int dx = -3; dx <= 3; dx++) {
                int p = a.getRGB(x + dx, y + dy), q = b.getRGB(x + dx, y + dy);
                for (int shift = 0; shift <= 16; shift += 8) sum += Math.abs(((p >> shift) & 255) - ((q >> shift) & 255));
                n += 3;
            }
        }
        return sum / n;
    }

    private static double footprint(CityObject o) {
        double[] v = o.displayMesh().vertices();
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < v.length; i += 3) {
            minX = Math.min(minX, v[i]);
            maxX = Math.max(maxX, v[i]);
            minY = Math.min(minY, v[i + 1]);
            maxY = Math.max(maxY, v[i + 1]);
        }
        return (maxX - minX) * (maxY - minY);
    }

    /** Centre of the mesh's bounding box, local frame (x east, y north, z up); z at the base. */
    private static double[] centre(MeshPart m) {
        double[] v = m.vertices();
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < v.length; i += 3) {
            for (int k = 0; k < 3; k++) {
                lo[k] = Math.min(lo[k], v[i + k]);
                hi[k] = Math.max(hi[k], v[i + k]);
            }
        }
        return new double[] {(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, lo[2]};
    }
}
