package org.citytwin.scene.flows;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.shape.Sphere;
import javafx.scene.transform.Rotate;

/**
 * Counting gates drawn in the scene: a low translucent wall from one end to the other and a post at each end.
 * A gate being drawn (first click made) shows its first post only. Gates are few: a few nodes each is fine.
 */
public final class GateMarks {
    private static final PhongMaterial WALL = material(Color.rgb(255, 0, 110, 0.55));
    private static final PhongMaterial POST = material(Color.rgb(255, 0, 110));
    private final Group group = new Group();

    /** A gate from (x0, y0) to (x1, y1) at floor height z (local frame). */
    public record Gate(double x0, double y0, double x1, double y1, double z) {
    }

    public GateMarks() {
        group.setId("flow-gates");
        group.setMouseTransparent(true);
    }

    public Group node() { return group; }

    public int count() { return group.getChildren().size(); }

    /** Draws finished gates, and the first post of one being drawn when {@code pending} is not null. */
    public void show(List<Gate> gates, double[] pending, double postRadius) {
        List<Node> nodes = new ArrayList<>();
        double h = Math.max(2, postRadius * 6);
        for (Gate g : gates) {
            double dx = g.x1() - g.x0(), dy = g.y1() - g.y0(), len = Math.hypot(dx, dy);
            Box wall = new Box(Math.max(len, 0.01), h, Math.max(0.05, postRadius * 0.4));
            wall.setMaterial(WALL);
            wall.setTranslateX((g.x0() + g.x1()) / 2);
            wall.setTranslateY(-(g.z() + h / 2));
            wall.setTranslateZ((g.y0() + g.y1()) / 2);
            // JavaFX Y-down: rotating about Y by -atan2(dy, dx) turns the box's x axis onto (dx, dy) east/north
            wall.getTransforms().add(new Rotate(-Math.toDegrees(Math.atan2(dy, dx)), Rotate.Y_AXIS));
            nodes.add(new Group(wall, post(g.x0(), g.y0(), g.z(), postRadius, h), post(g.x1(), g.y1(), g.z(), postRadius, h)));
        }
        if (pending != null) nodes.add(post(pending[0], pending[1], pending[2], postRadius, h));
        group.getChildren().setAll(nodes);
    }

    private static Node post(double x, double y, double z, double r, double h) {
        Sphere s = new Sphere(r, 10);
        s.setMaterial(POST);
        s.setTranslateX(x);
        s.setTranslateY(-(z + h));
        s.setTranslateZ(y);
        return s;
    }

    private static PhongMaterial material(Color c) {
        PhongMaterial m = new PhongMaterial(c);
        m.setSpecularColor(Color.BLACK);
        return m;
    }
}
