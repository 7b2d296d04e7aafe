package org.citytwin.ui.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.citytwin.measure.MeasureTool;
import org.citytwin.scene.SceneSnapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.NarrowWindowLayoutTest;

/** The measure panel after measuring an area: its Copy and Remove buttons show their whole words. */
@ExtendWith(ApplicationExtension.class)
class MeasurePanelTest {
    private final MeasureViewModel vm = new MeasureViewModel();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm.setTool(MeasureTool.AREA);
        vm.addPoint(new double[] {0, 0, 0});
        vm.addPoint(new double[] {123.456, 0, 10});
        vm.addPoint(new double[] {123.456, 98.765, 20});
        vm.finish();
        vm.setTool(null); // done measuring: the panel narrows to its list (the state in which Remove read "Ren")
        stage.setScene(new Scene(new MeasurePanel(vm)));
        stage.show();
    }

    @Test
    void removeAndCopyAreNotCut(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.measurements()).hasSize(1);
        ListView<?> list = robot.lookup("#measure-list").queryAs(ListView.class);
        for (String style : new String[] {".measure-remove", ".measure-copy"}) {
            Button b = robot.lookup(style).queryAs(Button.class);
            Text drawn = (Text) b.lookup(".text");
            assertThat(drawn.getText()).as(style + " drawn in full").isEqualTo(b.getText());
            assertThat(b.getWidth()).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
            var inList = list.sceneToLocal(b.localToScene(b.getLayoutBounds()));
            assertThat(inList.getMaxX()).as(style + " inside the list, not scrolled off").isLessThanOrEqualTo(list.getWidth());
        }
        for (var n : list.lookupAll(".scroll-bar"))
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL)
                assertThat(bar.isVisible()).as("no sideways scrolling").isFalse();
        SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(30, TimeUnit.SECONDS),
                NarrowWindowLayoutTest.SHOTS.resolve("defect9-measure-panel.png"));
    }
}
