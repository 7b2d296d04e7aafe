package org.citytwin.ui.study;

import javafx.scene.paint.Color;

/**
 * The study's colours, shared by the 3D overlay and the legend: a blue ramp for the equal-time bands (longer shadow,
 * darker), so that the red of an exceedance and the warm line colours stand out on any band.
 */
final class StudyColours {
    static final Color[] BANDS = {Color.web("#cfe3f7"), Color.web("#94c0ea"), Color.web("#5b97d6"),
        Color.web("#2f69b6"), Color.web("#1d438a"), Color.web("#10265c")};
    static final Color EXCEED = Color.web("#e3202a");
    static final Color SITE = Color.web("#111111");
    static final Color LINE5 = Color.web("#f39c12");
    static final Color LINE10 = Color.web("#c2185b");
    static final Color HOURLY = Color.web("#7a7a7a");
    static final Color CONTOUR = Color.web("#0b1a3a");

    private StudyColours() {
    }

    /** The colour of band {@code index} (0 = the shortest hours line); the last colour repeats beyond the ramp. */
    static Color band(int index) {
        return BANDS[Math.min(index, BANDS.length - 1)];
    }
}
