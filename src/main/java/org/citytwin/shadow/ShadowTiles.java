package org.citytwin.shadow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
    /** Less shade than this (m²) in a tile or on a roof is rounding along a shared edge. */
    private static final double SLIVER = 1e-3;

    /** The shade on one roof, drawn at {@code z} (the roof's top; flat roofs are drawn there exactly). */
    public record RoofShade(String id, Geometry area, double z) {
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
            if (shade.getArea() >= SLIVER) roofs.add(new RoofShade(roof.id(), shade, roof.roofZ()));
        }
        return new Tile(x, y, ground, roofs);
    }

    public static int tile(double v) {
        return (int) Math.floor(v / TILE);
    }

    public static long key(int x, int y) {
        return ((long) x << 32) | (y & 0xFFFFFFFFL);
    }
}
