package org.citytwin.shadow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.CancelToken;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Cast shadows of a city by 250 m tile, for one sun direction at a time. A tile's ground shade is the union of the
 * shadows of every caster whose shadow can reach the tile (wherever the caster stands), clipped to the tile: shadows
 * crossing a tile border are kept whole and no area is shaded twice. A tile's roof shade belongs to the receivers
 * standing in it (by the centre of their plan). Tiles are computed in parallel; a cancel stops the rest.
 */
public final class ShadowTiles {

    public static final double TILE = 250;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final Set<FeatureKind> CASTS = Set.of(FeatureKind.BUILDING, FeatureKind.BRIDGE);
    /** Less shade than this (m²) in a tile or on a roof is rounding along a shared edge. */
    private static final double SLIVER = 1e-3;

    /**
     * Shade on one roof, lying on the plane z = {@code z} + slopeX·x + slopeY·y: a flat roof's top (no slope), or one
     * face of a pitched roof the shade is cut along.
     */
    public record RoofShade(String id, Geometry area, double z, double slopeX, double slopeY) {
        public double heightAt(double x, double y) {
            return z + slopeX * x + slopeY * y;
        }
    }

    /** One tile's shade: on the ground (each caster's base height) and on the roofs standing in it. */
    public record Tile(int x, int y, Geometry ground, List<RoofShade> roofs) {
        public long key() {
            return ShadowTiles.key(x, y);
        }

        public boolean isEmpty() {
            return ground.isEmpty() && roofs.isEmpty();
        }

        public double groundArea() {
            return ground.getArea();
        }
    }

    private final List<CasterSolid> casters;
    private final Map<Long, List<CasterSolid>> receiversByTile = new HashMap<>();

    public ShadowTiles(Collection<CasterSolid> casters) {
        this.casters = List.copyOf(casters);
        for (CasterSolid c : this.casters) {
            if (!c.receives()) continue;
            Envelope b = c.plan().getEnvelopeInternal();
            receiversByTile.computeIfAbsent(key(tile(b.centre().x), tile(b.centre().y)), k -> new ArrayList<>()).add(c);
        }
    }

    /**
     * The casters among the objects: buildings (proposals included) as filled columns, bridges as their surfaces;
     * prepared in parallel (plans unioned once per data change, not per sun).
     */
    public static ShadowTiles of(Collection<CityObject> objects, CancelToken cancel) {
        List<CasterSolid> solids = objects.parallelStream().filter(o -> CASTS.contains(o.kind())).map(o -> {
            cancel.throwIfCancelled();
            CasterSolid.Mode mode = o.kind() == FeatureKind.BRIDGE ? CasterSolid.Mode.SURFACES : CasterSolid.Mode.COLUMNS;
            return CasterSolid.of(o.id(), o.displayMesh(), mode);
        }).filter(java.util.Objects::nonNull).toList();
        return new ShadowTiles(solids);
    }

    /** Whether objects of this kind cast shadows here. */
    public static boolean casts(FeatureKind kind) {
        return CASTS.contains(kind);
    }

    public int casterCount() {
        return casters.size();
    }

    /** Every tile with shade at this sun; none when the sun is down. Blocks until done (parallel inside). */
    public List<Tile> compute(SunDirections.Direction sun, CancelToken cancel) {
        List<Tile> out = java.util.Collections.synchronizedList(new ArrayList<>());
        compute(sun, cancel, out::add);
        List<Tile> sorted = new ArrayList<>(out);
        sorted.sort(java.util.Comparator.comparingLong(Tile::key));
        return sorted;
    }

    /**
     * Hands each tile with shade to {@code done} as soon as it is computed (from worker threads, in no order); a tile
     * not handed over has no shade. Throws CancellationException when cancelled.
     */
    public void compute(SunDirections.Direction sun, CancelToken cancel, Consumer<Tile> done) {
        CastShadows.Ray ray = CastShadows.Ray.of(sun);
        if (ray == null) return;
        STRtree reach = new STRtree();
        for (CasterSolid c : casters) reach.insert(c.shadowBounds(ray.dx(), ray.dy()), c);
        reach.build();
        List<Long> tiles = new ArrayList<>(tilesAt(ray));
        tiles.parallelStream().forEach(k -> {
            cancel.throwIfCancelled();
            Tile t = tile((int) (k >> 32), (int) (long) k, ray, reach);
            if (!t.isEmpty()) done.accept(t);
        });
        cancel.throwIfCancelled();
    }

    /** The keys of the tiles any shadow can touch at this ray (where casters stand, and where their shade reaches). */
    public Set<Long> tilesAt(CastShadows.Ray ray) {
        Set<Long> keys = new LinkedHashSet<>();
        for (CasterSolid c : casters) {
            Envelope e = c.shadowBounds(ray.dx(), ray.dy());
            for (int x = tile(e.getMinX()); x <= tile(e.getMaxX()); x++) {
                for (int y = tile(e.getMinY()); y <= tile(e.getMaxY()); y++) keys.add(key(x, y));
            }
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private Tile tile(int x, int y, CastShadows.Ray ray, STRtree reach) {
        Envelope box = new Envelope(x * TILE, (x + 1) * TILE, y * TILE, (y + 1) * TILE);
        List<CasterSolid> near = reach.query(box);
        Geometry ground = Unions.intersection(CastShadows.onGround(near, ray), GEOMETRY.toGeometry(box));
        if (ground.getArea() < SLIVER) ground = GEOMETRY.createPolygon(); // rounding across a border, not shade
        List<RoofShade> roofs = new ArrayList<>();
        for (CasterSolid roof : receiversByTile.getOrDefault(key(x, y), List.of())) {
            List<CasterSolid> over = reach.query(roof.plan().getEnvelopeInternal());
            Geometry shade = CastShadows.onRoof(roof, over, ray);
            if (shade.getArea() < SLIVER) continue;
            if (roof.flatRoof()) roofs.add(new RoofShade(roof.id(), shade, roof.roofZ(), 0, 0));
            else draped(roof, shade, roofs);
        }
        return new Tile(x, y, ground, roofs);
    }

    /**
     * The shade cut along the faces of a pitched roof, each piece on its face's plane (the shade itself is computed at
     * the roof's top: a little short on the lower parts of a steep roof).
     */
    private static void draped(CasterSolid roof, Geometry shade, List<RoofShade> out) {
        for (double[] t : roof.parts()) {
            double ux = t[3] - t[0], uy = t[4] - t[1], uz = t[5] - t[2];
            double wx = t[6] - t[0], wy = t[7] - t[1], wz = t[8] - t[2];
            double nx = uy * wz - uz * wy, ny = uz * wx - ux * wz, nz = ux * wy - uy * wx;
            if (Math.abs(nz) < 1e-9) continue;
            Geometry piece = Unions.intersection(shade, CasterSolid.polygon2d(t));
            if (piece.getArea() < SLIVER) continue;
            double sx = -nx / nz, sy = -ny / nz;
            out.add(new RoofShade(roof.id(), piece, t[2] - sx * t[0] - sy * t[1], sx, sy));
        }
    }

    public static int tile(double v) {
        return (int) Math.floor(v / TILE);
    }

    public static long key(int x, int y) {
        return ((long) x << 32) | (y & 0xFFFFFFFFL);
    }
}
