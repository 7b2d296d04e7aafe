package org.citytwin.flow.sim;

import java.util.List;
import org.citytwin.model.CityObject;
import org.citytwin.model.MeshPart;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Buildings as obstacles for walkers: a walkable triangle is blocked when its centre lies inside a building's plan
 * (some triangle of the building covers it seen from above) and within the building's height span. Floors below a
 * building's base (an underground mall under a tower) stay walkable.
 */
final class BuildingObstacles {

    /** A surface up to this far below a building's base still counts as under it (the street it stands on). */
    private static final double BELOW_BASE = 1.0;

    private record Obstacle(MeshPart mesh, double bottom, double top) {
    }

    private final STRtree index;

    private BuildingObstacles(STRtree index) {
        this.index = index;
    }

    static BuildingObstacles of(List<CityObject> buildings) {
        STRtree index = new STRtree();
        for (CityObject b : buildings) {
            MeshPart mesh = b.displayMesh();
            double[] v = mesh.vertices();
            if (v.length == 0) continue;
            Envelope plan = new Envelope();
            double bottom = Double.MAX_VALUE, top = -Double.MAX_VALUE;
            for (int i = 0; i < v.length; i += 3) {
                plan.expandToInclude(v[i], v[i + 1]);
                bottom = Math.min(bottom, v[i + 2]);
                top = Math.max(top, v[i + 2]);
            }
            index.insert(plan, new Obstacle(mesh, bottom, top));
        }
        return new BuildingObstacles(index);
    }

    boolean blocks(double[][] triangle) {
        double x = (triangle[0][0] + triangle[1][0] + triangle[2][0]) / 3;
        double y = (triangle[0][1] + triangle[1][1] + triangle[2][1]) / 3;
        double z = (triangle[0][2] + triangle[1][2] + triangle[2][2]) / 3;
        for (Object o : index.query(new Envelope(x, x, y, y))) {
            Obstacle b = (Obstacle) o;
            if (z >= b.bottom - BELOW_BASE && z < b.top && covers(b.mesh, x, y)) return true;
        }
        return false;
    }

    private static boolean covers(MeshPart mesh, double x, double y) {
        double[] v = mesh.vertices();
        int[] t = mesh.triangles();
        for (int i = 0; i < t.length; i += 3) {
            int a = 3 * t[i], b = 3 * t[i + 1], c = 3 * t[i + 2];
            double d1 = side(x, y, v[a], v[a + 1], v[b], v[b + 1]);
            double d2 = side(x, y, v[b], v[b + 1], v[c], v[c + 1]);
            double d3 = side(x, y, v[c], v[c + 1], v[a], v[a + 1]);
            boolean negative = d1 < 0 || d2 < 0 || d3 < 0, positive = d1 > 0 || d2 > 0 || d3 > 0;
            if (!(negative && positive) && (d1 != 0 || d2 != 0 || d3 != 0)) return true;
        }
        return false;
    }

    private static double side(double px, double py, double ax, double ay, double bx, double by) {
        return (px - bx) * (ay - by) - (ax - bx) * (py - by);
    }
}
