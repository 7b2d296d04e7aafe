package org.citytwin.pipeline.tile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.texture.TextureImages;

/**
 * Merges objects into few large meshes: one per spatial tile × feature kind × source file (each MeshView is a draw
 * call in JavaFX). An object belongs to the tile holding the centre of its bounds. Meshes are split
 * when they would exceed {@link #MAX_VERTICES} so one re-upload never moves a giant buffer. With texture
 * images given, meshes whose objects carry textures or material colours get a texture atlas.
 */
public final class TileMesher {

    public static final double DEFAULT_TILE_SIZE = 500.0;
    static final int MAX_VERTICES = 1 << 20;

    private final double tileSize;
    private final LodSelection lods;
    private final TextureImages images;

    public TileMesher(double tileSize) {
        this(tileSize, LodSelection.HIGHEST);
    }

    public TileMesher(double tileSize, LodSelection lods) {
        this(tileSize, lods, null);
    }

    /** @param images reads texture images for the atlases; null draws every mesh in its kind's colour */
    public TileMesher(double tileSize, LodSelection lods, TextureImages images) {
        this.tileSize = tileSize;
        this.lods = lods;
        this.images = images;
    }

    /** Meshes of every object at its highest LOD. */
    public static List<TileMesh> merge(List<CityObject> objects) {
        return new TileMesher(DEFAULT_TILE_SIZE).getResult(objects);
    }

    /** Meshes of every object at the LOD chosen for its kind. */
    public static List<TileMesh> merge(List<CityObject> objects, LodSelection lods) {
        return new TileMesher(DEFAULT_TILE_SIZE, lods).getResult(objects);
    }

    /** Meshes at the chosen LODs, with texture atlases where objects have textures or materials (images not null). */
    public static List<TileMesh> merge(List<CityObject> objects, LodSelection lods, TextureImages images) {
        return new TileMesher(DEFAULT_TILE_SIZE, lods, images).getResult(objects);
    }

    public List<TileMesh> getResult(List<CityObject> objects) {
        Map<Key, List<CityObject>> groups = new LinkedHashMap<>();
        for (CityObject object : objects) {
            MeshPart mesh = mesh(object);
            if (mesh.isEmpty()) continue;
            double[] v = mesh.vertices();
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (int i = 0; i < v.length; i += 3) {
                minX = Math.min(minX, v[i]);
                maxX = Math.max(maxX, v[i]);
                minY = Math.min(minY, v[i + 1]);
                maxY = Math.max(maxY, v[i + 1]);
            }
            int tx = (int) Math.floor((minX + maxX) / 2 / tileSize);
            int ty = (int) Math.floor((minY + maxY) / 2 / tileSize);
            groups.computeIfAbsent(new Key(object.kind(), object.sourceFile(), tx, ty), k -> new ArrayList<>()).add(object);
        }
        List<TileMesh> meshes = new ArrayList<>();
        groups.forEach((key, members) -> build(key, members, meshes));
        return meshes;
    }

    private MeshPart mesh(CityObject object) {
        return lods.of(object.kind()).meshOf(object);
    }

    private void build(Key key, List<CityObject> members, List<TileMesh> out) {
        int start = 0;
        while (start < members.size()) {
            int vertices = 0;
            int triangles = 0;
            int end = start;
            while (end < members.size()) {
                MeshPart m = mesh(members.get(end));
                if (end > start && vertices + m.vertexCount() > MAX_VERTICES) break;
                vertices += m.vertexCount();
                triangles += m.triangleCount();
                end++;
            }
            out.add(merge(key, members.subList(start, end), vertices, triangles));
            start = end;
        }
    }

    private TileMesh merge(Key key, List<CityObject> members, int vertexCount, int triangleCount) {
        float[] points = new float[vertexCount * 3];
        int[] triangles = new int[triangleCount * 3];
        int[] faceObject = new int[triangleCount];
        List<String> ids = new ArrayList<>(members.size());
        int vBase = 0;
        int t = 0;
        for (int o = 0; o < members.size(); o++) {
            CityObject object = members.get(o);
            ids.add(object.id());
            MeshPart m = mesh(object);
            double[] v = m.vertices();
            for (int i = 0; i < v.length; i++) points[vBase * 3 + i] = (float) v[i];
            int[] tri = m.triangles();
            for (int i = 0; i < tri.length; i += 3) {
                triangles[t * 3] = tri[i] + vBase;
                triangles[t * 3 + 1] = tri[i + 1] + vBase;
                triangles[t * 3 + 2] = tri[i + 2] + vBase;
                faceObject[t++] = o;
            }
            vBase += m.vertexCount();
        }
        if (images == null || members.stream().noneMatch(o -> mesh(o).hasLooks())) {
            return new TileMesh(key.kind, key.x, key.y, points, triangles, faceObject, List.copyOf(ids), null, null, key.file);
        }
        TileAtlasMapper.Textured textured = new TileAtlasMapper(key.kind, images).map(members.stream().map(this::mesh).toList(), vertexCount);
        return new TileMesh(key.kind, key.x, key.y, points, triangles, faceObject, List.copyOf(ids),
                textured.texCoords(), textured.atlas(), key.file);
    }

    /** Per file too: a file's kind is shown, faded or coloured on its own (layers panel). */
    private record Key(FeatureKind kind, String file, int x, int y) {
    }
}
