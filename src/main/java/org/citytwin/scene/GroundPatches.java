package org.citytwin.scene;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * A plain ground where the data brings no terrain, so buildings stand on something instead of floating
 * in the sky: one square per spatial tile, just below the lowest base of the above-ground objects in that
 * tile, reaching a bit beyond the tile's data. Tiles with a terrain mesh get none; tunnels, utilities and underground buildings do not lower it.
 */
final class GroundPatches {
    static final Color GROUND = Color.rgb(178, 186, 164);
    private static final double BELOW_BASE = 0.15;
    /**
     * Patches reach past their data (60 m plus a quarter of its size) and may overlap a neighbour: both have
     * the same colour, so an overlap never shows, while a gap would show the sky.
     */
    private static final double MARGIN = 60.0;
    private static final Set<FeatureKind> STANDING = Set.of(FeatureKind.BUILDING, FeatureKind.BRIDGE,
            FeatureKind.TRANSPORTATION, FeatureKind.WATER, FeatureKind.VEGETATION, FeatureKind.CITY_FURNITURE,
            FeatureKind.GENERIC, FeatureKind.CONSTRUCTION, FeatureKind.LAND_USE);

    private final Group group = new Group();
    private final Map<Long, Double> baseByTile = new HashMap<>();
    private final Map<Long, double[]> extentByTile = new HashMap<>();
    private final Set<Long> terrainTiles = new HashSet<>();
    private final Map<Long, MeshView> patches = new HashMap<>();
    private final PhongMaterial material = new PhongMaterial(GROUND);
    GroundPatches() {
        material.setSpecularColor(Color.BLACK);
        group.setId("ground");
        group.setMouseTransparent(true);
    }

    Group node() {
        return group;
    }

    /** Updates the patches for newly added meshes (FX thread). */
    void add(List<TileMesh> meshes) {
        Set<Long> changed = new HashSet<>();
        for (TileMesh m : meshes) {
            long key = key(m.tileX(), m.tileY());
            if (m.kind() == FeatureKind.TERRAIN) {
                terrainTiles.add(key);
                changed.add(key);
            } else if (STANDING.contains(m.kind()) && m.vertexCount() > 0) {
                double[] e = extent(m.points());
                baseByTile.merge(key, e[4], Math::min);
                extentByTile.merge(key, e, (a, b) -> new double[] {Math.min(a[0], b[0]), Math.min(a[1], b[1]),
                        Math.max(a[2], b[2]), Math.max(a[3], b[3]), Math.min(a[4], b[4])});
                changed.add(key);
            }
        }
        for (long key : changed) {
            MeshView old = patches.remove(key);
            if (old != null) group.getChildren().remove(old);
            Double base = baseByTile.get(key);
            if (base == null || terrainTiles.contains(key)) continue;
            MeshView patch = patch(extentByTile.get(key), base - BELOW_BASE);
            patches.put(key, patch);
            group.getChildren().add(patch);
        }
    }

    private MeshView patch(double[] extent, double z) {
        double margin = MARGIN + 0.25 * Math.max(extent[2] - extent[0], extent[3] - extent[1]);
        float x0 = (float) (extent[0] - margin), x1 = (float) (extent[2] + margin);
        float n0 = (float) (extent[1] - margin), n1 = (float) (extent[3] + margin);
        float y = (float) -z; // JavaFX is Y-down: (east, -up, north)
        TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_TEXCOORD);
        mesh.getPoints().setAll(x0, y, n0, x1, y, n0, x1, y, n1, x0, y, n1);
        mesh.getTexCoords().setAll(0f, 0f);
        mesh.getFaces().setAll(0, 0, 2, 0, 1, 0, 0, 0, 3, 0, 2, 0);
        MeshView view = new MeshView(mesh);
        view.setMaterial(material);
        view.setCullFace(CullFace.NONE);
        view.setMouseTransparent(true);
        return view;
    }

    /** {minX, minY, maxX, maxY, minZ} of packed xyz points. */
    private static double[] extent(float[] p) {
        double[] e = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE};
        for (int i = 0; i + 2 < p.length; i += 3) {
            e[0] = Math.min(e[0], p[i]);
            e[1] = Math.min(e[1], p[i + 1]);
            e[2] = Math.max(e[2], p[i]);
            e[3] = Math.max(e[3], p[i + 1]);
            e[4] = Math.min(e[4], p[i + 2]);
        }
        return e;
    }

    private static long key(int x, int y) {
        return ((long) x << 32) | (y & 0xFFFFFFFFL);
    }
}
