package org.citytwin.thematic;

/** Colour ramps: a sequential one for numbers (light to dark, colour-blind safe), a qualitative one for categories. */
final class Palettes {

    /** Yellow → green → blue → purple (viridis-like), low values light. */
    private static final int[] RAMP = {0xFDE725, 0xB5DE2B, 0x6ECE58, 0x35B779, 0x1F9E89, 0x26828E,
            0x31688E, 0x3E4989, 0x482878, 0x440154};

    private static final int[] CATEGORIES = {0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948,
            0xB07AA1, 0xFF9DA7, 0x9C755F, 0xBAB0AC, 0x1B9E77, 0xD95F02};

    static final int NO_DATA = 0xB4B4B4;

    private Palettes() {
    }

    /** Colour i of n along the ramp: 0 is the lightest, n-1 the darkest end. */
    static int ramp(int i, int n) {
        if (n <= 1) return RAMP[RAMP.length - 1];
        double t = (double) i / (n - 1) * (RAMP.length - 1);
        int lo = (int) Math.floor(t);
        int hi = Math.min(RAMP.length - 1, lo + 1);
        return mix(RAMP[lo], RAMP[hi], t - lo);
    }

    static int category(int i) {
        return CATEGORIES[i % CATEGORIES.length];
    }

    private static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return (r << 16) | (g << 8) | bl;
    }
}
