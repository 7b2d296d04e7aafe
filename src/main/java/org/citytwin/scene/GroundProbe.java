package org.citytwin.scene;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.MeshView;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * What lies under a point: a ray straight down through every visible tile mesh (the pick index of {@link Picker}),
 * skipping the triangles of one object (the one the point was picked on). When nothing is below, the lowest base
 * of that object stands in for the ground; for a utility (whose lowest point is its bottom, deep underground) the
 * scene's {@link org.citytwin.underground.GroundModel} does. Local frame coordinates (x east, y north, z up). FX thread only.
 */
public final class GroundProbe {
    private final CityScene scene;

    /** The ground height and whether a surface was found under the point (false: the object's lowest base). */
    public record Ground(double z, boolean found) {
    }

    public GroundProbe(CityScene scene) {
        this.scene = scene;
    }

    /** Ground under (x, y) below height z, ignoring the triangles of {@code excludeId} (may be null). */
    public Ground below(double x, double y, double z, String excludeId) {
        double best = Double.NEGATIVE_INFINITY;
        double base = Double.POSITIVE_INFINITY;
        boolean utility = false;
        for (FeatureKind kind : FeatureKind.values()) {
            Group layer = scene.layer(kind);
            if (!layer.isVisible()) continue;
            for (Node node : layer.getChildren()) {
                // shown by the user, whether or not the camera sees it now (culling hides tiles off screen)
                if (!(node instanceof MeshView view) || !(view.getUserData() instanceof TileMesh mesh)
                        || !scene.isFileVisible(mesh.kind(), mesh.sourceFile())) {
                    continue;
                }
                int excluded = excludeId == null ? -1 : mesh.objectIds().indexOf(excludeId);
                if (excluded >= 0) {
                    base = Math.min(base, lowest(mesh, excluded));
                    utility |= kind == FeatureKind.UTILITY;
                }
                double oz = z + 1e-3; // a hair above, so a ground point picked on the terrain finds that terrain
                TriangleBvh.Hit h = Picker.index(view, mesh).intersect(x, y, oz, 0, 0, -1, Double.POSITIVE_INFINITY);
                if (h == null) continue;
                if (mesh.faceObject()[h.triangle()] != excluded) best = Math.max(best, oz - h.t());
                else best = Math.max(best, highestBelow(mesh, x, y, oz, excluded)); // under the picked object: look at all
            }
        }
        if (best > Double.NEGATIVE_INFINITY) return new Ground(best, true);
        if (utility) return new Ground(scene.groundModel().at(x, y).z(), false);
        return new Ground(base < Double.POSITIVE_INFINITY ? base : z, false);
    }

    /** Highest point below oz where the vertical through (x, y) crosses a triangle not of object {@code excluded}. */
    static double highestBelow(TileMesh mesh, double x, double y, double oz, int excluded) {
        float[] p = mesh.points();
        int[] t = mesh.triangles();
        int[] faces = mesh.faceObject();
        double best = Double.NEGATIVE_INFINITY;
        for (int f = 0; f < faces.length; f++) {
            if (faces[f] == excluded) continue;
            int a = 3 * t[3 * f], b = 3 * t[3 * f + 1], c = 3 * t[3 * f + 2];
            double ax = p[a], ay = p[a + 1], bx = p[b], by = p[b + 1], cx = p[c], cy = p[c + 1];
            if (x < Math.min(ax, Math.min(bx, cx)) || x > Math.max(ax, Math.max(bx, cx))
                    || y < Math.min(ay, Math.min(by, cy)) || y > Math.max(ay, Math.max(by, cy))) continue;
            double det = (by - cy) * (ax - cx) + (cx - bx) * (ay - cy);
            if (Math.abs(det) < 1e-12) continue; // a wall seen edge-on from above
            double l1 = ((by - cy) * (x - cx) + (cx - bx) * (y - cy)) / det;
            double l2 = ((cy - ay) * (x - cx) + (ax - cx) * (y - cy)) / det;
            double l3 = 1 - l1 - l2;
            if (l1 < -1e-9 || l2 < -1e-9 || l3 < -1e-9) continue;
            double hz = l1 * p[a + 2] + l2 * p[b + 2] + l3 * p[c + 2];
            if (hz <= oz && hz > best) best = hz;
        }
        return best;
    }

    private static double lowest(TileMesh mesh, int object) {
        float[] p = mesh.points();
        int[] t = mesh.triangles();
        int[] faces = mesh.faceObject();
        double min = Double.POSITIVE_INFINITY;
        for (int f = 0; f < faces.length; f++) {
            if (faces[f] != object) continue;
            for (int k = 0; k < 3; k++) min = Math.min(min, p[3 * t[3 * f + k] + 2]);
        }
        return min;
    }
}
