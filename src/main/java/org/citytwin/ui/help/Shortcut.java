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
            return switch (this) {
                case VIEW -> Texts.get("help.where.view");
                case MOUSE -> Texts.get("help.where.mouse");
                case WALK -> Texts.get("help.where.walk");
                case TOOLS -> Texts.get("help.where.tools");
                case PRESENTER -> Texts.get("help.where.presenter");
            };
        }
    }

    /** The keys as the user reads them: "F / Home", or the bundle's words for gestures and key groups. */
    public String keys() {
        if (spelled) return text("help.keys.");
        return codes.stream().map(KeyCode::getName).collect(Collectors.joining(" / "));
    }

    public String action() {
        return text("help.action.");
    }

    /** Keys per row id; ShortcutsTableTest checks every row has both (TextBundlesTest sees only literal keys). */
    private String text(String prefix) {
        String key = prefix + id;
        return Texts.get(key);
    }
}
