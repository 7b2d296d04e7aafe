package org.citytwin.flow.read;

import java.util.Locale;
import org.citytwin.text.Texts;

/** Length unit of lab coordinates; converts to metres. */
public enum LengthUnit {
    M(1), CM(0.01), MM(0.001);

    private final double metres;

    LengthUnit(double metres) {
        this.metres = metres;
    }

    /** Metres per unit. */
    public double metres() {
        return metres;
    }

    /** "m", "cm", "mm" in any case. */
    public static LengthUnit parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Texts.get("flowread.options.unit", text), e);
        }
    }
}
