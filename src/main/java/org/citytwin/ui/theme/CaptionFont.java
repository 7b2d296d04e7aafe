package org.citytwin.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/** The bundled IPAexGothic (IPA Font License v1.0, see NOTICE): Japanese captions look the same on every machine. */
public final class CaptionFont {
    static final String RESOURCE = "/org/citytwin/fonts/ipaexg.ttf";

    private static final java.util.Map<Double, Font> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private CaptionFont() {
    }

    /** The font at {@code size} points (read once per size); the default font only if the bundled file is missing. */
    public static Font of(double size) {
        return LOADED.computeIfAbsent(size, CaptionFont::load);
    }

    private static Font load(double size) {
        try (InputStream in = CaptionFont.class.getResourceAsStream(RESOURCE)) {
            Font f = in == null ? null : Font.loadFont(in, size);
            return f != null ? f : Font.font(size);
        } catch (IOException e) {
            return Font.font(size);
        }
    }
}
