package org.citytwin.scene.flows;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

/**
 * The density heat map: one textured quad per floor level, lying just above that level's floor, so a crowd on the
 * concourse 21 m down glows on the concourse, not on the road above. Each quad keeps its image and is repainted in
 * place while the grid size holds. Translucent; its group belongs after everything opaque. FX thread only.
 */
public final class HeatMapLayer {
    /** People per m² that show as the hottest colour (crowded platform, level-of-service F). */
    public static final double SATURATION_DENSITY = 2.0;
    private static final double LIFT = 0.15; // above the floor: no z-fighting with its surface

    private final Group group = new Group();
    private final List<Quad> quads = new ArrayList<>();
    private final javafx.beans.property.ReadOnlyDoubleWrapper saturation = new javafx.beans.property.ReadOnlyDoubleWrapper(SATURATION_DENSITY);
    private final javafx.beans.property.ReadOnlyBooleanWrapper showing = new javafx.beans.property.ReadOnlyBooleanWrapper(false);

    /** {@code image} carries the alpha (diffuse map), {@code glow} the colour times alpha (self-illumination). */
    private record Quad(MeshView view, WritableImage image, WritableImage glow) {
    }

    public HeatMapLayer() {
        group.setId("flow-heat");
        group.setMouseTransparent(true);
    }

    public Group node() { return group; }

    /** Number of level quads shown. */
    public int levelCount() { return group.getChildren().size(); }

    /** The density (people per m²) drawn in the hottest colour in the last paint: the legend's top end. */
    public javafx.beans.property.ReadOnlyDoubleProperty saturationProperty() { return saturation.getReadOnlyProperty(); }

    /** True while at least one level has people on it (the legend shows only then). */
    public javafx.beans.property.ReadOnlyBooleanProperty showingProperty() { return showing.getReadOnlyProperty(); }

    /** Replaces what is drawn by these levels (an empty list clears it). */
    public void show(List<HeatLevel> levels) {
        List<javafx.scene.Node> shown = new ArrayList<>(levels.size());
        double hottest = saturation(levels);
        for (int i = 0; i < levels.size(); i++) {
            HeatLevel level = levels.get(i);
            Quad q = i < quads.size() ? quads.get(i) : null;
            if (q == null || (int) q.image().getWidth() != level.cols() || (int) q.image().getHeight() != level.rows()) {
                q = newQuad(level.cols(), level.rows());
                if (i < quads.size()) quads.set(i, q);
                else quads.add(q);
            }
            paint(level, q.image(), q.glow(), hottest);
            place(q.view(), level);
            shown.add(q.view());
        }
        group.getChildren().setAll(shown);
        saturation.set(hottest);
        showing.set(!shown.isEmpty());
    }

    /**
     * The density shown hottest: {@link #SATURATION_DENSITY} for crowds, less for sparse data (the densest cell
     * over every level, at least a twentieth of it) so where people gather still stands out in a quiet scene.
     */
    static double saturation(List<HeatLevel> levels) {
        double max = 0;
        for (HeatLevel l : levels) for (int i = 0; i < l.cols() * l.rows(); i++) max = Math.max(max, l.values()[i]);
        return Math.max(SATURATION_DENSITY / 20, Math.min(SATURATION_DENSITY, max));
    }

    /**
     * Colour of a density: clear at zero, then amber → orange → red, more opaque as it gets denser. Even the
     * faintest cell is a saturated amber at 40 % opacity: a pale yellow at 20 % vanished on the grey-green ground.
     */
    public static Color colour(double density, double saturation) {
        if (!(density > 0)) return Color.TRANSPARENT;
        double f = Math.min(1, density / saturation);
        double hue = 48 * (1 - f); // amber … red
        return Color.hsb(hue, 1.0, 1.0, 0.4 + 0.5 * Math.sqrt(f));
    }

    public static Color colour(double density) {
        return colour(density, SATURATION_DENSITY);
    }

    private static void paint(HeatLevel level, WritableImage image, WritableImage glow, double saturation) {
        PixelWriter w = image.getPixelWriter(), g = glow.getPixelWriter();
        for (int row = 0; row < level.rows(); row++) {
            int imageRow = level.rows() - 1 - row; // image row 0 is the north edge
            for (int col = 0; col < level.cols(); col++) {
                Color c = colour(level.at(col, row), saturation);
                w.setColor(col, imageRow, c);
                g.setColor(col, imageRow, premultiplied(c));
            }
        }
    }

    /** Prism blends premultiplied: the self-illumination added must already be scaled by the alpha. */
    static Color premultiplied(Color c) {
        double a = c.getOpacity();
        return Color.color(c.getRed() * a, c.getGreen() * a, c.getBlue() * a);
    }

    private static Quad newQuad(int cols, int rows) {
        WritableImage image = new WritableImage(cols, rows), glow = new WritableImage(cols, rows);
        TriangleMesh mesh = new TriangleMesh();
        mesh.getTexCoords().setAll(0, 1, 1, 1, 1, 0, 0, 0); // SW, SE, NE, NW corners
        mesh.getPoints().setAll(new float[12]);
        mesh.getFaces().setAll(0, 0, 1, 1, 2, 2, 0, 0, 2, 2, 3, 3);
        MeshView view = new MeshView(mesh);
        // black diffuse carries only the map's alpha; the colour comes unlit from self-illumination
        PhongMaterial m = new PhongMaterial(Color.BLACK);
        m.setDiffuseMap(image);
        m.setSelfIlluminationMap(glow);
        m.setSpecularColor(Color.BLACK);
        view.setMaterial(m);
        view.setCullFace(CullFace.NONE);
        view.setMouseTransparent(true);
        return new Quad(view, image, glow);
    }

    /** Corners in JavaFX axes (x, −z, y), translated to the level's south-west corner. */
    private static void place(MeshView view, HeatLevel level) {
        float w = (float) (level.cols() * level.cell()), d = (float) (level.rows() * level.cell());
        ((TriangleMesh) view.getMesh()).getPoints().setAll(0, 0, 0, w, 0, 0, w, 0, d, 0, 0, d);
        view.setTranslateX(level.minX());
        view.setTranslateY(-(level.elevation() + LIFT));
        view.setTranslateZ(level.minY());
    }
}
