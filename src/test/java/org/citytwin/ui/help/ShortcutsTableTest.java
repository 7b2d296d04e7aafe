package org.citytwin.ui.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citytwin.scene.FxTestSupport.onFx;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.Group;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.citytwin.model.FeatureKind;
import org.citytwin.scene.CameraRig;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.FxTestSupport;
import org.citytwin.scene.TestMeshes;
import org.citytwin.scene.WalkController;
import org.citytwin.ui.inspect.InspectorViewModel;
import org.citytwin.ui.navigation.NavigationTools;
import org.citytwin.ui.SelectionController;
import org.citytwin.ui.help.Shortcut.Where;
import org.citytwin.ui.viewpoints.PresenterModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts table against the real key handlers: every key is pressed on the 3D view as the main window builds
 * it, in walk mode and in presenter mode; the keys that do something must be exactly the table's.
 */
class ShortcutsTableTest {

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    private static CityScene plaza() {
        CityScene scene = new CityScene(800, 600);
        scene.addMeshes(List.of(TestMeshes.box(FeatureKind.BUILDING, 0, 0, 0, 200, 200, 10)), null);
        return scene;
    }

    @Test
    void theKeysTheViewHandlesAreTheViewRows() throws Exception {
        List<KeyCode> handled = onFx(() -> {
            CityScene scene = plaza();
            StackPane view = new StackPane(scene.viewport());
            Set<KeyCode> reachedParent = EnumSet.noneOf(KeyCode.class);
            Group parent = new Group(view);
            parent.addEventHandler(KeyEvent.KEY_PRESSED, e -> reachedParent.add(e.getCode()));
            NavigationTools nav = NavigationTools.install(view, scene);
            SelectionController.install(view, scene, new InspectorViewModel());
            List<KeyCode> consumed = new ArrayList<>();
            for (KeyCode code : KeyCode.values()) {
                press(view, code, false);
                if (!reachedParent.contains(code)) consumed.add(code);
                if (nav.walk().isActive()) nav.walk().exit(); // V started walking: back to the orbit view
                reachedParent.clear();
            }
            return consumed;
        });
        assertThat(handled).containsExactlyInAnyOrderElementsOf(Shortcuts.codes(Where.VIEW));
    }

    @Test
    void theKeysThatMoveOrTurnTheWalkerAreTheWalkRows() throws Exception {
        List<KeyCode> moving = onFx(() -> {
            CityScene scene = plaza();
            CameraRig rig = scene.camera();
            rig.lookAt(rig.toView(100, 100, 10), 0, 45, 200);
            StackPane view = new StackPane(scene.viewport());
            WalkController walk = new WalkController(scene).install(view);
            List<KeyCode> out = new ArrayList<>();
            for (KeyCode code : KeyCode.values()) {
                walk.enter();
                var eye = walk.eye();
                double heading = walk.heading();
                press(view, code, false);
                walk.step(0.2);
                Event.fireEvent(view, key(KeyEvent.KEY_RELEASED, code, false));
                boolean left = !walk.isActive();
                if (left || !walk.eye().equals(eye) || Math.abs(walk.heading() - heading) > 1e-9) out.add(code);
                if (walk.isActive()) walk.exit();
            }
            return out;
        });
        List<KeyCode> expected = new ArrayList<>(Shortcuts.codes(Where.WALK));
        expected.remove(KeyCode.SHIFT); // a modifier: checked below
        assertThat(moving).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shiftMakesTheWalkerRun() throws Exception {
        double[] distances = onFx(() -> {
            double[] d = new double[2];
            for (int run = 0; run < 2; run++) {
                CityScene scene = plaza();
                scene.camera().lookAt(scene.camera().toView(100, 100, 10), 0, 45, 200);
                StackPane view = new StackPane(scene.viewport());
                WalkController walk = new WalkController(scene).install(view);
                walk.enter();
                double y0 = walk.eye().getY();
                press(view, KeyCode.W, run == 1);
                walk.step(0.2);
                d[run] = walk.eye().getY() - y0;
            }
            return d;
        });
        assertThat(Shortcuts.codes(Where.WALK)).contains(KeyCode.SHIFT);
        assertThat(distances[1]).isGreaterThan(distances[0] * 1.5);
    }

    @Test
    void theKeysThePresenterKnowsAreThePresenterRows() {
        List<KeyCode> known = new ArrayList<>();
        for (KeyCode code : KeyCode.values()) if (PresenterModel.actionOf(code) != null) known.add(code);
        assertThat(known).containsExactlyInAnyOrderElementsOf(Shortcuts.codes(Where.PRESENTER));
    }

    @Test
    void everyRowHasItsTextsAndTheViewRowsNameFHomeQEV() {
        for (Shortcut s : Shortcuts.table()) {
            assertThat(s.action()).as(s.id()).doesNotStartWith("help.");
            assertThat(s.keys()).as(s.id()).isNotBlank().doesNotStartWith("help.");
        }
        List<String> viewKeys = Shortcuts.table().stream().filter(s -> s.where() == Where.VIEW).map(Shortcut::keys).toList();
        assertThat(viewKeys).contains("F / Home", "Q / E", "V");
    }

    private static void press(StackPane view, KeyCode code, boolean shift) {
        Event.fireEvent(view, key(KeyEvent.KEY_PRESSED, code, shift));
    }

    private static KeyEvent key(javafx.event.EventType<KeyEvent> type, KeyCode code, boolean shift) {
        return new KeyEvent(type, "", "", code, shift, false, false, false);
    }
}
