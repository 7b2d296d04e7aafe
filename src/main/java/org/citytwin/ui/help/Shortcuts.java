package org.citytwin.ui.help;

import static javafx.scene.input.KeyCode.*;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.citytwin.ui.help.Shortcut.Where;

/**
 * Every key the app handles outside its menus, in one table: the Help dialog lists it, and ShortcutsTableTest presses
 * every key against CameraControls, WalkController and the presenter so a key added there without a row here (or a
 * row for a key nobody handles) fails. Menu accelerators are read from the menu bar itself, so they cannot drift.
 */
public final class Shortcuts {

    private static final List<Shortcut> TABLE = List.of(
            // CameraControls (the orbit view)
            key(Where.VIEW, "pan", true, LEFT, RIGHT, UP, DOWN, A, D, W, S),
            key(Where.VIEW, "zoom-in", true, PLUS, ADD, EQUALS),
            key(Where.VIEW, "zoom-out", true, MINUS, SUBTRACT),
            key(Where.VIEW, "turn", false, Q, E),
            key(Where.VIEW, "tilt", false, PAGE_UP, PAGE_DOWN),
            key(Where.VIEW, "fit", false, F, HOME),
            key(Where.VIEW, "walk", false, V),
            key(Where.VIEW, "deselect", false, ESCAPE),
            // CameraControls and SelectionController: mouse gestures
            key(Where.MOUSE, "orbit", true),
            key(Where.MOUSE, "drag-pan", true),
            key(Where.MOUSE, "wheel", true),
            key(Where.MOUSE, "pick", true),
            // WalkController
            key(Where.WALK, "walk-move", true, W, S, UP, DOWN),
            key(Where.WALK, "walk-side", true, A, D, LEFT, RIGHT),
            key(Where.WALK, "walk-turn", false, Q, E),
            key(Where.WALK, "walk-run", false, SHIFT),
            key(Where.WALK, "walk-look", true),
            key(Where.WALK, "walk-leave", false, ESCAPE, V),
            // MeasureController, FootprintDrawing, GateTool, ScenarioController, AnnotationTool, search and issue lists
            key(Where.TOOLS, "finish", false, ENTER),
            key(Where.TOOLS, "cancel", false, ESCAPE),
            key(Where.TOOLS, "go-to", false, ENTER),
            // PresenterModel.actionOf
            key(Where.PRESENTER, "next", false, PAGE_DOWN, RIGHT, DOWN, SPACE),
            key(Where.PRESENTER, "previous", false, PAGE_UP, LEFT, UP),
            key(Where.PRESENTER, "blank", false, B),
            key(Where.PRESENTER, "console", false, H),
            key(Where.PRESENTER, "play", false, P),
            key(Where.PRESENTER, "leave", false, ESCAPE));

    private Shortcuts() {
    }

    public static List<Shortcut> table() {
        return TABLE;
    }

    /** The keys handled in one place, as the table says. */
    public static List<KeyCode> codes(Where where) {
        return TABLE.stream().filter(s -> s.where() == where).flatMap(s -> s.codes().stream()).distinct().toList();
    }

    /** A menu command with a key: the accelerator as the platform writes it, and the menu path. */
    public record MenuKey(String keys, String command) {
    }

    /** Every accelerator in the menu bar, in menu order (nested menus included). */
    public static List<MenuKey> menuKeys(MenuBar bar) {
        List<MenuKey> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) collect(menu, menu.getText(), out);
        return out;
    }

    private static void collect(Menu menu, String path, List<MenuKey> out) {
        for (MenuItem item : menu.getItems()) {
            String here = path + " → " + item.getText();
            if (item instanceof Menu sub) collect(sub, here, out);
            else if (item.getAccelerator() != null) out.add(new MenuKey(item.getAccelerator().getDisplayText(), here));
        }
    }

    private static Shortcut key(Where where, String id, boolean spelled, KeyCode... codes) {
        return new Shortcut(where, List.of(codes), id, spelled || codes.length == 0);
    }
}
