package org.citytwin.ui.help;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import org.citytwin.text.Texts;

/**
 * One row of the keyboard-shortcuts table: the keys (or a mouse gesture) and what they do where.
 *
 * @param where   the place the keys act in
 * @param codes   the keys handled (empty for mouse gestures); tests press exactly these against the real handlers
 * @param id      names the texts: {@code help.action.<id>}, and {@code help.keys.<id>} when the keys need words
 * @param spelled true when the keys are written from {@code help.keys.<id>} rather than from the key names
 */
public record Shortcut(Where where, List<KeyCode> codes, String id, boolean spelled) {

    /** Where a shortcut acts; the dialog groups rows by it. */
    public enum Where {
        VIEW, MOUSE, WALK, TOOLS, PRESENTER;

        public String title() {
            return Texts.get("help.where." + name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** The keys as the user reads them: "F / Home", or the bundle's words for gestures and key groups. */
    public String keys() {
        if (spelled) return Texts.get("help.keys." + id);
        return codes.stream().map(KeyCode::getName).collect(Collectors.joining(" / "));
    }

    public String action() {
        return Texts.get("help.action." + id);
    }
}
