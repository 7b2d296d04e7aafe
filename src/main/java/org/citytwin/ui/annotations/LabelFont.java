package org.citytwin.ui.annotations;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;

/** The bundled IPAexGothic (IPA Font License, see NOTICE), so Japanese labels show on every machine. FX thread. */
public final class LabelFont {
    static final String RESOURCE = "/org/citytwin/fonts/ipaexg.ttf";
    private static final Map<Double, Font> FONTS = new HashMap<>();

    private LabelFont() {
    }

    /** IPAexGothic at {@code size} points; the default font only if the resource is missing from the build. */
    public static Font of(double size) {
        return FONTS.computeIfAbsent(size, s -> {
            try (InputStream in = LabelFont.class.getResourceAsStream(RESOURCE)) {
                Font f = in == null ? null : Font.loadFont(in, s);
                return f != null ? f : Font.font(s);
            } catch (IOException e) {
                return Font.font(s);
            }
        });
    }
}
