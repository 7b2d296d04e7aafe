package org.citytwin.underground;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;
import org.citytwin.model.UtilityInfo;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.pipeline.tile.TileMesher;

/**
 * The one ground surface of a scene, asked by everything that needs "where is the ground here": the hover read-out
 * of cover depth, the excavation pit's top and the drawn plain ground. Per 500 m tile, first of:
 * <ol>
 * <li><b>terrain</b>: the DEM/TIN relief itself where a terrain triangle lies under the point;</li>
 * <li><b>stated</b> by the data: the median ground the utilities in the tile state (their LOD1 prism tops, or a
 *     non-zero ground their own geometry gives), else just below the lowest base of the buildings, roads and other
 *     standing objects,
 *     else (only underground buildings) the area's ground or just above their tops;</li>
 * <li><b>plain</b>: the median of the stated tiles around the data, or, when nothing states any ground, the
 *     PLATEAU convention of LOD0 at height 0 that utilities without LOD1 carry.</li>
 * </ol>
 * Tiles next to stated ones take their lowest neighbour, so the ground reaches past the edge of the data. The user may
 * put all but the terrain at one elevation. Local frame (x east, y north, z up). Not thread-safe: one owner thread.
 */
public final class GroundModel {
    public static final double TILE = TileMesher.DEFAULT_TILE_SIZE;
    /** The plain ground lies a little below the lowest base, so a building's floor never z-fights with it. */
    public static final double BELOW_BASE = 0.15;
    /** Ground just above an underground building's top, so its roof slab does not poke through the ground. */
    private static final double ABOVE_UNDERGROUND = 0.1;
    private static final double CELL = 25; // terrain triangle index cell (m)
    private static final Set<FeatureKind> STANDING = Set.of(FeatureKind.BUILDING, FeatureKind.BRIDGE,
            FeatureKind.TRANSPORTATION, FeatureKind.WATER, FeatureKind.VEGETATION, FeatureKind.CITY_FURNITURE,
            FeatureKind.GENERIC, FeatureKind.CONSTRUCTION, FeatureKind.LAND_USE);

    /** Where a ground elevation comes from. */
    public enum Source {
        TERRAIN("terrain"), STATED("stated by the data"), PLAIN("plain ground"), SET_BY_HAND("set by hand");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A ground elevation and where it comes from. */
    public record Ground(double z, Source source) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f m (%s)", z, source.label());
        }
    }

    private final Map<Long, Double> baseByTile = new HashMap<>();
    private final Set<Long> terrainTiles = new HashSet<>();
    private final Map<Long, List<Double>> statedByTile = new HashMap<>();
    private final Map<Long, List<Double>> conventionalByTile = new HashMap<>();
    private final Map<Long, Double> undergroundTopByTile = new HashMap<>();
    private final List<float[]> terrainPoints = new ArrayList<>();
    private final List<int[]> terrainTriangles = new ArrayList<>();
    private final Map<Long, Cell> terrainCells = new HashMap<>();
    private Double fixed;
    private Map<Long, Double> levels; // cached squares, null when stale
    private Map<Long, Double> statedLevels; // cached stated(), null when stale

    /** A model of these meshes and objects' utilities, e.g. for the command line or a test. */
    public static GroundModel of(Collection<TileMesh> meshes, Collection<CityObject> objects) {
        GroundModel model = new GroundModel();
        model.addMeshes(meshes);
        model.addUtilities(objects);
        return model;
    }

    /** Terrain meshes give relief; standing and underground objects the ground of their tile. */
    public void addMeshes(Collection<TileMesh> meshes) {
        add(summarize(meshes));
    }

    /** What meshes tell the ground, per tile: terrain meshes, lowest standing base, highest underground top. */
    public record Additions(List<TileMesh> terrain, Map<Long, Double> baseByTile, Map<Long, Double> undergroundTopByTile) {
    }

    /** The pass over every point {@link #addMeshes} needs: pure computation, any thread (then {@link #add}). */
    public static Additions summarize(Collection<TileMesh> meshes) {
        List<TileMesh> terrain = new ArrayList<>();
        Map<Long, Double> base = new HashMap<>(), top = new HashMap<>();
        for (TileMesh m : meshes) {
            if (m.vertexCount() == 0) continue;
            long key = key(m.tileX(), m.tileY());
            if (m.kind() == FeatureKind.TERRAIN) {
                terrain.add(m);
            } else if (STANDING.contains(m.kind())) {
                base.merge(key, minZ(m.points()), Math::min);
            } else if (m.kind() == FeatureKind.UNDERGROUND_BUILDING) {
                top.merge(key, maxZ(m.points()), Math::max);
            }
        }
        return new Additions(terrain, base, top);
    }

    /** Adds what {@link #summarize} found, as {@link #addMeshes} would. */
    public void add(Additions a) {
        for (TileMesh m : a.terrain()) {
            terrainTiles.add(key(m.tileX(), m.tileY()));
            indexTerrain(m.points(), m.triangles());
        }
        a.baseByTile().forEach((key, z) -> baseByTile.merge(key, z, Math::min));
        a.undergroundTopByTile().forEach((key, z) -> undergroundTopByTile.merge(key, z, Math::max));
        levels = null;
        statedLevels = null;
    }

    /** The ground each utility states at its plan centre (see the class comment for what counts as stated). */
    public void addUtilities(Collection<CityObject> objects) {
        for (CityObject o : objects) {
            UtilityInfo u = o.utility();
            if (u == null || !Double.isFinite(u.groundElevation())) continue;
            double[] xy = planCentre(o);
            if (xy == null) continue;
            long key = key(tile(xy[0]), tile(xy[1]));
            (states(o) ? statedByTile : conventionalByTile).computeIfAbsent(key, k -> new ArrayList<>()).add(u.groundElevation());
        }
        levels = null;
        statedLevels = null;
    }

    /**
     * True when the utility's ground comes from the data: a LOD1 "may be here" prism (its top is the ground), or a
     * ground other than the exact 0 of the PLATEAU convention "LOD0 lies at height 0" (e.g. lines draped on a DEM).
     */
    static boolean states(CityObject o) {
        MeshPart lod1 = o.meshes().get(1);
        return (lod1 != null && !lod1.isEmpty()) || o.utility().groundElevation() != 0;
    }

    /** Puts every ground but the terrain at one elevation (local frame metres), or back to automatic with null. */
    public void setFixedElevation(Double elevation) {
        fixed = elevation;
        levels = null;
        statedLevels = null;
    }

    public Double fixedElevation() {
        return fixed;
    }

    /** The ground under (x, y). */
    public Ground at(double x, double y) {
        double t = terrainAt(x, y);
        if (!Double.isNaN(t)) return new Ground(t, Source.TERRAIN);
        long key = key(tile(x), tile(y));
        if (fixed != null) return new Ground(fixed, Source.SET_BY_HAND);
        Double level = squares().get(key);
        if (level != null) return new Ground(level, stated().containsKey(key) ? Source.STATED : Source.PLAIN);
        double plain = automaticElevation();
        return new Ground(Double.isNaN(plain) ? 0 : plain, Source.PLAIN);
    }

    /** True when any terrain mesh lies in the tile (then no plain square is drawn there). */
    public boolean hasTerrain(int tileX, int tileY) {
        return terrainTiles.contains(key(tileX, tileY));
    }

    /**
     * The elevation of every plain ground square to draw, by tile key ({@link #key}): the stated tiles and a ring
     * around them. Terrain tiles are included too; the drawing skips them.
     */
    public Map<Long, Double> squares() {
        if (levels != null) return levels;
        Map<Long, Double> stated = stated();
        Map<Long, Double> all = new HashMap<>(stated);
        for (var e : stated.entrySet()) {
            int x = (int) (e.getKey() >> 32), y = (int) (long) e.getKey();
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    long n = key(x + dx, y + dy);
                    if (!stated.containsKey(n)) all.merge(n, e.getValue(), Math::min);
                }
            }
        }
        if (fixed != null) all.replaceAll((k, v) -> fixed);
        levels = Map.copyOf(all);
        return levels;
    }

    /** The ground's typical elevation (median over the stated tiles), NaN when nothing gives one. */
    public double automaticElevation() {
        List<Double> all = new ArrayList<>(stated().values());
        return all.isEmpty() ? Double.NaN : median(all);
    }

    /** Ground per tile from the data, before the ring and before a fixed elevation. */
    private Map<Long, Double> stated() {
        if (statedLevels == null) statedLevels = Map.copyOf(computeStated());
        return statedLevels;
    }

    private Map<Long, Double> computeStated() {
        Map<Long, Double> out = new HashMap<>();
        // the ground the utilities state is measured where the cover depths are read; a tile's lowest base is a bound
        statedByTile.forEach((key, values) -> out.put(key, median(values)));
        baseByTile.forEach((key, base) -> out.putIfAbsent(key, base - BELOW_BASE));
        // the "height 0" convention says nothing about the ground where anything else does
        if (out.isEmpty() && terrainTiles.isEmpty()) conventionalByTile.forEach((key, values) -> out.put(key, median(values)));
        Double street = out.isEmpty() ? null : median(new ArrayList<>(out.values()));
        undergroundTopByTile.forEach((key, top) -> out.putIfAbsent(key, street != null ? street : top + ABOVE_UNDERGROUND));
        if (street != null) {
            conventionalByTile.keySet().forEach(key -> out.putIfAbsent(key, street)); // their tiles: the area's ground
        }
        return out;
    }

    // ---- terrain ------------------------------------------------------------------------------------

    private void indexTerrain(float[] p, int[] t) {
        int mesh = terrainPoints.size();
        terrainPoints.add(p);
        terrainTriangles.add(t);
        for (int f = 0; f < t.length / 3; f++) {
            int a = 3 * t[3 * f], b = 3 * t[3 * f + 1], c = 3 * t[3 * f + 2];
            int x0 = cell(Math.min(p[a], Math.min(p[b], p[c]))), x1 = cell(Math.max(p[a], Math.max(p[b], p[c])));
            int y0 = cell(Math.min(p[a + 1], Math.min(p[b + 1], p[c + 1])));
            int y1 = cell(Math.max(p[a + 1], Math.max(p[b + 1], p[c + 1])));
            if ((long) (x1 - x0 + 1) * (y1 - y0 + 1) > 4096) continue; // a degenerate sliver across the map
            for (int cx = x0; cx <= x1; cx++) {
                for (int cy = y0; cy <= y1; cy++) terrainCells.computeIfAbsent(key(cx, cy), k -> new Cell()).add(mesh, f);
            }
        }
    }

    /** Highest terrain surface through the vertical at (x, y), NaN where no terrain triangle lies. */
    private double terrainAt(double x, double y) {
        Cell cell = terrainCells.get(key(cell(x), cell(y)));
        if (cell == null) return Double.NaN;
        double best = Double.NaN;
        for (int r = 0; r < cell.size; r++) {
            int m = (int) (cell.refs[r] >>> 32), f = (int) cell.refs[r];
            float[] p = terrainPoints.get(m);
            int[] t = terrainTriangles.get(m);
            int a = 3 * t[3 * f], b = 3 * t[3 * f + 1], c = 3 * t[3 * f + 2];
            double ax = p[a], ay = p[a + 1], bx = p[b], by = p[b + 1], cx = p[c], cy = p[c + 1];
            double det = (by - cy) * (ax - cx) + (cx - bx) * (ay - cy);
            if (Math.abs(det) < 1e-12) continue; // vertical or degenerate
            double l1 = ((by - cy) * (x - cx) + (cx - bx) * (y - cy)) / det;
            double l2 = ((cy - ay) * (x - cx) + (ax - cx) * (y - cy)) / det;
            double l3 = 1 - l1 - l2;
            if (l1 < -1e-9 || l2 < -1e-9 || l3 < -1e-9) continue;
            double z = l1 * p[a + 2] + l2 * p[b + 2] + l3 * p[c + 2];
            if (Double.isNaN(best) || z > best) best = z;
        }
        return best;
    }

    /** The terrain triangles touching one index cell, packed as (mesh << 32 | triangle): compact for big DEMs. */
    private static final class Cell {
        long[] refs = new long[4];
        int size;

        void add(int mesh, int triangle) {
            if (size == refs.length) refs = java.util.Arrays.copyOf(refs, 2 * size);
            refs[size++] = ((long) mesh << 32) | (triangle & 0xFFFFFFFFL);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /** The tile index of a local-frame coordinate. */
    public static int tile(double v) {
        return (int) Math.floor(v / TILE);
    }

    /** One long per tile: x in the high half, y in the low half. */
    public static long key(int x, int y) {
        return ((long) x << 32) | (y & 0xFFFFFFFFL);
    }

    private static int cell(double v) {
        return (int) Math.floor(v / CELL);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
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

    /** Centre of the utility's axis (else its shown mesh) in plan, null without geometry. */
    static double[] planCentre(CityObject o) {
        double[] line = o.utility().hasCentreLine() ? o.utility().centreLine() : o.displayMesh().vertices();
        if (line == null || line.length < 3) return null;
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 2 < line.length; i += 3) {
            minX = Math.min(minX, line[i]);
            maxX = Math.max(maxX, line[i]);
            minY = Math.min(minY, line[i + 1]);
            maxY = Math.max(maxY, line[i + 1]);
        }
        return new double[] {(minX + maxX) / 2, (minY + maxY) / 2};
    }
}
