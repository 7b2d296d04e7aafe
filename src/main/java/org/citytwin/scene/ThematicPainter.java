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

    private record Original(Material material, int[] faces, float[] texCoords) {
    }

    private final Map<MeshView, Original> painted = new IdentityHashMap<>();
    private Classification applied;
    private PhongMaterial palette;
    private float[] texCoords;

    /** FX thread. Paints every mesh under the given layers. */
    public void apply(List<? extends Node> layers, Classification classification) {
        clear();
        List<LegendEntry> legend = classification.legend();
        applied = classification;
        palette = paletteMaterial(legend);
        int n = legend.size();
        texCoords = new float[n * 2];
        for (int i = 0; i < n; i++) {
            texCoords[2 * i] = (i + 0.5f) / n;
            texCoords[2 * i + 1] = 0.5f;
        }
        paint(meshViews(layers));
    }

    /**
     * FX thread. Paints views added after {@link #apply} (tiles arriving during a load) with the classification
     * applied last; does nothing while none is applied.
     */
    public void paintAdded(List<MeshView> views) {
        if (applied != null) paint(views);
    }

    private void paint(List<MeshView> views) {
        Classification classification = applied;
        for (MeshView view : views) {
            if (painted.containsKey(view)) continue;
            if (!(view.getUserData() instanceof TileMesh tile) || !(view.getMesh() instanceof TriangleMesh mesh)) continue;
            int[] classOfObject = new int[tile.objectIds().size()];
            boolean any = false;
            for (int o = 0; o < classOfObject.length; o++) {
                Integer c = classification.classOfObject().get(tile.objectIds().get(o));
                classOfObject[o] = c == null ? classification.noDataClass() : c;
                any |= c != null;
            }
            if (!any) continue;
            int[] faces = mesh.getFaces().toArray(null);
            float[] oldTex = mesh.getTexCoords().toArray(null);
            painted.put(view, new Original(view.getMaterial(), faces.clone(), oldTex));
            int stride = mesh.getFaceElementSize();
            for (int f = 0; f < faces.length / stride; f++) { // both windings of every triangle
                int c = classOfObject[tile.faceObject()[TileMeshViews.sourceTriangle(f, tile)]];
                for (int v = 0; v < 3; v++) faces[f * stride + v * 2 + 1] = c;
            }
            mesh.getTexCoords().setAll(texCoords);
            mesh.getFaces().setAll(faces);
            view.setMaterial(palette);
        }
    }

    /** FX thread. Puts every painted mesh back as it was. */
    public void clear() {
        painted.forEach((view, original) -> {
            TriangleMesh mesh = (TriangleMesh) view.getMesh();
            mesh.getTexCoords().setAll(original.texCoords());
            mesh.getFaces().setAll(original.faces());
            view.setMaterial(original.material());
        });
        painted.clear();
        applied = null;
    }

    public boolean isActive() {
        return !painted.isEmpty();
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
