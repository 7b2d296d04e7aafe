package org.citytwin.ui.study;

import javafx.beans.binding.Bindings;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * Keeps a text field at least as wide as its value, so a layout that runs short of room squeezes its neighbours
 * instead of showing "8:0" for 8:00 (issue #14). The width follows the text, the font (Japanese CSS) and the padding.
 */
final class WholeValue {
    /** Room for the caret beyond the last glyph. */
    private static final double CARET = 2;

    private WholeValue() {
    }

    static TextField keep(TextField field) {
        field.minWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            Text t = new Text(field.getText() == null ? "" : field.getText());
            t.setFont(field.getFont());
            return Math.ceil(t.getLayoutBounds().getWidth()) + field.getPadding().getLeft() + field.getPadding().getRight() + CARET;
        }, field.textProperty(), field.fontProperty(), field.paddingProperty()));
        return field;
    }
}
