package org.citytwin.ui.viewpoints;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.citytwin.scenario.Tour;
import org.citytwin.scenario.Viewpoint;

/**
 * Where a presentation stands, without windows: the tour's stops (with their viewpoints), the current one, whether the
 * audience is blanked and whether the console overlay shows; and which key does what (a clicker sends Page Down /
 * Page Up, keyboards the arrows and Space).
 */
public final class PresenterModel {
    public enum Action { NEXT, PREVIOUS, BLANK, CONSOLE, LEAVE, PLAY }

    /** One stop of the tour with the viewpoint it shows. */
    public record Stop(Tour.Stop stop, Viewpoint viewpoint) {
    }

    private final List<Stop> stops;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final BooleanProperty blanked = new SimpleBooleanProperty(this, "blanked", false);
    private final BooleanProperty consoleShown = new SimpleBooleanProperty(this, "consoleShown", true);

    public PresenterModel(List<Stop> stops) {
        this.stops = List.copyOf(stops);
        if (!this.stops.isEmpty()) index.set(0);
    }

    /** The stops of the project's tour (Presentation.tour(): the first stored one, else every viewpoint in order). */
    public static PresenterModel of(org.citytwin.scenario.Presentation presentation) {
        Tour tour = presentation.tour();
        return new PresenterModel(tour.stops().stream()
                .map(s -> new Stop(s, presentation.viewpoint(s.viewpoint()).orElseThrow())).toList());
    }

    public List<Stop> stops() { return stops; }
    /** 0-based; -1 when the tour has no stops. */
    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }
    public int index() { return index.get(); }
    public BooleanProperty blankedProperty() { return blanked; }
    public BooleanProperty consoleShownProperty() { return consoleShown; }

    public Stop current() { return index.get() < 0 ? null : stops.get(index.get()); }

    public Stop next() { return index.get() + 1 < stops.size() ? stops.get(index.get() + 1) : null; }

    /** False at the last stop. */
    public boolean forward() { return goTo(index.get() + 1); }

    public boolean back() { return goTo(index.get() - 1); }

    public boolean goTo(int i) {
        if (i < 0 || i >= stops.size() || i == index.get()) return false;
        index.set(i);
        return true;
    }

    /** What a key does in presenter mode, or null. */
    public static Action actionOf(KeyEvent e) {
        return actionOf(e.getCode());
    }

    public static Action actionOf(KeyCode code) {
        return switch (code) {
            case PAGE_DOWN, RIGHT, DOWN, SPACE -> Action.NEXT;
            case PAGE_UP, LEFT, UP -> Action.PREVIOUS;
            case B -> Action.BLANK;
            case H -> Action.CONSOLE;
            case ESCAPE -> Action.LEAVE;
            case P -> Action.PLAY;
            default -> null;
        };
    }
}
