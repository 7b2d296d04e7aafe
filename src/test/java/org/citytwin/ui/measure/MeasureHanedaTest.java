package org.citytwin.ui.measure;

import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.apache.sis.referencing.CRS;
import org.citytwin.app.AppContext;
import org.citytwin.measure.MeasureMath;
import org.citytwin.measure.MeasureTool;
import org.citytwin.measure.Measurement;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.LocalFrame;
import org.citytwin.model.MeshPart;
import org.citytwin.scene.SceneSnapshots;
import org.junit.jupiter.api.Test;
import org.opengis.referencing.operation.MathTransform;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.inspect.InspectorSelectionTest;

/**
 * The real window and loader on the Haneda 2022 building tile: measure between two roof corners of its tallest
 * building (clicked on screen, snapped to the vertices) and compare with the distance computed independently from
 * the file's latitude/longitude/height (Apache SIS, EPSG:6668 → EPSG:6677); height above ground; cursor read-out.
 */
class MeasureHanedaTest extends RealWindowTest {
    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    static final Path HANEDA = InspectorSelectionTest.HANEDA;
    static final String TALLEST = InspectorSelectionTest.TALLEST;

    @Override
    protected void beforeOpen(AppContext appContext) {
        // frame at the origin of Japan Plane Rectangular CS IX: local x/y = EPSG:6677 easting/northing / 0.9999
        appContext.loader().anchor(new LocalFrame(36.0, 139.0 + 50.0 / 60.0));
    }

    @Test
    void measuresBetweenTwoRoofCornersHeightAndCursorReadout(FxRobot robot) throws Exception {
        org.citytwin.ui.WindowLoads.loadAndWait(robot, window, HANEDA);
        CityObject building = window.inspector().find(TALLEST);
        assertThat(building).isNotNull();
        MeshPart lod2 = building.meshes().get(2);
        assertThat(lod2).as("LOD2 mesh").isNotNull();
        double[] v = lod2.vertices();

        // two roof corners: the highest vertex, and the roof-level vertex farthest from it horizontally
        int a = 0;
        for (int i = 0; i < v.length / 3; i++) if (v[3 * i + 2] > v[3 * a + 2]) a = i;
        int b = -1;
        for (int i = 0; i < v.length / 3; i++) {
            if (v[3 * i + 2] < v[3 * a + 2] - 0.5) continue;
            if (b < 0 || horizontal(v, a, i) > horizontal(v, a, b)) b = i;
        }
        double[] pa = {v[3 * a], v[3 * a + 1], v[3 * a + 2]}, pb = {v[3 * b], v[3 * b + 1], v[3 * b + 2]};
        double fromVertices = MeasureMath.distance3d(pa, pb);
        assertThat(fromVertices).as("two distinct roof corners").isGreaterThan(5);

        Envelope env = new Envelope();
        env.includeAll(v, v.length);
        robot.interact(() -> window.cityScene().camera().top(env));
        robot.clickOn("View").clickOn("Measure").clickOn("Measure distance");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.measure().viewModel().tool()).isEqualTo(MeasureTool.DISTANCE);

        double[] centre = {(env.minX() + env.maxX()) / 2, (env.minY() + env.maxY()) / 2, env.maxZ()};
        double[] sa = WaitForAsyncUtils.asyncFx(() -> window.measure().clickAt(inward(pa, centre)[0], inward(pa, centre)[1]))
                .get(10, TimeUnit.SECONDS);
        double[] sb = WaitForAsyncUtils.asyncFx(() -> window.measure().clickAt(inward(pb, centre)[0], inward(pb, centre)[1]))
                .get(10, TimeUnit.SECONDS);
        assertThat(sa).as("snapped to corner A").isNotNull();
        assertThat(MeasureMath.distance3d(sa, pa)).as("snapped to corner A").isLessThan(0.02);
        assertThat(MeasureMath.distance3d(sb, pb)).as("snapped to corner B").isLessThan(0.02);
        robot.interact(() -> window.measure().viewModel().finish());
        Measurement m = window.measure().viewModel().measurements().get(0);
        assertThat(m.length3d()).isCloseTo(fromVertices, within(0.05));

        // independently, from the file: the posList points of this building converted with SIS
        List<double[]> raw = projectedPoints(HANEDA, TALLEST);
        double[] ra = nearest(raw, pa), rb = nearest(raw, pb);
        assertThat(MeasureMath.distance3d(ra, pa)).as("corner A is a point of the file").isLessThan(0.05);
        assertThat(MeasureMath.distance3d(rb, pb)).as("corner B is a point of the file").isLessThan(0.05);
        assertThat(m.length3d()).isCloseTo(MeasureMath.distance3d(ra, rb), within(0.05));
        assertThat(robot.lookup("#measure-list").queryListView().getItems()).hasSize(1);

        // height above ground: no terrain in this tile, so the building's lowest base is the ground
        robot.interact(() -> window.measure().viewModel().setTool(MeasureTool.HEIGHT));
        double[] roof = InspectorSelectionTest.roofPoint(building.displayMesh());
        double[] sr = WaitForAsyncUtils.asyncFx(() -> screen(roof)).get(10, TimeUnit.SECONDS);
        Point2D onScreen = WaitForAsyncUtils.asyncFx(() -> window.cityScene().viewport().localToScreen(sr[0], sr[1]))
                .get(10, TimeUnit.SECONDS);
        robot.moveTo(onScreen).clickOn(javafx.scene.input.MouseButton.PRIMARY); // a real click in measure mode
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.measure().viewModel().measurements()).hasSize(2);
        assertThat(window.inspector().selected()).as("no selection while measuring").isNull();
        Measurement h = window.measure().viewModel().measurements().get(1);
        double[] top = h.points().get(0);
        assertThat(Math.hypot(top[0] - roof[0], top[1] - roof[1])).as("clicked where aimed").isLessThan(1.0);
        double minZ = env.minZ();
        assertThat(h.tool()).isEqualTo(MeasureTool.HEIGHT);
        assertThat(h.groundFound()).isFalse();
        assertThat(h.heightAboveGround()).isCloseTo(top[2] - minZ, within(0.01));
        assertThat(h.heightAboveGround()).isBetween(40.0, 60.0); // measuredHeight 48.7 m

        // cursor read-out: lat/lon of the surface under the mouse, as the loader converts it
        // moved off and back within the 50 ms pick limit: the trailing pick sets the read-out where the mouse rests
        String atRest = WaitForAsyncUtils.asyncFx(() -> {
            double[] p = window.measure().surfaceAt(sr[0], sr[1]);
            return window.measure().viewModel().format(p[0], p[1], p[2]);
        }).get(10, TimeUnit.SECONDS);
        Label readout = robot.lookup("#cursor-readout").queryAs(Label.class);
        robot.moveTo(onScreen.add(-5, 0)).moveTo(onScreen);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(readout::getText).get().equals(atRest));
        String shown = WaitForAsyncUtils.asyncFx(readout::getText).get(10, TimeUnit.SECONDS);
        Matcher mm = Pattern.compile("lat (-?[0-9.]+), lon (-?[0-9.]+), h (-?[0-9.]+) m").matcher(shown);
        assertThat(mm.matches()).as(shown).isTrue();
        double[] ll = context.loader().toLatLon(roof[0], roof[1]);
        assertThat(Double.parseDouble(mm.group(1))).isCloseTo(ll[0], within(5e-6)); // about half a metre
        assertThat(Double.parseDouble(mm.group(2))).isCloseTo(ll[1], within(5e-6));
        assertThat(Double.parseDouble(mm.group(3))).isCloseTo(roof[2], within(0.5));
        // and exactly: the read-out of a picked point is the loader's lat/lon with six decimals
        double[] picked = WaitForAsyncUtils.asyncFx(() -> window.measure().surfaceAt(sr[0], sr[1])).get(10, TimeUnit.SECONDS);
        double[] pll = context.loader().toLatLon(picked[0], picked[1]);
        assertThat(window.measure().viewModel().format(picked[0], picked[1], picked[2]))
                .isEqualTo(String.format(java.util.Locale.ROOT, "lat %.6f, lon %.6f, h %.2f m", pll[0], pll[1], picked[2]));

        robot.interact(() -> window.cityScene().camera().oblique(Envelope.of(env.minX() - 60,
                env.minY() - 60, env.minZ(), env.maxX() + 60, env.maxY() + 60, env.maxZ())));
        robot.interact(() -> window.measure().overlay().show(window.measure().viewModel().measurements()));
        assertThat(window.measure().overlay().node().getChildren()).isNotEmpty();
        SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(60, TimeUnit.SECONDS),
                Path.of("target/test-shots/measure.png"));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.measure().viewModel().isActive()).isFalse();
        assertThat(window.measure().viewModel().measurements()).hasSize(2);
    }

    private double[] screen(double[] p) {
        return window.cityScene().camera().project(window.cityScene().camera().toView(p[0], p[1], p[2]));
    }

    /** The screen position of p moved 2 px toward the centre, so the click lands on the roof, not its edge. */
    private double[] inward(double[] p, double[] centre) {
        double[] s = screen(p), c = screen(centre);
        double dx = c[0] - s[0], dy = c[1] - s[1], len = Math.hypot(dx, dy);
        return len < 1e-9 ? s : new double[] {s[0] + 2 * dx / len, s[1] + 2 * dy / len};
    }

    private static double horizontal(double[] v, int i, int j) {
        return Math.hypot(v[3 * i] - v[3 * j], v[3 * i + 1] - v[3 * j + 1]);
    }

    private static double[] nearest(List<double[]> points, double[] p) {
        double[] best = null;
        for (double[] q : points) if (best == null || MeasureMath.distance3d(q, p) < MeasureMath.distance3d(best, p)) best = q;
        return best;
    }

    /** Every posList point of the building, lat/lon/h → EPSG:6677 /0.9999 (local metres of the anchored frame), h. */
    static List<double[]> projectedPoints(Path file, String gmlId) throws Exception {
        String xml = Files.readString(file);
        int start = xml.indexOf("gml:id=\"" + gmlId + "\"");
        int end = xml.indexOf("cityObjectMember>", start);
        String part = xml.substring(start, end < 0 ? xml.length() : end);
        MathTransform mt = CRS.findOperation(CRS.forCode("EPSG:6668"), CRS.forCode("EPSG:6677"), null).getMathTransform();
        List<double[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("<gml:posList[^>]*>([^<]*)</gml:posList>").matcher(part);
        while (m.find()) {
            String[] n = m.group(1).trim().split("\\s+");
            for (int i = 0; i + 2 < n.length; i += 3) {
                double[] p = {Double.parseDouble(n[i]), Double.parseDouble(n[i + 1])};
                mt.transform(p, 0, p, 0, 1); // EPSG:6677 axes: northing, easting
                out.add(new double[] {p[1] / 0.9999, p[0] / 0.9999, Double.parseDouble(n[i + 2])});
            }
        }
        return out;
    }
}
