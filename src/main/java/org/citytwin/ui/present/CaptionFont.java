package org.citytwin.ui.present;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/** The bundled IPAexGothic (IPA Font License v1.0, see NOTICE): Japanese captions look the same on every machine. */
public final class CaptionFont {
    static final String RESOURCE = "/org/citytwin/fonts/ipaexg.ttf";

    private CaptionFont() {
    }

    /** The font at {@code size} points; the default font only if the bundled file is missing from the build. */
    public static Font of(double size) {
        try (InputStream in = CaptionFont.class.getResourceAsStream(RESOURCE)) {
            Font f = in == null ? null : Font.loadFont(in, size);
            return f != null ? f : Font.font(size);
        } catch (IOException e) {
            return Font.font(size);
        }
    }
}
