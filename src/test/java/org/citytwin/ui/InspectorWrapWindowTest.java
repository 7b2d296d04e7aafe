package org.citytwin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TreeTableCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.citytwin.model.FeatureKind;
import org.citytwin.scene.SceneSnapshots;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.citytwin.ui.search.ObjectSearchTest;

/**
 * The real window at 1280×720 (the slim inspector) on the Haneda tile's tallest building: every attribute name and
 * value in the inspector is drawn in full (wrapped, the row taller), none cut to "xAL:Cou…".
 */
class InspectorWrapWindowTest extends NarrowWindowTest {
    @Start
    void start(Stage primary) {
        openNarrow();
    }

    @Test
    void longAttributeNamesAndValuesAreShownInFull(FxRobot robot) throws Exception {
        WindowLoads.loadAndWait(robot, window, ObjectSearchTest.HANEDA);
        robot.interact(() -> window.selection().selectById(FeatureKind.BUILDING, ObjectSearchTest.TALLEST));
        // rows re-measure on the pulses after their cells learnt their widths
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> allFit(robot, window.root())).get());

        List<String> long_ = new ArrayList<>();
        double oneLine = Double.MAX_VALUE, tallest = 0;
        for (TreeTableCell<?, ?> cell : robot.from(window.root()).lookup("#inspector-attributes .tree-table-cell").queryAllAs(TreeTableCell.class)) {
            if (!shown(cell) || cell.isEmpty() || cell.getItem() == null || cell.getItem().toString().isEmpty()) continue;
            String full = cell.getItem().toString();
            Text drawn = drawnText(cell);
            assertThat(drawn).as("text node of " + full).isNotNull();
            assertThat(drawn.getText()).as("drawn in full, not cut").isEqualTo(full);
            var inCell = cell.sceneToLocal(drawn.localToScene(drawn.getLayoutBounds()));
            assertThat(inCell.getMaxX()).as(full + " fits the cell's width").isLessThanOrEqualTo(cell.getWidth() + 0.5);
            assertThat(inCell.getMaxY()).as(full + " fits the cell's height").isLessThanOrEqualTo(cell.getHeight() + 0.5);
            assertThat(cell.getTooltip().getText()).isEqualTo(full);
            if (full.length() >= 16) long_.add(full);
            oneLine = Math.min(oneLine, cell.getHeight());
            tallest = Math.max(tallest, cell.getHeight());
        }
        assertThat(long_).as("long names seen").hasSizeGreaterThanOrEqualTo(2).anyMatch(n -> n.startsWith("xAL:"));
        SceneSnapshots.writePng(WaitForAsyncUtils.asyncFx(() -> window.root().lookup("#inspector").snapshot(null, null))
                .get(30, TimeUnit.SECONDS), NarrowWindowLayoutTest.SHOTS.resolve("defect9-inspector.png"));
        assertThat(tallest).as("a wrapped row grows").isGreaterThan(1.5 * oneLine);
    }

    private static boolean allFit(FxRobot robot, javafx.scene.Node root) {
        for (TreeTableCell<?, ?> cell : robot.from(root).lookup("#inspector-attributes .tree-table-cell").queryAllAs(TreeTableCell.class)) {
            if (!shown(cell) || cell.isEmpty() || cell.getItem() == null || cell.getItem().toString().isEmpty()) continue;
            Text drawn = drawnText(cell);
            if (drawn == null) return false;
            var inCell = cell.sceneToLocal(drawn.localToScene(drawn.getLayoutBounds()));
            if (inCell.getMaxY() > cell.getHeight() + 0.5 || inCell.getMaxX() > cell.getWidth() + 0.5) return false;
        }
        return true;
    }

    /** On screen: it and all its parents visible (the table keeps spare rows hidden). */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return node.getScene() != null;
    }

    /** The node that shows the cell's text: a plain Labeled's text node, else a Text graphic. */
    private static Text drawnText(TreeTableCell<?, ?> cell) {
        if (cell.getGraphic() instanceof Text t) return t;
        return (Text) cell.lookup(".text");
    }
}
