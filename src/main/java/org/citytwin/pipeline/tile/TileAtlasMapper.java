package org.citytwin.pipeline.tile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;
import org.citytwin.model.SurfaceLook;
import org.citytwin.pipeline.texture.TextureImages;

/**
 * Gives a merged tile mesh its atlas and per-vertex atlas coordinates: textured vertices map their s,t
 * into their image's slot (flipping t, since CityGML's origin is bottom-left and JavaFX's top-left;
 * values outside 0..1 are clamped, the atlas cannot repeat), other vertices point at the centre of a
 * solid patch in their material colour or the kind's colour.
 */
final class TileAtlasMapper {

    record Textured(float[] texCoords, TextureAtlas atlas) {
    }

    private final FeatureKind kind;
    private final TextureImages images;

    TileAtlasMapper(FeatureKind kind, TextureImages images) {
        this.kind = kind;
        this.images = images;
    }

    /** @param meshes the members' meshes in merge order (vertices concatenated in this order) */
    Textured map(List<MeshPart> meshes, int vertexCount) {
        int kindArgb = 0xFF000000 | kind.rgb();
        Map<SurfaceLook, Integer> index = new LinkedHashMap<>();
        index.put(SurfaceLook.colour(kindArgb), 0);
        for (MeshPart m : meshes) for (SurfaceLook look : m.looks()) index.putIfAbsent(look, index.size());
        List<SurfaceLook> looks = new ArrayList<>(index.keySet());
        AtlasBuilder.Result built = AtlasBuilder.build(looks, kindArgb, images);
        TextureAtlas atlas = built.atlas();
        float[] uv = new float[vertexCount * 2];
        int vBase = 0;
        for (MeshPart m : meshes) {
            int[] tri = m.triangles();
            for (int t = 0; t < tri.length / 3; t++) {
                SurfaceLook look = m.lookOf(t);
                AtlasBuilder.Slot slot = built.slots()[look == null ? 0 : index.get(look)];
                for (int k = 0; k < 3; k++) place(uv, vBase + tri[3 * t + k], tri[3 * t + k], m, slot, atlas);
            }
            vBase += m.vertexCount();
        }
        return new Textured(uv, atlas);
    }

    private static void place(float[] uv, int to, int from, MeshPart m, AtlasBuilder.Slot slot, TextureAtlas atlas) {
        double px, py;
        if (slot.textured() && m.texCoords() != null && 2 * from + 1 < m.texCoords().length) {
            double s = clamp(m.texCoords()[2 * from]), t = clamp(m.texCoords()[2 * from + 1]);
            // pixel centres of the slot's first and last texel bound the range, so filtering stays inside it
            px = slot.x() + 0.5 + s * (slot.width() - 1);
            py = slot.y() + 0.5 + (1 - t) * (slot.height() - 1);
        } else {
            px = slot.x() + slot.width() / 2.0;
            py = slot.y() + slot.height() / 2.0;
        }
        uv[2 * to] = (float) (px / atlas.width());
        uv[2 * to + 1] = (float) (py / atlas.height());
    }

    private static double clamp(double v) {
        return Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
    }
}
