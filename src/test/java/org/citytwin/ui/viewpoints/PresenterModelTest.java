package org.citytwin.ui.viewpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.input.KeyCode;
import org.citytwin.scenario.Presentation;
import org.citytwin.scenario.Tour;
import org.citytwin.scenario.Viewpoint;
import org.junit.jupiter.api.Test;

/** The stops of a presentation and the clicker's keys, without windows. */
class PresenterModelTest {

    private static Viewpoint vp(String name) {
        return Viewpoint.camera(name, "base", 35.55, 139.78, 0, 200, 0, 45, name + " caption");
    }

    @Test
    void storedTourOrderAndStopsAtEitherEnd() {
        Presentation p = new Presentation(List.of(vp("A"), vp("B"), vp("C")),
                List.of(new Tour("short", List.of(new Tour.Stop("C", 1, 1), new Tour.Stop("A", 1, 1)))), List.of());
        PresenterModel m = PresenterModel.of(p);
        assertThat(m.stops()).extracting(s -> s.viewpoint().name()).containsExactly("C", "A");
        assertThat(m.current().viewpoint().name()).isEqualTo("C");
        assertThat(m.next().viewpoint().name()).isEqualTo("A");
        assertThat(m.back()).isFalse();
        assertThat(m.forward()).isTrue();
        assertThat(m.index()).isEqualTo(1);
        assertThat(m.next()).isNull();
        assertThat(m.forward()).as("the last stop stays").isFalse();
        assertThat(m.index()).isEqualTo(1);

        PresenterModel all = PresenterModel.of(new Presentation(List.of(vp("A"), vp("B")), List.of(), List.of()));
        assertThat(all.stops()).extracting(s -> s.viewpoint().name()).containsExactly("A", "B");
        assertThat(PresenterModel.of(Presentation.EMPTY).current()).isNull();
    }

    @Test
    void clickerAndKeyboardKeys() {
        for (KeyCode k : List.of(KeyCode.PAGE_DOWN, KeyCode.RIGHT, KeyCode.DOWN, KeyCode.SPACE)) {
            assertThat(PresenterModel.actionOf(k)).isEqualTo(PresenterModel.Action.NEXT);
        }
        for (KeyCode k : List.of(KeyCode.PAGE_UP, KeyCode.LEFT, KeyCode.UP)) {
            assertThat(PresenterModel.actionOf(k)).isEqualTo(PresenterModel.Action.PREVIOUS);
        }
        assertThat(PresenterModel.actionOf(KeyCode.B)).isEqualTo(PresenterModel.Action.BLANK);
        assertThat(PresenterModel.actionOf(KeyCode.H)).isEqualTo(PresenterModel.Action.CONSOLE);
        assertThat(PresenterModel.actionOf(KeyCode.ESCAPE)).isEqualTo(PresenterModel.Action.LEAVE);
        assertThat(PresenterModel.actionOf(KeyCode.A)).isNull();
    }
}
