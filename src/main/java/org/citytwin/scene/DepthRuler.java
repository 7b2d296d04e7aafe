package org.citytwin.scene;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Rotate;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * A vertical depth ruler beside what lies underground (utilities, underground buildings, tunnels): a pole from the
 * ground surface down past the deepest object, a tick every metre (longer every 5 m) and labels in metres below
 * ground that turn to face the camera. Drawn among the opaque layers, so a see-through ground lies over it. FX thread.
 */
public final class DepthRuler {
    private static final PhongMaterial POLE = material(Color.rgb(30, 30, 30));
    private static final PhongMaterial MAJOR = material(Color.rgb(250, 250, 250));
    private static final List<FeatureKind> UNDERGROUND = List.of(FeatureKind.UTILITY, FeatureKind.UNDERGROUND_BUILDING,
            FeatureKind.TUNNEL);
    private final CityScene scene;
    private final Group group = new Group();
    private final List<Text> labels = new ArrayList<>();
    private Envelope extent = new Envelope();

    public DepthRuler(CityScene scene) {
        this.scene = scene;
        group.setId("depth-ruler");
        group.setMouseTransparent(true);
        scene.camera().revisionProperty().addListener((o, a, b) -> faceCamera());
    }

    public Group node() { return group; }

    /** Builds the ruler for what is loaded now and shows it; false (and nothing shown) when nothing is underground. */
    public boolean show() {
        Envelope below = undergroundBounds();
        double ground = scene.groundElevation();
        if (below.isEmpty()) {
            hide();
            return false;
        }
        if (!Double.isFinite(ground)) ground = below.maxZ();
        int depth = (int) Math.ceil(ground - below.minZ()) + 1;
        double span = Math.max(below.maxX() - below.minX(), below.maxY() - below.minY());
        // beside the data, at its south-west corner, a little outside so it never hides a pipe
        double x = below.minX() - Math.max(1, span * 0.04), y = below.minY() - Math.max(1, span * 0.04);
        double unit = Math.max(0.04, Math.min(0.6, Math.max(depth, span / 8) * 0.012));
        int labelEvery = depth > 30 ? 10 : 5;
        List<Node> nodes = new ArrayList<>();
        nodes.add(box(x, y, ground - depth / 2.0, unit, depth, unit, POLE));
        labels.clear();
        for (int m = 0; m <= depth; m++) {
            boolean major = m % labelEvery == 0;
            double len = major ? unit * 8 : unit * 4;
            nodes.add(box(x + len / 2, y, ground - m, len, unit * 0.6, unit * 0.6, major ? MAJOR : POLE));
            if (major) nodes.add(label(m == 0 ? "ground" : "−" + m + " m", x + len + unit, y, ground - m, Math.max(unit * 6, labelEvery * 0.4)));
        }
        group.getChildren().setAll(nodes);
        extent = new Envelope();
        extent.include(x, y, ground);
        extent.include(x + unit * 40, y, ground - depth);
        faceCamera();
        if (!scene.markers().getChildren().contains(group)) scene.markers().getChildren().add(group);
        return true;
    }

    /** What the ruler covers with its labels (local frame), empty before {@link #show}. */
    public Envelope bounds() {
        return extent.copy();
    }

    public void hide() {
        scene.markers().getChildren().remove(group);
    }

    public boolean isShown() {
        return scene.markers().getChildren().contains(group);
    }

    /** Union of the underground layers' meshes (local frame). */
    Envelope undergroundBounds() {
        Envelope e = new Envelope();
        for (FeatureKind kind : UNDERGROUND) {
            for (Node node : scene.layer(kind).getChildren()) {
                if (node.getUserData() instanceof TileMesh mesh) e.include(CityScene.boundsOf(List.of(mesh)));
            }
        }
        return e;
    }

    private void faceCamera() {
        for (Text t : labels) {
            if (t.getTransforms().get(1) instanceof Rotate r) r.setAngle(scene.camera().heading());
        }
    }

    private Text label(String s, double x, double y, double z, double height) {
        Text t = new Text(s);
        t.setFont(Font.font("SansSerif", FontWeight.BOLD, 48));
        t.setFill(Color.rgb(15, 15, 15));
        double scale = height / 48;
        // at the tick, turning about the vertical axis to face the camera, scaled from font pixels to metres
        t.getTransforms().setAll(new javafx.scene.transform.Translate(x, -z, y), new Rotate(0, Rotate.Y_AXIS),
                new javafx.scene.transform.Scale(scale, scale, scale), new javafx.scene.transform.Translate(0, 16));
        labels.add(t);
        return t;
    }

    private static Box box(double x, double y, double z, double w, double h, double d, PhongMaterial m) {
        Box b = new Box(w, h, d);
        b.setMaterial(m);
        b.setTranslateX(x);
        b.setTranslateY(-z);
        b.setTranslateZ(y);
        return b;
    }

    private static PhongMaterial material(Color c) {
        PhongMaterial m = new PhongMaterial(c);
        m.setSpecularColor(Color.BLACK);
        return m;
    }
}
