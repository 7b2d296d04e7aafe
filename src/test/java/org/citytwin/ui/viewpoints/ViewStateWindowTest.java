package org.citytwin.ui.viewpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.scenario.Viewpoint;
import org.citytwin.thematic.ThematicRule;
import org.citytwin.ui.underground.ExcavationController;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a Tokyo building tile: colour by measured height, the underground preset, a pit through the
 * largest building, a flow time and speed and an annotation filter are captured into a viewpoint; with all of them
 * cleared, going to the viewpoint puts each back (the pit cut again: the building's shown faces are the cut ones), and
 * going to a plain viewpoint takes them away again.
 */
class ViewStateWindowTest extends RealWindowTest {
    static final Path TOKYO_BLDG = Path.of("sample-citygml/13100_tokyo23-ku_2020_citygml_mini/udx/bldg/53394525_bldg_6697_2_op.gml");

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void aViewpointPutsBackColouringUndergroundPitFlowTimeAndAnnotations(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().load(List.of(TOKYO_BLDG)));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !window.viewModel().runningProperty().get()
                && window.viewModel().lastStateProperty().get() != Worker.State.SCHEDULED);
        assertThat(window.viewModel().lastStateProperty().get()).isEqualTo(Worker.State.SUCCEEDED);
        CityObject building = window.lodModel().allObjects().stream().filter(o -> o.kind() == FeatureKind.BUILDING)
                .max(java.util.Comparator.comparingInt(o -> o.displayMesh().triangleCount())).orElseThrow();
        Envelope e = new Envelope();
        e.includeAll(building.displayMesh().vertices(), building.displayMesh().vertices().length);
        long whole = fx(() -> shownFaces(building.id()));
        ViewState state = window.viewpoints().state();
        ExcavationController pit = window.excavation();
        double[] footprint = {e.minX() - 6, e.minY() - 6, e.maxX() + 6, e.minY() - 6, e.maxX() + 6, e.centerY(),
                e.minX() - 6, e.centerY()}; // the southern half of the building and the ground around it
        robot.interact(() -> {
            window.underground().undergroundProperty().set(true);
            pit.cut(footprint, 4);
            window.flows().timeline().setRange(1_000_000, 1_600_000);
            window.flows().timeline().positionProperty().set(120);
            window.flows().timeline().rateProperty().set(4);
            window.annotations().labels().setShown(List.of("a2"));
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> pit.status().startsWith("Pit"));
        WaitForAsyncUtils.waitForFxEvents();
        long cut = fx(() -> shownFaces(building.id()));
        assertThat(cut).isPositive().isLessThan(whole);
        robot.interact(() -> window.thematicModel().colourBy(ThematicRule.MEASURED_HEIGHT)); // paints the cut meshes

        Viewpoint v = fx(() -> state.capture("pit", "掘削"));
        assertThat(v.colourBy()).isEqualTo("measuredHeight");
        assertThat(v.underground()).isTrue();
        assertThat(v.flowTime()).isCloseTo(120, within(1e-6));
        assertThat(v.playbackSpeed()).isEqualTo(4);
        assertThat(v.annotations()).containsExactly("a2");
        assertThat(v.excavation()).isNotNull();
        assertThat(v.excavation().depth()).isEqualTo(4);
        assertThat(v.excavation().footprint()).hasSize(4);
        assertThat(v.excavation().footprint().get(0).lat()).isBetween(35.0, 36.0); // stored in lat/lon, not local metres

        robot.interact(() -> {
            window.thematicModel().clear();
            window.underground().undergroundProperty().set(false);
            pit.removeCut();
            window.flows().timeline().positionProperty().set(0);
            window.flows().timeline().rateProperty().set(1);
            window.annotations().labels().setShown(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> shownFaces(building.id()))).isEqualTo(whole);
        assertThat(fx(() -> pit.shown())).isNull();

        robot.interact(() -> state.go(v));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> state.lastCut() != null && state.lastCut().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.thematicModel().rule().attribute())).isEqualTo("measuredHeight");
        assertThat(fx(() -> window.thematicModel().currentProperty().get())).isNotNull();
        assertThat(fx(() -> window.underground().undergroundProperty().get())).isTrue();
        assertThat(fx(() -> window.underground().xrayProperty().get())).isCloseTo(v.xray(), within(1e-9));
        ExcavationController.Shown back = fx(pit::shown);
        assertThat(back).isNotNull();
        assertThat(back.depth()).isEqualTo(4);
        for (int i = 0; i < footprint.length; i++) assertThat(back.footprint()[i]).isCloseTo(footprint[i], within(0.01));
        assertThat(fx(() -> shownFaces(building.id()))).as("the building is cut as before").isEqualTo(cut);
        assertThat(fx(() -> window.flows().timeline().positionProperty().get())).isCloseTo(120, within(1e-3));
        assertThat(fx(() -> window.flows().timeline().rateProperty().get())).isEqualTo(4);
        assertThat(fx(() -> window.annotations().labels().shown())).containsExactly("a2");

        Viewpoint plain = Viewpoint.camera("plain", v.scenario(), v.lat(), v.lon(), v.height(), v.distance(), v.heading(),
                v.tilt(), null);
        robot.interact(() -> state.go(plain));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.thematicModel().rule())).isNull();
        assertThat(fx(() -> window.thematicModel().currentProperty().get())).isNull();
        assertThat(fx(() -> window.underground().undergroundProperty().get())).isFalse();
        assertThat(fx(pit::shown)).isNull();
        assertThat(fx(() -> pit.layer().isShown())).isFalse();
        assertThat(fx(() -> shownFaces(building.id()))).isEqualTo(whole);
        assertThat(fx(() -> window.annotations().labels().shown())).isNull();
    }

    private long shownFaces(String id) {
        return window.cityScene().layer(FeatureKind.BUILDING).getChildren().stream()
                .filter(n -> n.getUserData() instanceof TileMesh)
                .mapToLong(n -> countFaces((TileMesh) n.getUserData(), id)).sum();
    }

    private static long countFaces(TileMesh m, String id) {
        int index = m.objectIds().indexOf(id);
        if (index < 0) return 0;
        long n = 0;
        for (int f : m.faceObject()) if (f == index) n++;
        return n;
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }
}
