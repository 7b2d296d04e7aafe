package org.citytwin.ui.inspect;

import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.MeshPart;
import org.citytwin.scene.SceneSnapshots;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window and loader on the Haneda 2022 building tile: click a building, read it in the inspector, Esc clears. */
public class InspectorSelectionTest extends RealWindowTest {
    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    public static final Path HANEDA = Path.of("sample-citygml/13100_tokyo23-ku_2022_citygml_1_3_op/udx/bldg/53392633_bldg_6697_2_op.gml");
    public static final String TALLEST = "bldg_bdc161ef-9ae3-4a6c-b554-8a2ce507e6c8"; // measuredHeight 48.7 m

    @Test
    void clickingAHanedaBuildingSelectsItAndShowsItsAttributes(FxRobot robot) throws Exception {
        org.citytwin.ui.WindowLoads.loadAndWait(robot, window, HANEDA);
        CityObject building = window.inspector().find(TALLEST);
        assertThat(building).as("indexed from the load").isNotNull();

        // top view of that building; click the centre of its highest roughly-flat triangle
        double[] roof = roofPoint(building.displayMesh());
        Envelope env = new Envelope();
        double[] v = building.displayMesh().vertices();
        env.includeAll(v, v.length);
        robot.interact(() -> window.cityScene().camera().top(env));
        Point2D screen = WaitForAsyncUtils.asyncFx(() -> {
            double[] s = window.cityScene().camera().project(window.cityScene().camera().toView(roof[0], roof[1], roof[2]));
            return window.cityScene().viewport().localToScreen(s[0], s[1]);
        }).get(10, TimeUnit.SECONDS);
        robot.moveTo(screen).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.inspector().selectedId()).isEqualTo(TALLEST);
        assertThat(robot.lookup("#inspector").query().isVisible()).isTrue();
        assertThat(robot.lookup("#inspector-id").queryAs(Label.class).getText()).isEqualTo(TALLEST);
        assertThat(robot.lookup("#inspector-measured-height").queryAs(Label.class).getText()).isEqualTo("48.70 m");
        assertThat(Integer.parseInt(robot.lookup("#inspector-triangles-shown").queryAs(Label.class).getText())).isGreaterThan(0);
        assertThat(window.cityScene().overlay().getChildren()).as("highlight overlay").isNotEmpty();
        TreeTableView<Attribute> table = robot.lookup("#inspector-attributes").queryAs(TreeTableView.class);
        Attribute city = find(table.getRoot(), "uro:city");
        assertThat(city).as("uro:city row").isNotNull();
        assertThat(city.value()).isEqualTo("13111");
        assertThat(city.label()).isEqualTo("東京都大田区");
        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly("name", "value", "label", "unit");

        robot.interact(() -> window.cityScene().camera().oblique(Envelope.of(env.minX() - 70,
                env.minY() - 70, env.minZ(), env.maxX() + 70, env.maxY() + 70, env.maxZ())));
        WaitForAsyncUtils.waitForFxEvents();
        SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(60, TimeUnit.SECONDS),
                Path.of("target/test-shots/inspector.png"));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.inspector().selected()).isNull();
        assertThat(window.inspector().fields()).isEmpty();
        assertThat(robot.lookup("#inspector").query().isVisible()).isFalse();
        assertThat(window.cityScene().overlay().getChildren()).as("highlight cleared").isEmpty();
    }

    /** Centroid of the highest triangle whose normal points mostly up (a roof seen from above). */
    public static double[] roofPoint(MeshPart mesh) {
        double[] v = mesh.vertices();
        int[] t = mesh.triangles();
        double[] best = null;
        for (int f = 0; f < t.length / 3; f++) {
            int a = 3 * t[3 * f], b = 3 * t[3 * f + 1], c = 3 * t[3 * f + 2];
            double ux = v[b] - v[a], uy = v[b + 1] - v[a + 1], uz = v[b + 2] - v[a + 2];
            double wx = v[c] - v[a], wy = v[c + 1] - v[a + 1], wz = v[c + 2] - v[a + 2];
            double nx = uy * wz - uz * wy, ny = uz * wx - ux * wz, nz = ux * wy - uy * wx;
            double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
            if (len < 1 || Math.abs(nz) / len < 0.9) continue; // skip slivers and walls
            double[] centre = {(v[a] + v[b] + v[c]) / 3, (v[a + 1] + v[b + 1] + v[c + 1]) / 3, (v[a + 2] + v[b + 2] + v[c + 2]) / 3};
            if (best == null || centre[2] > best[2]) best = centre;
        }
        assertThat(best).as("a roof triangle").isNotNull();
        return best;
    }

    private static Attribute find(TreeItem<Attribute> item, String name) {
        if (item.getValue() != null && name.equals(item.getValue().name())) return item.getValue();
        for (TreeItem<Attribute> child : item.getChildren()) {
            Attribute a = find(child, name);
            if (a != null) return a;
        }
        return null;
    }
}
