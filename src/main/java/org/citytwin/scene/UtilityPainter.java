package org.citytwin.scene;

import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.thematic.LegendEntry;
import org.citytwin.thematic.UtilityClassifier;
import org.citytwin.thematic.UtilityClassifier.Look;

/**
 * Colours the utility layer by {@link UtilityClassifier} classes without rebuilding geometry (as
 * {@link ThematicPainter} does): a palette image holds each class in three looks (solid; paler for an estimated
 * depth; translucent for a LOD1 envelope) and each triangle points at its object's entry. The face→object index
 * is untouched, so picking still resolves to one pipe. FX thread.
 */
public final class UtilityPainter {
    private static final double ENVELOPE_ALPHA = 0.35;
    private static final double ESTIMATED_TOWARD_WHITE = 0.35; // paler, yet still its type's colour behind a see-through ground

    private final CityScene scene;
    private UtilityClassifier.Result current;
    private boolean emphasised;
    private PhongMaterial palette;
    private float[] texCoords;

    public UtilityPainter(CityScene scene) {
        this.scene = scene;
    }

    /**
     * Paints every utility mesh now in the scene, and again whenever one is rebuilt (memory budget, see
     * {@link TileRepaints}); call again after the utility meshes are replaced.
     */
    public void apply(UtilityClassifier.Result result) {
        current = result;
        if (result == null) return;
        List<LegendEntry> legend = result.classification().legend();
        int entries = legend.size() * Look.values().length;
        palette = palette(legend, emphasised);
        texCoords = new float[entries * 2];
        for (int i = 0; i < entries; i++) {
            texCoords[2 * i] = (i + 0.5f) / entries;
            texCoords[2 * i + 1] = 0.5f;
        }
        Group layer = scene.layer(FeatureKind.UTILITY);
        for (Node node : layer.getChildren()) {
            if (!(node instanceof MeshView view) || !(view.getUserData() instanceof TileMesh)) continue;
            TileRepaints.register(view, "utility", this::paint);
            paint(view);
        }
    }

    /** Paints one utility tile view with the current classification (nothing while it holds no mesh). */
    private void paint(MeshView view) {
        UtilityClassifier.Result result = current;
        if (result == null || !(view.getUserData() instanceof TileMesh tile) || !(view.getMesh() instanceof TriangleMesh mesh)) return;
        int[] entryOfObject = new int[tile.objectIds().size()];
        for (int o = 0; o < entryOfObject.length; o++) {
            String id = tile.objectIds().get(o);
            Integer c = result.classification().classOfObject().get(id);
            Look look = result.lookOfObject().getOrDefault(id, Look.SOLID);
            entryOfObject[o] = (c == null ? result.classification().noDataClass() : c) * Look.values().length + look.ordinal();
        }
        int[] faces = mesh.getFaces().toArray(null);
        int stride = mesh.getFaceElementSize();
        for (int f = 0; f < faces.length / stride; f++) { // both windings of every triangle
            int e = entryOfObject[tile.faceObject()[TileMeshViews.sourceTriangle(f, tile)]];
            for (int v = 0; v < 3; v++) faces[f * stride + v * 2 + 1] = e;
        }
        mesh.getTexCoords().setAll(texCoords);
        mesh.getFaces().setAll(faces);
        view.setMaterial(palette);
    }

    /** Re-applies the last classification (utility meshes replaced, e.g. another LOD). */
    public void refresh() {
        apply(current);
    }

    public UtilityClassifier.Result current() {
        return current;
    }

    /**
     * Emphasised utilities also glow (self-illumination with their own colours), so they read through a
     * translucent ground and stay bright on the shaded side.
     */
    public void setEmphasised(boolean on) {
        emphasised = on;
        refresh();
    }

    /** Colour of a legend entry in a look, as drawn (ARGB in the palette). */
    static Color colour(int rgb, Look look) {
        Color c = Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
        return switch (look) {
            case SOLID -> c;
            case ESTIMATED -> c.interpolate(Color.WHITE, ESTIMATED_TOWARD_WHITE);
            case ENVELOPE -> TileMeshViews.premultiplied(c, ENVELOPE_ALPHA); // Prism blends premultiplied colour
        };
    }

    private static PhongMaterial palette(List<LegendEntry> legend, boolean glow) {
        int looks = Look.values().length;
        WritableImage image = new WritableImage(legend.size() * looks, 1);
        WritableImage light = new WritableImage(legend.size() * looks, 1);
        PixelWriter writer = image.getPixelWriter();
        for (int i = 0; i < legend.size(); i++) {
            for (Look look : Look.values()) {
                Color c = colour(legend.get(i).rgb(), look);
                writer.setColor(i * looks + look.ordinal(), 0, c);
                light.getPixelWriter().setColor(i * looks + look.ordinal(), 0, c.deriveColor(0, 1, 0.3, 1));
            }
        }
        PhongMaterial material = new PhongMaterial(Color.WHITE);
        material.setDiffuseMap(image);
        if (glow) material.setSelfIlluminationMap(light);
        material.setSpecularColor(Color.BLACK);
        return material;
    }
}
