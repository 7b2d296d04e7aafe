package org.citytwin.scene;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Material;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.thematic.Classification;
import org.citytwin.thematic.LegendEntry;

/**
 * Colours merged tile meshes by class without rebuilding their geometry: a palette image (one pixel per
 * legend entry) becomes the diffuse map, and each triangle's texture-coordinate indices point at its
 * object's class. Only meshes holding at least one classified object are painted; {@link #clear()}
 * restores the original material and texture coordinates.
 */
public final class ThematicPainter {

    /** What a painted view showed before: its material, or "its atlas" (dropped and rebuilt with the mesh). */
    private record Original(Material material, boolean textured) {
    }

    private final Map<MeshView, Original> painted = new IdentityHashMap<>();
    private final List<MeshView> hooked = new ArrayList<>();
    private final String name = "thematic@" + Integer.toHexString(System.identityHashCode(this));
    private Classification current;
    private PhongMaterial palette;
    private float[] texCoords;

    /**
     * FX thread. Paints every mesh under the given layers, and again whenever one of their tiles is rebuilt or gets
     * a coarse proxy (memory budget, level of detail; see {@link TileRepaints}).
     */
    public void apply(List<? extends Node> layers, Classification classification) {
        clear();
        current = classification;
        List<LegendEntry> legend = classification.legend();
        palette = paletteMaterial(legend);
        int n = legend.size();
        texCoords = new float[n * 2];
        for (int i = 0; i < n; i++) {
            texCoords[2 * i] = (i + 0.5f) / n;
            texCoords[2 * i + 1] = 0.5f;
        }
        paintAdded(meshViews(layers));
    }

    /**
     * FX thread. Paints views added after {@link #apply} (tiles arriving during a load) with the classification
     * applied last; does nothing while none is applied.
     */
    public void paintAdded(List<MeshView> views) {
        if (current == null) return;
        for (MeshView view : views) {
            if (painted.containsKey(view)) continue;
            TileMesh tile = tileOf(view);
            if (tile == null || classOfObject(tile) == null) continue;
            if (view.getUserData() instanceof TileMesh) {
                TileRepaints.register(view, name, this::paint);
                hooked.add(view);
            }
            paint(view);
        }
    }

    /** Paints one tile view or proxy with the current classification (nothing when none or not resident). */
    private void paint(MeshView view) {
        if (current == null) return;
        TileMesh tile = tileOf(view);
        if (tile == null || !(view.getMesh() instanceof TriangleMesh mesh)) return;
        int[] classOfObject = classOfObject(tile);
        if (classOfObject == null) return;
        if (!painted.containsKey(view)) {
            PhongMaterial atlas = TileMeshViews.texturedMaterial(view);
            painted.put(view, new Original(view.getMaterial(), atlas != null && view.getMaterial() == atlas));
        }
        int[] faces = mesh.getFaces().toArray(null);
        int stride = mesh.getFaceElementSize();
        for (int f = 0; f < faces.length / stride; f++) { // both windings of every triangle
            int c = classOfObject[tile.faceObject()[TileMeshViews.sourceTriangle(f, tile)]];
            for (int v = 0; v < 3; v++) faces[f * stride + v * 2 + 1] = c;
        }
        mesh.getTexCoords().setAll(texCoords);
        mesh.getFaces().setAll(faces);
        view.setMaterial(palette);
    }

    /** Each object's class (no-data class for unclassified ones), or null when none of the tile's objects has one. */
    private int[] classOfObject(TileMesh tile) {
        int[] classOfObject = new int[tile.objectIds().size()];
        boolean any = false;
        for (int o = 0; o < classOfObject.length; o++) {
            Integer c = current.classOfObject().get(tile.objectIds().get(o));
            classOfObject[o] = c == null ? current.noDataClass() : c;
            any |= c != null;
        }
        return any ? classOfObject : null;
    }

    /** The tile data a view draws: its own (full view) or its boxes' (proxy). */
    private static TileMesh tileOf(MeshView view) {
        if (view.getUserData() instanceof TileMesh tile) return tile;
        return view.getUserData() instanceof TileProxy proxy ? proxy.mesh() : null;
    }

    /** FX thread. Puts every painted mesh back as it was (faces and coordinates rebuilt from the tile's data). */
    public void clear() {
        painted.forEach((view, original) -> {
            if (view.getMesh() instanceof TriangleMesh mesh) {
                if (view.getUserData() instanceof TileMesh tile) {
                    mesh.getTexCoords().setAll(TileMeshViews.texCoords(tile));
                    mesh.getFaces().setAll(TileMeshViews.faces(tile));
                } else { // a proxy: one plain colour
                    int[] faces = mesh.getFaces().toArray(null);
                    for (int i = 1; i < faces.length; i += 2) faces[i] = 0;
                    mesh.getTexCoords().setAll(0f, 0f);
                    mesh.getFaces().setAll(faces);
                }
            }
            PhongMaterial atlas = TileMeshViews.texturedMaterial(view);
            if (!original.textured()) view.setMaterial(original.material());
            else view.setMaterial(atlas != null ? atlas : TileMeshViews.plainMaterial(view));
        });
        painted.clear();
        for (MeshView view : hooked) TileRepaints.unregister(view, name);
        hooked.clear();
        current = null;
    }

    public boolean isActive() {
        return !painted.isEmpty() || current != null && !hooked.isEmpty();
    }

    private static PhongMaterial paletteMaterial(List<LegendEntry> legend) {
        WritableImage image = new WritableImage(legend.size(), 1);
        PixelWriter writer = image.getPixelWriter();
        for (int i = 0; i < legend.size(); i++) writer.setArgb(i, 0, 0xFF000000 | legend.get(i).rgb());
        PhongMaterial material = new PhongMaterial(Color.WHITE);
        material.setDiffuseMap(image);
        material.setSpecularColor(Color.BLACK);
        return material;
    }

    private static List<MeshView> meshViews(List<? extends Node> layers) {
        List<MeshView> views = new ArrayList<>();
        for (Node layer : layers) {
            if (layer instanceof MeshView v) views.add(v);
            else if (layer instanceof javafx.scene.Parent p) views.addAll(meshViews(p.getChildrenUnmodifiable()));
        }
        return views;
    }
}
