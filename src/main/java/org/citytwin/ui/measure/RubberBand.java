package org.citytwin.ui.measure;

import javafx.geometry.Point3D;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import org.citytwin.scene.CameraRig;

/**
 * The dashed line from the last measured point to the point under the cursor while a distance or area is open,
 * so the user sees the next segment before clicking. Drawn in the view's pixels (points in the local frame are
 * projected again whenever the camera moves); a plain 2D line costs nothing per mouse move.
 */
final class RubberBand {
    private final CameraRig rig;
    private final Line line = new Line();
    private double[] from, to; // local frame; to == null: the end is the pixel (endX, endY)
    private double endX, endY;

    RubberBand(CameraRig rig) {
        this.rig = rig;
        line.setId("measure-rubber-band");
        line.setManaged(false);
        line.setMouseTransparent(true);
        line.setStroke(Color.rgb(255, 190, 11)); // the measured segments' yellow
        line.setStrokeWidth(2);
        line.getStrokeDashArray().setAll(8.0, 5.0);
        line.setVisible(false);
        rig.revisionProperty().addListener((o, a, b) -> redraw());
    }

    Line node() { return line; }

    /** From the open measurement's last point (null: none open, the line hides) to the surface point {@code to}. */
    void show(double[] from, double[] to) {
        this.from = from;
        this.to = to;
        redraw();
    }

    /** From the last point to a pixel of the view (nothing picked there, or between two picks). */
    void showToPixel(double[] from, double x, double y) {
        this.from = from;
        this.to = null;
        endX = x;
        endY = y;
        redraw();
    }

    /** Moves the start to a newly added point, keeping the end (shown after the next mouse move if hidden). */
    void startAt(double[] from) {
        this.from = from;
        if (to != null || line.isVisible()) redraw();
    }

    void hide() {
        from = null;
        redraw();
    }

    private void redraw() {
        double[] a = from == null ? null : screen(from);
        double[] b = to == null ? new double[] {endX, endY} : screen(to);
        if (a == null || b == null) {
            line.setVisible(false);
            return;
        }
        line.setStartX(a[0]);
        line.setStartY(a[1]);
        line.setEndX(b[0]);
        line.setEndY(b[1]);
        line.setVisible(true);
    }

    private double[] screen(double[] p) {
        Point3D v = rig.toView(p[0], p[1], p[2]);
        return rig.project(v);
    }
}
