package org.citytwin.ui.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.citytwin.app.RealWindowTest;
import org.citytwin.measure.MeasureTool;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.scene.CameraRig;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.WindowLoads;
import org.citytwin.ui.search.ObjectSearchTest;
import org.citytwin.ui.inspect.InspectorSelectionTest;
import org.citytwin.ui.NarrowWindowLayoutTest;

/**
 * The real window on the Haneda tile, measuring a distance: after the first click on the tallest roof, moving the
 * mouse over another roof draws a line from that point to the point a click would add under the cursor.
 */
class MeasureRubberBandWindowTest extends RealWindowTest {
    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void aLineFollowsTheCursorFromTheLastMeasuredPoint(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, ObjectSearchTest.HANEDA);
        CameraRig rig = window.cityScene().camera();
        robot.interact(() -> rig.top(window.cityScene().bounds()));
        robot.interact(() -> window.measure().viewModel().setTool(MeasureTool.DISTANCE));

        CityObject tallest = window.inspector().find(ObjectSearchTest.TALLEST);
        robot.moveTo(onScreen(InspectorSelectionTest.roofPoint(tallest.displayMesh())))
                .clickOn(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.measure().viewModel().current()).as("a distance is open").isNotNull();
        double[] start = window.measure().viewModel().current().points().get(0);
        Line line = window.measure().rubberBand();

        Point2D cursor = otherRoofOnScreen(tallest);
        robot.moveTo(cursor.add(-8, 0)).moveTo(cursor);
        Point2D px = fx(() -> window.cityScene().viewport().screenToLocal(cursor));
        double[] under = fx(() -> window.measure().pointAt(px.getX(), px.getY()));
        assertThat(under).as("a roof under the cursor").isNotNull();
        double[] end = project(under), from = project(start);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> line.isVisible()
                && Math.hypot(line.getEndX() - end[0], line.getEndY() - end[1]) < 1));
        assertThat(line.getParent()).isSameAs(window.root().lookup("#view3d"));
        assertThat(Math.hypot(line.getStartX() - from[0], line.getStartY() - from[1])).as("starts at the first point").isLessThan(1);
        assertThat(Math.hypot(end[0] - from[0], end[1] - from[1])).as("a visible length").isGreaterThan(20);

        org.citytwin.scene.SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null))
                .get(60, TimeUnit.SECONDS), NarrowWindowLayoutTest.SHOTS.resolve("defect9-rubber-band.png"));
        robot.interact(() -> window.measure().viewModel().setTool(null));
        assertThat(line.isVisible()).as("gone when measuring ends").isFalse();
    }

    private Point2D onScreen(double[] p) throws Exception {
        double[] s = project(p);
        return fx(() -> window.cityScene().viewport().localToScreen(s[0], s[1]));
    }

    private double[] project(double[] p) throws Exception {
        CameraRig rig = window.cityScene().camera();
        return fx(() -> rig.project(rig.toView(p[0], p[1], p[2])));
    }

    /** The roof of another building, on screen and pickable, at least 40 px from the tallest one. */
    private Point2D otherRoofOnScreen(CityObject tallest) throws Exception {
        Point2D from = onScreen(InspectorSelectionTest.roofPoint(tallest.displayMesh()));
        for (CityObject o : window.lodModel().allObjects()) {
            if (o == tallest || o.kind() != FeatureKind.BUILDING || o.displayMesh() == null) continue;
            double[] roof = InspectorSelectionTest.roofPoint(o.displayMesh());
            if (roof == null) continue;
            Point2D p = onScreen(roof);
            Point2D local = fx(() -> window.cityScene().viewport().screenToLocal(p));
            if (p.distance(from) > 40 && fx(() -> window.measure().pointAt(local.getX(), local.getY())) != null) return p;
        }
        throw new AssertionError("no other roof on screen");
    }

    private static <T> T fx(java.util.concurrent.Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }
}
