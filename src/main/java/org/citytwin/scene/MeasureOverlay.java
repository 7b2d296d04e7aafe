package org.citytwin.scene;

import java.util.List;
import javafx.geometry.Point3D;
import javafx.scene.DepthTest;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Cylinder;
import javafx.scene.shape.Sphere;
import javafx.scene.transform.Rotate;
import org.citytwin.measure.MeasureTool;
import org.citytwin.measure.Measurement;

/**
 * Draws measurements in the scene's overlay: a sphere per point, a thin cylinder per segment (closing the polygon
 * for areas, straight down to the ground for heights). Depth test off, so they stay visible in front of the city.
 * Sizes follow the camera distance at the time of drawing. The group sits in the overlay while non-empty. FX thread only.
 */
public final class MeasureOverlay {
    private static final PhongMaterial POINT = material(Color.rgb(230, 57, 70));
    private static final PhongMaterial LINE = material(Color.rgb(255, 190, 11));
    private static final PhongMaterial GROUND = material(Color.rgb(58, 134, 255));
    private final CityScene scene;
    private final Group group = new Group();

    public MeasureOverlay(CityScene scene) {
        this.scene = scene;
        group.setId("measure-overlay");
        group.setDepthTest(DepthTest.DISABLE);
        group.setMouseTransparent(true);
    }

    public Group node() { return group; }

    /** Replaces what is drawn by these measurements. */
    public void show(List<Measurement> measurements) {
        double r = Math.max(0.08, scene.camera().distance() * 0.004);
        List<Node> nodes = new java.util.ArrayList<>();
        for (Measurement m : measurements) {
            List<double[]> p = m.points();
            for (double[] q : p) nodes.add(sphere(q, r));
            for (int i = 1; i < p.size(); i++) nodes.add(segment(p.get(i - 1), p.get(i), r * 0.35, LINE));
            if (m.tool() == MeasureTool.AREA && p.size() > 2) nodes.add(segment(p.get(p.size() - 1), p.get(0), r * 0.35, LINE));
            if (m.tool() == MeasureTool.HEIGHT && !p.isEmpty() && !Double.isNaN(m.groundZ())) {
                double[] top = p.get(0), foot = {top[0], top[1], m.groundZ()};
                nodes.add(segment(top, foot, r * 0.35, GROUND));
                nodes.add(sphere(foot, r * 0.7));
            }
        }
        group.getChildren().setAll(nodes);
        // in the overlay only while there is something to draw (after the selection highlight)
        var overlay = scene.overlay().getChildren();
        if (nodes.isEmpty()) overlay.remove(group);
        else if (!overlay.contains(group)) overlay.add(group);
    }

    private static Sphere sphere(double[] p, double r) {
        Sphere s = new Sphere(r, 12);
        s.setMaterial(POINT);
        s.setTranslateX(p[0]);
        s.setTranslateY(-p[2]);
        s.setTranslateZ(p[1]);
        return s;
    }

    /** A cylinder from a to b (local frame), in the overlay's node coordinates (x, -z, y). */
    private static Node segment(double[] a, double[] b, double radius, PhongMaterial material) {
        Point3D pa = new Point3D(a[0], -a[2], a[1]), pb = new Point3D(b[0], -b[2], b[1]);
        Point3D d = pb.subtract(pa);
        double length = d.magnitude();
        Cylinder c = new Cylinder(radius, Math.max(length, 1e-6), 8);
        c.setMaterial(material);
        Point3D mid = pa.midpoint(pb);
        c.setTranslateX(mid.getX());
        c.setTranslateY(mid.getY());
        c.setTranslateZ(mid.getZ());
        if (length > 0) { // the cylinder's axis is y: rotate y onto d
            Point3D y = new Point3D(0, 1, 0);
            Point3D axis = y.crossProduct(d);
            double angle = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, y.dotProduct(d) / length))));
            if (axis.magnitude() < 1e-9) axis = new Point3D(1, 0, 0);
            c.getTransforms().add(new Rotate(angle, axis));
        }
        return c;
    }

    private static PhongMaterial material(Color color) {
        PhongMaterial m = new PhongMaterial(color);
        m.setSpecularColor(Color.TRANSPARENT);
        return m;
    }
}
