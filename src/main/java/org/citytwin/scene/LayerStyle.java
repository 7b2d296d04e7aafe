package org.citytwin.scene;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.MeshView;
import org.citytwin.model.FeatureKind;

/**
 * Look of a {@link CityScene} layer (FX thread): visibility, opacity and plain colour, for a whole kind or for one
 * file's meshes of a kind (the layers panel styles each file alone). Opacity is the alpha of the diffuse colour
 * (Node opacity does nothing for 3D in a SubScene); a layer made translucent is moved to the end of the drawing
 * order, because JavaFX draws in scene-graph order without sorting. A textured mesh's atlas takes the alpha of its
 * file's plain material.
 */
public final class LayerStyle {
    private final CityScene scene;

    public LayerStyle(CityScene scene) {
        this.scene = scene;
    }

    public void setVisible(FeatureKind kind, boolean visible) {
        scene.layer(kind).setVisible(visible);
    }

    public boolean isVisible(FeatureKind kind) {
        return scene.layer(kind).isVisible();
    }

    /** Shows or hides one file's meshes of a kind; the kind's other files stay as they are. */
    public void setVisible(FeatureKind kind, String file, boolean visible) {
        scene.setFileVisible(kind, file, visible);
    }

    public boolean isVisible(FeatureKind kind, String file) {
        return scene.layer(kind).isVisible() && scene.isFileVisible(kind, file);
    }

    /** Opacity 0..1 of the whole kind: its own material, every file's and every atlas in its layer. */
    public void setOpacity(FeatureKind kind, double opacity) {
        double a = clamp(opacity);
        fade(scene.material(kind), a);
        scene.fileMaterials(kind).forEach(m -> fade(m, a));
        applyToAtlases(kind);
        if (a < 1) drawLast(scene.layer(kind));
    }

    /** Opacity 0..1 of one file's meshes of a kind. */
    public void setOpacity(FeatureKind kind, String file, double opacity) {
        double a = clamp(opacity);
        fade(scene.material(kind, file), a);
        applyToAtlases(kind);
        if (a < 1) drawLast(scene.layer(kind));
    }

    private void applyToAtlases(FeatureKind kind) {
        for (Node node : scene.layer(kind).getChildren()) {
            if (node instanceof MeshView view) {
                PhongMaterial textured = TileMeshViews.texturedMaterial(view);
                PhongMaterial plain = TileMeshViews.plainMaterial(view);
                double a = plain == null ? 1 : plain.getDiffuseColor().getOpacity();
                if (textured != null && textured.getDiffuseColor().getOpacity() != a)
                    textured.setDiffuseColor(TileMeshViews.premultiplied(Color.WHITE, a));
            }
        }
    }

    public double opacity(FeatureKind kind) {
        return scene.material(kind).getDiffuseColor().getOpacity();
    }

    public double opacity(FeatureKind kind, String file) {
        return scene.material(kind, file).getDiffuseColor().getOpacity();
    }

    /** Replaces the plain colour of the whole kind (every file), keeping each material's opacity. */
    public void setColor(FeatureKind kind, Color color) {
        recolour(scene.material(kind), color);
        scene.fileMaterials(kind).forEach(m -> recolour(m, color));
    }

    /** Replaces the plain colour of one file's meshes of a kind, keeping their opacity. */
    public void setColor(FeatureKind kind, String file, Color color) {
        recolour(scene.material(kind, file), color);
    }

    /** The kind's colour with its opacity (straight, not premultiplied). */
    public Color color(FeatureKind kind) {
        return TileMeshViews.straight(scene.material(kind).getDiffuseColor());
    }

    /** One file's colour of a kind with its opacity (straight, not premultiplied). */
    public Color color(FeatureKind kind, String file) {
        return TileMeshViews.straight(scene.material(kind, file).getDiffuseColor());
    }

    private static void fade(PhongMaterial m, double a) {
        m.setDiffuseColor(withAlpha(m.getDiffuseColor(), a));
    }

    private static void recolour(PhongMaterial m, Color color) {
        Color opaque = new Color(color.getRed(), color.getGreen(), color.getBlue(), 1);
        m.setDiffuseColor(TileMeshViews.premultiplied(opaque, m.getDiffuseColor().getOpacity()));
    }

    private static double clamp(double a) {
        return Math.max(0, Math.min(1, a));
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
