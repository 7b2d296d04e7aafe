package org.citytwin.scene;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.MeshView;
import org.citytwin.model.FeatureKind;

/**
 * Per-kind look of a {@link CityScene} layer (FX thread): visibility, opacity and plain colour. Opacity is the
 * alpha of the kind's diffuse colour (Node opacity does nothing for 3D in a SubScene); a layer made translucent
 * is moved to the end of the drawing order, because JavaFX draws in scene-graph order without sorting.
 */
public final class LayerStyle {
    private final CityScene scene;
    private final java.util.Map<FeatureKind, Double> opacities = new java.util.EnumMap<>(FeatureKind.class);

    public LayerStyle(CityScene scene) {
        this.scene = scene;
    }

    public void setVisible(FeatureKind kind, boolean visible) {
        scene.layer(kind).setVisible(visible);
    }

    public boolean isVisible(FeatureKind kind) {
        return scene.layer(kind).isVisible();
    }

    /** Opacity 0..1 for the kind's plain material and every atlas material in its layer now. */
    public void setOpacity(FeatureKind kind, double opacity) {
        double a = Math.max(0, Math.min(1, opacity));
        PhongMaterial plain = scene.material(kind);
        plain.setDiffuseColor(withAlpha(plain.getDiffuseColor(), a));
        if (opacities.put(kind, a) == null) {
            // atlas materials belong to each view: re-merged meshes (LOD, hide/isolate) get the alpha too
            scene.layer(kind).getChildren().addListener((javafx.collections.ListChangeListener<Node>) c -> applyToAtlases(kind));
        }
        applyToAtlases(kind);
        if (a < 1) drawLast(scene.layer(kind));
    }

    private void applyToAtlases(FeatureKind kind) {
        double a = opacities.getOrDefault(kind, 1.0);
        for (Node node : scene.layer(kind).getChildren()) {
            if (node instanceof MeshView view) {
                PhongMaterial textured = TileMeshViews.texturedMaterial(view);
                if (textured != null && textured.getDiffuseColor().getOpacity() != a)
                    textured.setDiffuseColor(TileMeshViews.premultiplied(Color.WHITE, a));
            }
        }
    }

    public double opacity(FeatureKind kind) {
        return scene.material(kind).getDiffuseColor().getOpacity();
    }

    /** Replaces the kind's plain colour, keeping its current opacity. */
    public void setColor(FeatureKind kind, Color color) {
        PhongMaterial plain = scene.material(kind);
        Color opaque = new Color(color.getRed(), color.getGreen(), color.getBlue(), 1);
        plain.setDiffuseColor(TileMeshViews.premultiplied(opaque, plain.getDiffuseColor().getOpacity()));
    }

    /** The kind's colour with its opacity (straight, not premultiplied). */
    public Color color(FeatureKind kind) {
        return TileMeshViews.straight(scene.material(kind).getDiffuseColor());
    }

    private void drawLast(Group layer) {
        if (!(layer.getParent() instanceof Group world)) return;
        int overlay = world.getChildren().indexOf(scene.overlay());
        int at = world.getChildren().indexOf(layer);
        if (overlay < 0 || at == overlay - 1) return;
        world.getChildren().remove(layer);
        world.getChildren().add(world.getChildren().indexOf(scene.overlay()), layer);
    }

    /** The same colour at another opacity; materials hold it premultiplied (see {@link TileMeshViews#premultiplied}). */
    private static Color withAlpha(Color premultiplied, double a) {
        return TileMeshViews.premultiplied(TileMeshViews.straight(premultiplied), a);
    }
}
