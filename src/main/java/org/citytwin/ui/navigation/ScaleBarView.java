package org.citytwin.ui.navigation;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.citytwin.scene.CameraRig;

/**
 * A scale bar for the bottom-right corner of the 3D view: the longest round length (1, 2 or 5 times a power of ten metres)
 * that fits in {@link #MAX_PIXELS} at the depth of the camera target, drawn to scale and labelled "50 m", "1 km".
 */
public final class ScaleBarView extends VBox {
    static final double MAX_PIXELS = 120;
    private final Region bar = new Region();
    private final Label label = new Label();
    private double metres;

    public ScaleBarView(CameraRig rig) {
        setId("scale-bar");
        label.setId("scale-bar-label");
        label.getStyleClass().add("ct-scale-label");
        bar.getStyleClass().add("ct-scale-bar");
        bar.setPrefHeight(6);
        bar.setMinHeight(6);
        getChildren().addAll(label, bar);
        setAlignment(Pos.BOTTOM_LEFT);
        setMouseTransparent(true);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getStyleClass().add("ct-scale");
        StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(this, new javafx.geometry.Insets(8));
        rig.revisionProperty().addListener((o, a, b) -> update(rig.metresPerPixel()));
        update(rig.metresPerPixel());
    }

    /** Shows the bar for a scale of metresPerPixel (at the target depth). */
    public void update(double metresPerPixel) {
        metres = niceLength(metresPerPixel, MAX_PIXELS);
        double px = metres / metresPerPixel;
        bar.setPrefWidth(px);
        bar.setMinWidth(px);
        bar.setMaxWidth(px);
        label.setText(format(metres));
    }

    public double metres() { return metres; }
    public String text() { return label.getText(); }

    /** The largest 1/2/5 × 10^k metres (at least 1 cm) not longer than maxPixels at metresPerPixel. */
    public static double niceLength(double metresPerPixel, double maxPixels) {
        double max = metresPerPixel * maxPixels;
        if (!(max > 0) || Double.isInfinite(max)) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(max)));
        double best = p;
        for (double m : new double[] {2, 5, 10}) if (m * p <= max * (1 + 1e-9)) best = m * p;
        return Math.max(0.01, best);
    }

    public static String format(double metres) {
        if (metres >= 1000) return trim(metres / 1000) + " km";
        if (metres >= 1) return trim(metres) + " m";
        return trim(metres * 100) + " cm";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
