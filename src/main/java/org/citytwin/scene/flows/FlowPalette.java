package org.citytwin.scene.flows;

import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * One small texture holding every colour an agent can take: a speed ramp, distinct colours for sources, a ramp for
 * levels. Agents pick a colour by texture coordinate, so recolouring rewrites texcoords, never materials.
 */
public final class FlowPalette {
    public static final int SPEED_STEPS = 32;
    public static final int SOURCE_COLOURS = 12;
    public static final int LEVEL_COLOURS = 4;
    static final int WIDTH = SPEED_STEPS + SOURCE_COLOURS + LEVEL_COLOURS;
    /** Walking pace from standing (0 m/s) to running (FAST m/s) spans the whole ramp. */
    public static final double FAST = 2.5;

    private static final Color[] SOURCES = {
            Color.rgb(0, 180, 216), Color.rgb(255, 0, 110), Color.rgb(255, 190, 11), Color.rgb(131, 56, 236),
            Color.rgb(6, 214, 160), Color.rgb(251, 86, 7), Color.rgb(58, 134, 255), Color.rgb(239, 71, 111),
            Color.rgb(17, 138, 178), Color.rgb(255, 209, 102), Color.rgb(112, 224, 0), Color.rgb(230, 57, 70)};
    /** Deep underground, underground, street, above the street (bridges, decks). */
    private static final Color[] LEVELS = {
            Color.rgb(123, 44, 191), Color.rgb(0, 150, 255), Color.rgb(255, 214, 10), Color.rgb(255, 84, 0)};

    private static final WritableImage IMAGE = build();

    private FlowPalette() {
    }

    /** The shared palette image (FX thread or before the toolkit renders it: it is never changed). */
    public static WritableImage image() { return IMAGE; }

    /** Slow agents blue, walking pace green-yellow, fast agents red; NaN (unknown speed) is grey-blue's middle. */
    public static int speedIndex(double metresPerSecond) {
        if (Double.isNaN(metresPerSecond)) return SPEED_STEPS / 3;
        double f = Math.max(0, Math.min(1, metresPerSecond / FAST));
        return (int) Math.round(f * (SPEED_STEPS - 1));
    }

    /** A stable colour per source (feed, file, simulated group). */
    public static int sourceIndex(int sourceOrdinal) {
        return SPEED_STEPS + Math.floorMod(sourceOrdinal, SOURCE_COLOURS);
    }

    /** Level colour by height relative to the street: below −10 m, below −2 m, at street, above +3 m. */
    public static int levelIndex(double heightAboveStreet) {
        int level = heightAboveStreet < -10 ? 0 : heightAboveStreet < -2 ? 1 : heightAboveStreet <= 3 ? 2 : 3;
        return SPEED_STEPS + SOURCE_COLOURS + level;
    }

    /** The u texture coordinate of a palette entry: the centre of its texel, so filtering never mixes neighbours. */
    public static float u(int index) {
        return (index + 0.5f) / WIDTH;
    }

    /** The colour at a palette entry (what a rendered agent of that entry shows, lighting aside). */
    public static Color colour(int index) {
        return IMAGE.getPixelReader().getColor(index, 0);
    }

    private static WritableImage build() {
        WritableImage img = new WritableImage(WIDTH, 1);
        for (int i = 0; i < SPEED_STEPS; i++) img.getPixelWriter().setColor(i, 0, speedColour(i / (SPEED_STEPS - 1.0)));
        for (int i = 0; i < SOURCE_COLOURS; i++) img.getPixelWriter().setColor(SPEED_STEPS + i, 0, SOURCES[i]);
        for (int i = 0; i < LEVEL_COLOURS; i++) img.getPixelWriter().setColor(SPEED_STEPS + SOURCE_COLOURS + i, 0, LEVELS[i]);
        return img;
    }

    /** Blue (standing) → cyan → green (strolling) → yellow → red (running). */
    static Color speedColour(double f) {
        double hue = 230 * (1 - f); // 230° blue … 0° red
        return Color.hsb(hue, 0.9, 1.0);
    }
}
