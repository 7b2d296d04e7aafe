package org.citytwin.ui.navigation;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Esc (clear the selection, leave the tool) and F (fit) work wherever the keyboard focus is in the window: after a
 * click in the search list or the layers tree the keys went to that panel and did nothing. A filter on the scene
 * hands them to the 3D view, whose own handlers act as if it had the focus. F typed into a text field stays text.
 */
public final class ViewKeys {

    private ViewKeys() {
    }

    /** Installs the filter on whatever scene {@code root} is (or will be) the root of. */
    public static void install(Parent root, Node view) {
        EventHandler<KeyEvent> filter = e -> forward(e, view);
        root.sceneProperty().addListener((o, was, now) -> {
            if (was != null) was.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
            if (now != null) now.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        });
        Scene scene = root.getScene();
        if (scene != null) scene.addEventFilter(KeyEvent.KEY_PRESSED, filter);
    }

    private static void forward(KeyEvent e, Node view) {
        if (e.getCode() != KeyCode.ESCAPE && e.getCode() != KeyCode.F) return;
        if (e.isShortcutDown() || e.isAltDown() || e.isShiftDown() || e.isMetaDown()) return;
        Node target = e.getTarget() instanceof Node n ? n : null;
        if (target == view) return; // the view has the focus: its handlers get the key anyway
        boolean typing = target instanceof TextInputControl || target instanceof ComboBoxBase<?> c && c.isEditable();
        if (typing && (e.getCode() == KeyCode.F || inside(target, view))) return;
        view.fireEvent(e.copyFor(view, view));
        if (!typing) e.consume(); // a text field keeps its Esc too (e.g. cancelling an edit)
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) if (n == ancestor) return true;
        return false;
    }
}
