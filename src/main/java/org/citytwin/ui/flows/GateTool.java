package org.citytwin.ui.flows;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point3D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.citytwin.scene.CameraRig;
import org.citytwin.ui.SelectionController;

/**
 * Drawing a counting gate: while active, two left clicks (not orbit drags) on the view give its ends, on the floor
 * the flows are on (see {@link FlowsController#gateFloor()}); Esc cancels. The tool turns itself off after a gate.
 */
public final class GateTool {
    private static final double CLICK_SLOP = 4;
    private final FlowsController flows;
    private final CameraRig rig;
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private double[] first;
    private double pressX, pressY;

    private GateTool(FlowsController flows, CameraRig rig) {
        this.flows = flows;
        this.rig = rig;
        active.addListener((o, was, on) -> {
            first = null;
            flows.showGates(null);
        });
    }

    public static GateTool install(Pane view, FlowsController flows, CameraRig rig, SelectionController selection) {
        GateTool tool = new GateTool(flows, rig);
        selection.suspendWhile(tool::isActive);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            tool.pressX = e.getX();
            tool.pressY = e.getY();
        });
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (!tool.isActive() || e.getButton() != MouseButton.PRIMARY) return;
            if (Math.hypot(e.getX() - tool.pressX, e.getY() - tool.pressY) > CLICK_SLOP) return; // an orbit drag
            tool.clickAt(e.getX(), e.getY());
            e.consume();
        });
        view.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (tool.isActive() && e.getCode() == KeyCode.ESCAPE) {
                tool.active.set(false);
                e.consume();
            }
        });
        return tool;
    }

    public BooleanProperty activeProperty() { return active; }
    public boolean isActive() { return active.get(); }

    /** One click at viewport pixel (sx, sy): the first sets end A, the second finishes the gate. */
    public void clickAt(double sx, double sy) {
        double z = flows.gateFloor();
        double[] p = onFloor(sx, sy, z);
        if (p == null) return;
        if (first == null) {
            first = p;
            flows.showGates(p);
        } else if (Math.hypot(p[0] - first[0], p[1] - first[1]) > 0.1) {
            flows.addGate(first[0], first[1], p[0], p[1], z);
            active.set(false);
        }
    }

    /** Where the ray through the pixel meets the horizontal plane at height z (local frame), null when it does not. */
    double[] onFloor(double sx, double sy, double z) {
        double[] d = rig.ray(sx, sy);
        Point3D eye = rig.position();
        double planeY = rig.toView(0, 0, z).getY();
        if (Math.abs(d[1]) < 1e-9) return null;
        double t = (planeY - eye.getY()) / d[1];
        if (t <= 0) return null;
        Point3D hit = rig.toLocal(new Point3D(eye.getX() + d[0] * t, planeY, eye.getZ() + d[2] * t));
        return new double[] {hit.getX(), hit.getY(), z};
    }
}
