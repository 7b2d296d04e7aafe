package org.citytwin.scene.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citytwin.scene.FxTestSupport.onFx;
import static org.citytwin.scene.FxTestSupport.startFx;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.TriangleMesh;
import org.citytwin.model.FeatureKind;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.scene.TestMeshes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Agents, heat and trails rendered offscreen over a flat plaza; colours checked at the agents' projected pixels. */
class FlowRenderTest {
    private static final double X0 = 3000, Y0 = -1500; // far from the frame origin, like real data

    @BeforeAll
    static void fx() throws Exception {
        startFx();
    }

    private static CityScene plaza() {
        CityScene cs = new CityScene(400, 300);
        cs.addMeshes(List.of(TestMeshes.box(FeatureKind.BUILDING, X0 - 60, Y0 - 60, -1, X0 + 60, Y0 + 60, 0)), null);
        cs.top();
        return cs;
    }

    private static Image shot(CityScene cs, String name) throws Exception {
        return onFx(() -> {
            Image img = SceneSnapshots.render(cs, 400, 300);
            SceneSnapshots.writePng(img, Path.of("target/test-shots/" + name + ".png"));
            return img;
        });
    }

    private static Color at(Image img, CityScene cs, double x, double y, double z) {
        double[] px = cs.camera().project(cs.camera().toView(x, y, z));
        return img.getPixelReader().getColor((int) Math.round(px[0]), (int) Math.round(px[1]));
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.12 && Math.abs(a.getGreen() - b.getGreen()) < 0.12
                && Math.abs(a.getBlue() - b.getBlue()) < 0.12;
    }

    @Test
    void agentsShowInTheirPaletteColourAtTheirProjectedPositions() throws Exception {
        int slow = FlowPalette.speedIndex(0), fast = FlowPalette.speedIndex(3);
        CityScene cs = onFx(() -> {
            CityScene s = plaza();
            FlowLayer flows = new FlowLayer(s);
            flows.anchorNear(X0, Y0, 0);
            flows.agents().setSize(4, 4); // big enough to cover a few pixels from the top view
            flows.agents().update(2, new double[] {X0 - 30, X0 + 30}, new double[] {Y0, Y0 + 20}, new double[] {0, 0},
                    new int[] {slow, fast});
            return s;
        });
        Image img = shot(cs, "flow-agents");
        assertThat(near(at(img, cs, X0 - 30, Y0, 2), FlowPalette.colour(slow))).as("slow agent blue, west").isTrue();
        assertThat(near(at(img, cs, X0 + 30, Y0 + 20, 2), FlowPalette.colour(fast))).as("fast agent red, north-east").isTrue();
        assertThat(FlowPalette.colour(fast).getRed()).isGreaterThan(0.9);
        assertThat(FlowPalette.colour(slow).getBlue()).isGreaterThan(0.9);
        // between them: the plaza, not an agent
        Color between = at(img, cs, X0, Y0 - 30, 0);
        assertThat(near(between, FlowPalette.colour(slow)) || near(between, FlowPalette.colour(fast))).isFalse();
    }

    @Test
    void movedAgentsLeaveNothingBehindAndTheMeshDoesNotGrowPerUpdate() throws Exception {
        int c = FlowPalette.sourceIndex(1);
        CityScene cs = onFx(() -> {
            CityScene s = plaza();
            FlowLayer flows = new FlowLayer(s);
            flows.anchorNear(X0, Y0, 0);
            flows.agents().setSize(4, 4);
            double[] xs = new double[100], ys = new double[100], zs = new double[100];
            int[] cols = new int[100];
            java.util.Arrays.fill(cols, c);
            for (int i = 0; i < 100; i++) { xs[i] = X0 - 40 + i * 0.8; ys[i] = Y0 + 40; }
            flows.agents().update(100, xs, ys, zs, cols);
            // next frame: only one agent left, in the south
            flows.agents().update(1, new double[] {X0}, new double[] {Y0 - 40}, zs, cols);
            TriangleMesh mesh = (TriangleMesh) flows.agents().node().getMesh();
            assertThat(mesh.getFaces().size() / 6).isEqualTo(128 * AgentMesh.FACES_PER_AGENT); // grown once, 64 → 128
            assertThat(flows.agents().count()).isEqualTo(1);
            return s;
        });
        Image img = shot(cs, "flow-agents-moved");
        assertThat(near(at(img, cs, X0, Y0 - 40, 2), FlowPalette.colour(c))).isTrue();
        assertThat(near(at(img, cs, X0, Y0 + 40, 2), FlowPalette.colour(c))).as("old row gone").isFalse();
    }

    @Test
    void heatShowsOnTheConcourseLevelNotOnTheStreetAbove() throws Exception {
        // a crowd on a concourse 21 m below the street; a thin street-level grid elsewhere stays clear
        float[] dense = new float[10 * 10];
        for (int r = 3; r < 7; r++) for (int col = 3; col < 7; col++) dense[r * 10 + col] = 2f;
        CityScene cs = onFx(() -> {
            CityScene s = new CityScene(400, 300);
            s.addMeshes(List.of(TestMeshes.box(FeatureKind.TUNNEL, X0 - 60, Y0 - 60, -22, X0 + 60, Y0 + 60, -21)), null);
            s.top();
            FlowLayer flows = new FlowLayer(s);
            flows.heat().show(List.of(new HeatLevel(-21, X0 - 50, Y0 - 50, 10, 10, 10, dense),
                    new HeatLevel(0, X0 - 50, Y0 - 50, 10, 10, 10, new float[100])));
            return s;
        });
        Image img = shot(cs, "flow-heat-concourse");
        Color hot = at(img, cs, X0, Y0, -21);
        assertThat(hot.getRed()).as("dense cells red").isGreaterThan(0.75);
        assertThat(hot.getGreen()).isLessThan(0.45);
        Color quiet = at(img, cs, X0 - 40, Y0 - 40, -21);
        assertThat(quiet.getRed() - quiet.getGreen()).as("empty cells clear").isLessThan(0.25);
        // the concourse quad lies at the concourse's elevation (JavaFX y is down)
        double quadY = onFx(() -> ((javafx.scene.Parent) cs.flows().lookup("#flow-heat")).getChildrenUnmodifiable().get(0).getTranslateY());
        assertThat(quadY).isBetween(20.5, 21.0);
    }

    @Test
    void trailFadesFromItsAgentColourAtTheHeadToThePlazaAtTheTail() throws Exception {
        int c = FlowPalette.sourceIndex(0); // cyan
        CityScene cs = onFx(() -> {
            CityScene s = plaza();
            FlowLayer flows = new FlowLayer(s);
            flows.anchorNear(X0, Y0, 0);
            flows.trails().setWidth(4);
            // one trail west → east, newest at the east end
            double[] xs = {X0 - 40, X0, X0 + 40}, ys = {Y0, Y0, Y0}, zs = {0, 0, 0};
            flows.trails().update(1, new int[] {0}, new int[] {3}, xs, ys, zs, new float[] {1f, 0.5f, 0f}, new int[] {c});
            return s;
        });
        Image img = shot(cs, "flow-trail");
        Color head = at(img, cs, X0 + 36, Y0, 0), middle = at(img, cs, X0, Y0, 0), tail = at(img, cs, X0 - 39, Y0, 0);
        Color plaza = at(img, cs, X0, Y0 + 30, 0);
        Color cyan = FlowPalette.colour(c);
        // the head is close to the agent colour, the tail close to the plaza, the middle in between
        assertThat(distance(head, cyan)).isLessThan(distance(middle, cyan));
        assertThat(distance(middle, cyan)).isLessThan(distance(tail, cyan));
        assertThat(distance(tail, plaza)).isLessThan(0.15);
        assertThat(distance(head, plaza)).isGreaterThan(0.3);
    }

    @Test
    void zonesAndGatesShowAsTranslucentVolumesAndAPinkWall() throws Exception {
        CityScene cs = onFx(() -> {
            CityScene s = plaza();
            FlowLayer flows = new FlowLayer(s);
            flows.zones().show(List.of(new ZoneVolumes.Zone("z1", "Exit A: 12 count", X0 - 30, Y0 - 30, 0, 16, 3,
                    Color.rgb(0, 120, 255, 0.5))));
            flows.gates().show(List.of(new GateMarks.Gate(X0 + 30, Y0 - 20, X0 + 30, Y0 + 20, 0)), null, 1);
            return s;
        });
        Image img = shot(cs, "flow-zone-gate");
        Color zone = at(img, cs, X0 - 35, Y0 - 35, 3), plaza = at(img, cs, X0, Y0 + 30, 0);
        assertThat(zone.getBlue()).as("zone tints the plaza blue").isGreaterThan(zone.getRed() + 0.2);
        assertThat(plaza.getBlue()).isLessThan(plaza.getRed());
        assertThat(zone.getRed()).as("translucent: some plaza shows through").isGreaterThan(0.15);
        Color wall = at(img, cs, X0 + 30, Y0, 1);
        assertThat(wall.getRed()).isGreaterThan(wall.getGreen() + 0.2);
        assertThat(onFx(() -> cs.viewport().lookup("#" + ZoneVolumes.labelId("z1")) != null)).isTrue();
    }

    private static double distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()), Math.max(Math.abs(a.getGreen() - b.getGreen()),
                Math.abs(a.getBlue() - b.getBlue())));
    }
}
