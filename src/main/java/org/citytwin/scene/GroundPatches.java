package org.citytwin.scene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.pipeline.tile.TileMesher;

/**
 * A plain ground where the data brings no terrain, so buildings stand on something instead of floating
 * in the sky: one square per 500 m tile, just below the lowest base of the above-ground objects in it,
 * plus a ring of tiles around the data (at their neighbours' lowest base) so the ground has no holes and
 * reaches past the edge of the data. Tiles with a terrain mesh get none; tunnels, utilities and
 * underground buildings do not lower it. Where a tile has only utilities, the ground lies at the elevation
 * their own depth attributes imply (pipe top + cover depth); the user may also put all of it at one elevation.
 */
final class GroundPatches {
    static final Color GROUND = Color.rgb(178, 186, 164);
    private static final double BELOW_BASE = 0.15;
    /** Ground just above an underground building's top, so its roof slab does not poke through the ground. */
    private static final double ABOVE_UNDERGROUND = 0.1;
    /** Neighbouring squares overlap a little: same colour, so the overlap never shows, a seam would. */
    private static final double OVERLAP = 3.0;
    /** See-through squares must not overlap: the overlap would be blended twice and show as a darker band. */
    private static final double TRANSLUCENT_OVERLAP = 0.0;
    private static final double TILE = TileMesher.DEFAULT_TILE_SIZE;
    private static final Set<FeatureKind> STANDING = Set.of(FeatureKind.BUILDING, FeatureKind.BRIDGE,
            FeatureKind.TRANSPORTATION, FeatureKind.WATER, FeatureKind.VEGETATION, FeatureKind.CITY_FURNITURE,
            FeatureKind.GENERIC, FeatureKind.CONSTRUCTION, FeatureKind.LAND_USE);

    private final Group group = new Group();
    private final Map<Long, Double> baseByTile = new HashMap<>();
    private final Set<Long> terrainTiles = new HashSet<>();
    /** Ground elevations stated by utilities per tile (their own surface, not a base below it). */
    private final Map<Long, List<Double>> impliedByTile = new HashMap<>();
    /** Top of underground buildings per tile: the ground lies above it; used where nothing else says where. */
    private final Map<Long, Double> undergroundTopByTile = new HashMap<>();
    private final PhongMaterial material = new PhongMaterial(GROUND);
    private Double fixedElevation;

    GroundPatches() {
        material.setSpecularColor(Color.BLACK);
        group.setId("ground");
        group.setMouseTransparent(true);
    }

    Group node() {
        return group;
    }

    /** Updates the ground for newly added meshes (FX thread). */
    void add(List<TileMesh> meshes) {
        boolean changed = false;
        for (TileMesh m : meshes) {
            long key = key(m.tileX(), m.tileY());
            if (m.kind() == FeatureKind.TERRAIN) {
                changed |= terrainTiles.add(key);
            } else if (STANDING.contains(m.kind()) && m.vertexCount() > 0) {
                baseByTile.merge(key, minZ(m.points()), Math::min);
                changed = true;
            } else if (m.kind() == FeatureKind.UNDERGROUND_BUILDING && m.vertexCount() > 0) {
                // an underground building reaches up to the surface at most: its top implies the ground
                undergroundTopByTile.merge(key, maxZ(m.points()), Math::max);
                changed = true;
            }
        }
        if (changed) rebuild();
    }

    /**
     * Records the ground surface a utility implies at (x, y) in the local frame (FX thread). Used for tiles
     * without standing objects or terrain; the median of a tile's values wins, so one odd depth does not tilt it.
     */
    void addImpliedGround(double x, double y, double elevation) {
        if (!Double.isFinite(elevation)) return;
        impliedByTile.computeIfAbsent(key((int) Math.floor(x / TILE), (int) Math.floor(y / TILE)), k -> new ArrayList<>())
                .add(elevation + BELOW_BASE);
    }

    /** Called after a batch of {@link #addImpliedGround} calls. */
    void impliedGroundAdded() {
        rebuild();
    }

    /** Puts every ground square at one elevation (local frame metres), or back to automatic with null. */
    void setElevation(Double elevation) {
        fixedElevation = elevation;
        rebuild();
    }

    /** The automatic elevation of the ground (median over its squares), NaN when there is no ground. */
    double automaticElevation() {
        List<Double> all = new ArrayList<>(bases().values());
        if (all.isEmpty()) return Double.NaN;
        all.sort(Double::compare);
        return all.get(all.size() / 2) - BELOW_BASE;
    }

    /** Elevation of the ground square under (x, y) in the local frame, NaN where none is drawn. */
    double elevationAt(double x, double y) {
        long key = key((int) Math.floor(x / TILE), (int) Math.floor(y / TILE));
        Double base = bases().get(key);
        return base == null ? Double.NaN : base - BELOW_BASE;
    }

    void setOpacity(double opacity) {
        Color c = material.getDiffuseColor();
        boolean wasOpaque = c.getOpacity() >= 1;
        double a = Math.max(0, Math.min(1, opacity));
        material.setDiffuseColor(TileMeshViews.premultiplied(GROUND, a));
        if (wasOpaque != (a >= 1)) rebuild();
    }

    double opacity() {
        return material.getDiffuseColor().getOpacity();
    }

    /**
     * Base (ground + BELOW_BASE) per tile: from standing objects, else from what utilities imply. A tile with only
     * an underground building gets the ground of the rest of the scene (its street), or just above its top when
     * nothing else is loaded.
     */
    private Map<Long, Double> bases() {
        Map<Long, Double> bases = new HashMap<>(baseByTile);
        impliedByTile.forEach((key, values) -> {
            if (!baseByTile.containsKey(key)) bases.put(key, median(values));
        });
        Double street = bases.isEmpty() ? null : median(new ArrayList<>(bases.values()));
        undergroundTopByTile.forEach((key, top) -> {
            if (!bases.containsKey(key)) bases.put(key, street != null ? street : top + ABOVE_UNDERGROUND + BELOW_BASE);
        });
        if (fixedElevation != null) bases.replaceAll((k, v) -> fixedElevation + BELOW_BASE);
        return bases;
    }

    private void rebuild() {
        Map<Long, Double> bases = bases();
        Map<Long, Double> heights = new HashMap<>(bases);
        for (long key : bases.keySet()) {
            int x = (int) (key >> 32), y = (int) key;
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    long n = key(x + dx, y + dy);
                    if (!bases.containsKey(n)) heights.merge(n, bases.get(key), Math::min);
                }
            }
        }
        List<Node> patches = new ArrayList<>();
        heights.forEach((key, base) -> {
            if (!terrainTiles.contains(key)) patches.add(patch((int) (key >> 32), (int) (long) key, base - BELOW_BASE, heights));
        });
        group.getChildren().setAll(patches);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }

    private MeshView patch(int tx, int ty, double z, Map<Long, Double> heights) {
        double overlap = opacity() < 1 ? TRANSLUCENT_OVERLAP : OVERLAP;
        float x0 = (float) (tx * TILE - overlap), x1 = (float) ((tx + 1) * TILE + overlap);
        float n0 = (float) (ty * TILE - overlap), n1 = (float) ((ty + 1) * TILE + overlap);
        List<Float> points = new ArrayList<>();
        List<Integer> faces = new ArrayList<>();
        quad(points, faces, x0, n0, x1, n0, x1, n1, x0, n1, z, z);
        // where a neighbour lies lower, a skirt down to it: the step shows ground, not a slit of sky
        skirt(points, faces, heights.get(key(tx, ty - 1)), z, x0, n0, x1, n0);
        skirt(points, faces, heights.get(key(tx + 1, ty)), z, x1, n0, x1, n1);
        skirt(points, faces, heights.get(key(tx, ty + 1)), z, x1, n1, x0, n1);
        skirt(points, faces, heights.get(key(tx - 1, ty)), z, x0, n1, x0, n0);
        TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_TEXCOORD);
        float[] p = new float[points.size()];
        for (int i = 0; i < p.length; i++) p[i] = points.get(i);
        mesh.getPoints().setAll(p);
        mesh.getTexCoords().setAll(0f, 0f);
        mesh.getFaces().setAll(faces.stream().mapToInt(Integer::intValue).toArray());
        MeshView view = new MeshView(mesh);
        view.setMaterial(material);
        view.setCullFace(CullFace.NONE);
        view.setMouseTransparent(true);
        return view;
    }

    private static void skirt(List<Float> points, List<Integer> faces, Double neighbourBase, double z,
                              float xa, float na, float xb, float nb) {
        if (neighbourBase == null) return;
        double low = neighbourBase - BELOW_BASE;
        if (low >= z - 0.05) return;
        quad(points, faces, xa, na, xb, nb, xb, nb, xa, na, z, low);
    }

    /** A quad; for a skirt the first two corners are at height zTop and the last two at zLow. */
    private static void quad(List<Float> points, List<Integer> faces, float xa, float na, float xb, float nb,
                             float xc, float nc, float xd, float nd, double zTop, double zLow) {
        int base = points.size() / 3;
        boolean flat = zTop == zLow;
        float top = (float) -zTop, low = (float) -zLow; // JavaFX is Y-down: (east, -up, north)
        float[] corners = {xa, top, na, xb, top, nb, xc, flat ? top : low, nc, xd, flat ? top : low, nd};
        for (float c : corners) points.add(c);
        for (int v : new int[] {0, 2, 1, 0, 3, 2}) {
            faces.add(base + v);
            faces.add(0);
        }
    }

    private static double minZ(float[] points) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 2; i < points.length; i += 3) min = Math.min(min, points[i]);
        return min;
    }

    private static double maxZ(float[] points) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 2; i < points.length; i += 3) max = Math.max(max, points[i]);
        return max;
    }

    private static long key(int x, int y) {
        return ((long) x << 32) | (y & 0xFFFFFFFFL);
    }
}
