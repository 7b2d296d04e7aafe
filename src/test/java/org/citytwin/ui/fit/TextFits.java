package org.citytwin.ui.fit;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * Text a panel cuts, as the user would see it: a Labeled whose rendered text (its skin's Text child) is not its
 * whole text (an ellipsis, or clipped lines), a text field whose text is wider than the room inside its padding,
 * a scroll pane whose content is wider than its viewport. Call on the FX thread after layout.
 */
public final class TextFits {
    private TextFits() {
    }

    /** One line per cut, naming the node and what it shows; empty when everything fits. */
    public static List<String> cuts(Node root) {
        List<String> out = new ArrayList<>();
        visit(root, out);
        return out;
    }

    private static void visit(Node n, List<String> out) {
        if (!n.isVisible()) return;
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            Text shown = renderedText(l);
            String s = shown == null ? "" : shown.getText();
            if (!s.equals(l.getText())) out.add(name(l) + " shows \"" + s + "\" of \"" + l.getText() + "\"");
        }
        if (n instanceof TextField f && f.getText() != null && !f.getText().isEmpty()) {
            Text t = new Text(f.getText());
            t.setFont(f.getFont());
            Insets p = f.getPadding();
            double room = f.getWidth() - p.getLeft() - p.getRight();
            double need = t.getLayoutBounds().getWidth();
            if (need > room + 0.5) out.add(name(f) + " \"" + f.getText() + "\" needs " + Math.round(need) + " px, has " + Math.round(room));
        }
        if (n instanceof ScrollPane sp && sp.getContent() != null
                && sp.getContent().getLayoutBounds().getWidth() > sp.getViewportBounds().getWidth() + 0.5) {
            out.add(name(sp) + " scrolls sideways: content " + Math.round(sp.getContent().getLayoutBounds().getWidth())
                    + " px in a " + Math.round(sp.getViewportBounds().getWidth()) + " px viewport");
        }
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) visit(c, out);
    }

    /** The skin's LabeledText: a direct Text child with style class "text". */
    private static Text renderedText(Labeled l) {
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && c.getStyleClass().contains("text")) return t;
        }
        return null;
    }

    private static String name(Node n) {
        String kind = n.getClass().getSimpleName();
        return n.getId() == null ? kind : kind + "#" + n.getId();
    }
}
