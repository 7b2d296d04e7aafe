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
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * A vertical depth ruler beside what lies underground (utilities, underground buildings, tunnels): a pole from the
 * ground surface down past the deepest object, a tick every metre (longer every 5 m) and labels in metres below
 * ground, drawn as text over the viewport at their ticks; and a grid of thin lines on the ground over it. Drawn among the opaque layers, so a see-through ground lies over it. FX thread.
 */
public final class DepthRuler {
    private static final PhongMaterial POLE = material(Color.rgb(30, 30, 30));
    private static final PhongMaterial MAJOR = material(Color.rgb(250, 250, 250));
    private static final PhongMaterial GRID = material(Color.rgb(235, 240, 230));
    private static final List<FeatureKind> UNDERGROUND = List.of(FeatureKind.UTILITY, FeatureKind.UNDERGROUND_BUILDING,
            FeatureKind.TUNNEL);
    private static final double MIN_LABEL_GAP = 16;
    private final CityScene scene;
    private final Group group = new Group();
    /** Labels are 2D text over the viewport, placed at their tick's projection: crisp at any distance. */
    private final javafx.scene.layout.Pane labelPane = new javafx.scene.layout.Pane();
    private final List<Text> labels = new ArrayList<>();
    private final List<double[]> anchors = new ArrayList<>();
    private Envelope extent = new Envelope();

    public DepthRuler(CityScene scene) {
        this.scene = scene;
        group.setId("depth-ruler");
        group.setMouseTransparent(true);
        labelPane.setMouseTransparent(true);
        labelPane.setId("depth-ruler-labels");
        scene.camera().revisionProperty().addListener((o, a, b) -> placeLabels());
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
        int labelEvery = depth <= 6 ? 1 : depth > 30 ? 10 : 5;
        List<Node> nodes = new ArrayList<>();
        nodes.add(box(x, y, ground - depth / 2.0, unit, depth, unit, POLE));
        labels.clear();
        anchors.clear();
        for (int m = 0; m <= depth; m++) {
            boolean major = m % labelEvery == 0;
            double len = major ? unit * 8 : unit * 4;
            nodes.add(box(x + len / 2, y, ground - m, len, unit * 0.6, unit * 0.6, major ? MAJOR : POLE));
            if (major) label(m == 0 ? org.citytwin.text.Texts.get("tools.depthRuler.ground") : "−" + m + " m", x + len + unit, y, ground - m);
        }
        nodes.add(groundGrid(below, ground));
        group.getChildren().setAll(nodes);
        extent = new Envelope();
        extent.include(x, y, ground);
        extent.include(x + unit * 40, y, ground - depth);
        labelPane.getChildren().setAll(labels);
        if (!scene.markers().getChildren().contains(group)) scene.markers().getChildren().add(group);
        if (!scene.viewport().getChildren().contains(labelPane)) scene.viewport().getChildren().add(labelPane);
        placeLabels();
        return true;
    }

    /** What the ruler covers with its labels (local frame), empty before {@link #show}. */
    public Envelope bounds() {
        return extent.copy();
    }

    public void hide() {
        scene.markers().getChildren().remove(group);
        scene.viewport().getChildren().remove(labelPane);
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

    /** Each label beside its tick; a label closer than a text line to the last one shown is left out (seen from afar). */
    private void placeLabels() {
        double lastY = Double.NaN;
        for (int i = 0; i < labels.size(); i++) {
            double[] a = anchors.get(i);
            double[] px = scene.camera().project(scene.camera().toView(a[0], a[1], a[2]));
            Text t = labels.get(i);
            boolean room = px != null && (Double.isNaN(lastY) || Math.abs(px[1] - lastY) >= MIN_LABEL_GAP);
            t.setVisible(room);
            if (!room) continue;
            lastY = px[1];
            t.setLayoutX(px[0] + 4);
            t.setLayoutY(px[1] + 5);
        }
    }

    private void label(String s, double x, double y, double z) {
        Text t = new Text(s);
        t.setFont(Font.font("SansSerif", FontWeight.BOLD, 13));
        t.setFill(Color.rgb(15, 15, 15));
        t.setStroke(Color.rgb(255, 255, 255, 0.8));
        t.setStrokeWidth(0.6);
        labels.add(t);
        anchors.add(new double[] {x, y, z});
    }

    /**
     * Thin lines on the ground over the underground content (a little beyond it), so a see-through ground still
     * reads as a surface. Slightly above the ground: from above the lines stay crisp, from below the ground tints them.
     */
    private static Node groundGrid(Envelope below, double ground) {
        double span = Math.max(below.maxX() - below.minX(), below.maxY() - below.minY());
        double step = niceStep(span / 10);
        double width = step / 30, z = -(ground + 0.03);
        double x0 = Math.floor((below.minX() - step) / step) * step, x1 = Math.ceil((below.maxX() + step) / step) * step;
        double y0 = Math.floor((below.minY() - step) / step) * step, y1 = Math.ceil((below.maxY() + step) / step) * step;
        List<Float> p = new ArrayList<>();
        for (double x = x0; x <= x1 + 1e-9; x += step) quad(p, x - width / 2, y0, x + width / 2, y1, z);
        for (double y = y0; y <= y1 + 1e-9; y += step) quad(p, x0, y - width / 2, x1, y + width / 2, z);
        float[] points = new float[p.size()];
        for (int i = 0; i < points.length; i++) points[i] = p.get(i);
        int quads = points.length / 12;
        int[] faces = new int[quads * 12];
        for (int q = 0; q < quads; q++) {
            int b = q * 4;
            int[] f = {b, 0, b + 1, 0, b + 2, 0, b, 0, b + 2, 0, b + 3, 0};
            System.arraycopy(f, 0, faces, q * 12, 12);
        }
        javafx.scene.shape.TriangleMesh mesh = new javafx.scene.shape.TriangleMesh();
        mesh.getPoints().setAll(points);
        mesh.getTexCoords().setAll(0, 0);
        mesh.getFaces().setAll(faces);
        javafx.scene.shape.MeshView view = new javafx.scene.shape.MeshView(mesh);
        view.setCullFace(javafx.scene.shape.CullFace.NONE);
        view.setMaterial(GRID);
        view.setId("ground-grid");
        return view;
    }

    /** 1, 2 or 5 times a power of ten, at least the given metres. */
    static double niceStep(double atLeast) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(atLeast, 0.1))));
        for (double m : new double[] {1, 2, 5, 10}) if (m * p >= atLeast) return m * p;
        return 10 * p;
    }

    /** An axis-aligned quad in the ground plane (local x, y → view x, z at view height vy). */
    private static void quad(List<Float> p, double xa, double ya, double xb, double yb, double vy) {
        double[] c = {xa, ya, xb, ya, xb, yb, xa, yb};
        for (int i = 0; i < 8; i += 2) {
            p.add((float) c[i]);
            p.add((float) vy);
            p.add((float) c[i + 1]);
        }
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
