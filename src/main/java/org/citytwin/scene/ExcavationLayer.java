package org.citytwin.scene;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.underground.CrossingUtility;
import org.citytwin.underground.Excavation;

/**
 * Shows an excavation: the tile meshes it touches are swapped for cut copies (computed off the FX thread from
 * {@link #targets()}), translucent earth walls and floor are drawn, and each crossing utility gets a 2D label that
 * follows its projected 3D anchor. {@link #clear()} puts the original meshes back. FX thread only.
 */
public final class ExcavationLayer {
    static final Color EARTH = Color.rgb(150, 105, 60, 0.55);

    /** A mesh to cut: its view and its data (ground patches are converted from their JavaFX mesh). */
    public record Target(MeshView view, TileMesh mesh) {
    }

    /** A view and the cut mesh to show in it. */
    public record Cut(MeshView view, TileMesh mesh) {
    }

    private final CityScene scene;
    private final Pane labels = new Pane();
    private final Group pitGroup = new Group();
    private final Map<MeshView, Object[]> originals = new IdentityHashMap<>(); // view -> {TriangleMesh, userData}
    private final List<CrossingUtility> labelled = new ArrayList<>();

    public ExcavationLayer(CityScene scene) {
        this.scene = scene;
        labels.setId("excavation-labels");
        labels.setMouseTransparent(true);
        labels.setPickOnBounds(false);
        pitGroup.setId("excavation-pit");
        pitGroup.setMouseTransparent(true);
        scene.camera().revisionProperty().addListener((o, a, b) -> placeLabels());
    }

    /** The pane of 3D labels: put it over the 3D view, same size. */
    public Pane labels() {
        return labels;
    }

    public boolean isShown() {
        return !originals.isEmpty() || !pitGroup.getChildren().isEmpty();
    }

    /** Every mesh an excavation may cut (snapshot of the data, for a worker). Already cut meshes give their original. */
    public List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        for (FeatureKind kind : FeatureKind.values()) {
            if (!Excavation.cuts(kind)) continue;
            for (Node node : scene.layer(kind).getChildren()) {
                if (node instanceof MeshView view) {
                    Object[] original = originals.get(view);
                    Object data = original != null ? original[1] : view.getUserData();
                    if (data instanceof TileMesh tile) targets.add(new Target(view, tile));
                }
            }
        }
        for (Node node : scene.ground().getChildren()) {
            if (node instanceof MeshView view) {
                Object[] original = originals.get(view);
                TriangleMesh mesh = (TriangleMesh) (original != null ? original[0] : view.getMesh());
                targets.add(new Target(view, groundTile(mesh)));
            }
        }
        return targets;
    }

    /** Swaps in the cut meshes, draws the pit and labels the utilities (undoing any earlier cut first). */
    public void show(Excavation excavation, List<Cut> cuts, List<CrossingUtility> utilities) {
        clear();
        for (Cut cut : cuts) {
            MeshView view = cut.view();
            originals.put(view, new Object[] {view.getMesh(), view.getUserData()});
            view.setMesh(TileMeshViews.toTriangleMesh(cut.mesh()));
            view.getProperties().put(TileResidency.PINNED, Boolean.TRUE); // the memory budget must not rebuild it uncut
            if (view.getUserData() instanceof TileMesh) view.setUserData(cut.mesh()); // picking sees the hole
        }
        pitGroup.getChildren().setAll(pitView(excavation.wallsAndFloor()));
        if (!scene.overlay().getChildren().contains(pitGroup)) scene.overlay().getChildren().add(0, pitGroup);
        labelled.addAll(utilities);
        for (CrossingUtility u : utilities) {
            Label label = new Label(u.label());
            label.setStyle("-fx-background-color: rgba(255,255,255,0.88); -fx-padding: 1 5; -fx-background-radius: 3;"
                    + " -fx-border-color: #7a4e1d; -fx-border-radius: 3; -fx-font-size: 11px;");
            label.setUserData(u);
            labels.getChildren().add(label);
        }
        placeLabels();
    }

    /** Restores every cut mesh and removes the pit and labels. */
    public void clear() {
        originals.forEach((view, original) -> {
            view.setMesh((TriangleMesh) original[0]);
            view.setUserData(original[1]);
            view.getProperties().remove(TileResidency.PINNED);
        });
        originals.clear();
        pitGroup.getChildren().clear();
        scene.overlay().getChildren().remove(pitGroup);
        labels.getChildren().clear();
        labelled.clear();
    }

    private void placeLabels() {
        CameraRig rig = scene.camera();
        List<Label> placed = new ArrayList<>();
        for (Node node : labels.getChildren()) {
            if (!(node instanceof Label label) || !(label.getUserData() instanceof CrossingUtility u)) continue;
            double[] a = u.anchor();
            double[] s = rig.project(rig.toView(a[0], a[1], a[2]));
            label.setVisible(s != null);
            if (s == null) continue;
            label.applyCss(); // sizes are known only after CSS, and the first placement comes before any pulse
            label.autosize();
            label.relocate(s[0] + 6, s[1] - label.getHeight() - 4);
            placed.add(label);
        }
        // declutter: top to bottom, a label that overlaps one already placed moves just below it
        placed.sort(java.util.Comparator.comparingDouble(Label::getLayoutY));
        for (int i = 0; i < placed.size(); i++) {
            Label l = placed.get(i);
            for (int j = 0; j < i; j++) {
                Label o = placed.get(j);
                boolean overlapX = l.getLayoutX() < o.getLayoutX() + o.getWidth() && o.getLayoutX() < l.getLayoutX() + l.getWidth();
                boolean overlapY = l.getLayoutY() < o.getLayoutY() + o.getHeight() && o.getLayoutY() < l.getLayoutY() + l.getHeight();
                if (overlapX && overlapY) l.relocate(l.getLayoutX(), o.getLayoutY() + o.getHeight() + 1);
            }
        }
    }

    private static MeshView pitView(MeshPart walls) {
        double[] v = walls.vertices();
        float[] pts = new float[v.length];
        for (int i = 0; i < v.length; i += 3) { // local (x, y, z) to JavaFX (x, -z, y)
            pts[i] = (float) v[i];
            pts[i + 1] = (float) -v[i + 2];
            pts[i + 2] = (float) v[i + 1];
        }
        int[] t = walls.triangles();
        int[] faces = new int[2 * t.length];
        for (int i = 0; i < t.length; i++) faces[2 * i] = t[i];
        TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_TEXCOORD);
        mesh.getPoints().setAll(pts);
        mesh.getTexCoords().setAll(0f, 0f);
        mesh.getFaces().setAll(faces);
        mesh.getFaceSmoothingGroups().setAll(new int[t.length / 3]);
        MeshView view = new MeshView(mesh);
        PhongMaterial earth = new PhongMaterial(EARTH);
        earth.setSpecularColor(Color.BLACK);
        view.setMaterial(earth);
        view.setCullFace(CullFace.NONE);
        view.setMouseTransparent(true);
        view.setId("excavation-walls");
        return view;
    }

    /** A plain-ground patch as tile data (JavaFX (x, -z, y) back to local (x, y, z)), so the same cutter applies. */
    private static TileMesh groundTile(TriangleMesh mesh) {
        float[] p = mesh.getPoints().toArray(null);
        float[] local = new float[p.length];
        for (int i = 0; i < p.length; i += 3) {
            local[i] = p[i];
            local[i + 1] = p[i + 2];
            local[i + 2] = -p[i + 1];
        }
        int[] tri = GroundPatches.singleSidedTriangles(mesh);
        return new TileMesh(FeatureKind.TERRAIN, 0, 0, local, tri, new int[tri.length / 3], List.of("ground"));
    }
}
