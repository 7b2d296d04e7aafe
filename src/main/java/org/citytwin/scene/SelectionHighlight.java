package org.citytwin.scene;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.transform.Scale;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * Highlights one object without rebuilding the merged tile meshes: its triangles are copied out of the tile
 * meshes now shown for its kind into a small overlay MeshView drawn in glowing magenta, a colour no palette,
 * utility or kind colour uses (palettes are viridis, Tableau and the utility colours; see {@code thematic/Palettes}).
 * The copy is scaled by {@link #TOWARD_EYE} about the camera's eye, so it covers exactly the object's pixels but
 * lies 0.5 % of the viewing distance nearer: far more than the depth buffer resolves (the near clip is 1/1000 of
 * the distance), so the object's own faces and the palette on them never flicker through it.
 */
public final class SelectionHighlight {
    public static final Color COLOR = Color.rgb(255, 0, 255);
    /** Scale about the eye: same screen position, a little nearer. */
    static final double TOWARD_EYE = 0.995;
    private final CityScene scene;
    private final PhongMaterial material = new PhongMaterial(COLOR.deriveColor(0, 1, 0.7, 1));
    private final Group halo = new Group();
    private final Scale towardEye = new Scale(TOWARD_EYE, TOWARD_EYE, TOWARD_EYE);
    private FeatureKind kind;
    private String id;

    private List<Node> shown = List.of();

    public SelectionHighlight(CityScene scene) {
        this.scene = scene;
        WritableImage glow = new WritableImage(1, 1);
        glow.getPixelWriter().setColor(0, 0, COLOR.deriveColor(0, 1, 0.45, 1)); // lit faces still differ a little
        material.setSelfIlluminationMap(glow);
        material.setSpecularColor(Color.BLACK);
        halo.setId("selection-highlight");
        halo.setMouseTransparent(true);
        halo.getTransforms().add(towardEye);
        scene.camera().revisionProperty().addListener((o, a, b) -> followEye());
    }

    /** Keeps the scale's pivot at the eye (overlay coordinates) as the camera moves. */
    private void followEye() {
        if (halo.getParent() == null) return;
        Point3D eye = scene.overlay().sceneToLocal(scene.camera().position());
        if (eye == null) return;
        towardEye.setPivotX(eye.getX());
        towardEye.setPivotY(eye.getY());
        towardEye.setPivotZ(eye.getZ());
    }

    public String selectedId() { return id; }
    public FeatureKind selectedKind() { return kind; }

    /** Highlights the object (replacing any earlier one); returns its triangle count as shown now. */
    public int show(FeatureKind kind, String id) {
        this.kind = kind;
        this.id = id;
        return rebuild();
    }

    /** Rebuilds from the meshes now shown (after an LOD change); returns the triangle count. */
    public int refresh() {
        return id == null ? 0 : rebuild();
    }

    public void clear() {
        kind = null;
        id = null;
        scene.overlay().getChildren().remove(halo); // only ours: measurements share the overlay
        halo.getChildren().clear();
        shown = List.of();
    }

    private int rebuild() {
        List<TileMesh> parts = new ArrayList<>();
        for (Node node : scene.layer(kind).getChildren()) {
            if (node.getUserData() instanceof TileMesh mesh) {
                TileMesh part = extract(mesh, id);
                if (part != null) parts.add(part);
            }
        }
        List<Node> views = new ArrayList<>();
        int triangles = 0;
        for (TileMesh part : parts) {
            inflate(part.points(), 0.15);
            MeshView view = new MeshView(TileMeshViews.toTriangleMesh(part));
            view.setMaterial(material);
            view.setCullFace(CullFace.BACK); // two-sided mesh: the copy facing the eye is drawn
            view.setMouseTransparent(true);
            view.setTranslateY(scene.layer(kind).getTranslateY());
            views.add(view);
            triangles += part.triangleCount();
        }
        halo.getChildren().setAll(views);
        if (halo.getParent() == null) scene.overlay().getChildren().add(0, halo);
        followEye();
        shown = views;
        return triangles;
    }

    /** The triangles of one object as a compact untextured mesh, or null when it has none in this tile. */
    static TileMesh extract(TileMesh mesh, String id) {
        int index = mesh.objectIds().indexOf(id);
        if (index < 0) return null;
        int[] faceObject = mesh.faceObject(), tri = mesh.triangles();
        float[] src = mesh.points();
        int[] remap = new int[mesh.vertexCount()];
        java.util.Arrays.fill(remap, -1);
        float[] pts = new float[0];
        int[] out = new int[0];
        int nPts = 0, nTri = 0;
        for (int f = 0; f < faceObject.length; f++) {
            if (faceObject[f] != index) continue;
            if (3 * nTri + 3 > out.length) out = java.util.Arrays.copyOf(out, Math.max(48, out.length * 2));
            for (int k = 0; k < 3; k++) {
                int v = tri[3 * f + k];
                if (remap[v] < 0) {
                    if (3 * nPts + 3 > pts.length) pts = java.util.Arrays.copyOf(pts, Math.max(48, pts.length * 2));
                    System.arraycopy(src, 3 * v, pts, 3 * nPts, 3);
                    remap[v] = nPts++;
                }
                out[3 * nTri + k] = remap[v];
            }
            nTri++;
        }
        if (nTri == 0) return null;
        return new TileMesh(mesh.kind(), mesh.tileX(), mesh.tileY(), java.util.Arrays.copyOf(pts, 3 * nPts),
                java.util.Arrays.copyOf(out, 3 * nTri), new int[nTri], List.of(id), null, null, mesh.sourceFile());
    }

    /** Moves every point {@code by} metres away from the centre of the points' bounds. */
    private static void inflate(float[] p, double by) {
        double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < p.length; i++) {
            min[i % 3] = Math.min(min[i % 3], p[i]);
            max[i % 3] = Math.max(max[i % 3], p[i]);
        }
        for (int i = 0; i + 2 < p.length; i += 3) {
            double dx = p[i] - (min[0] + max[0]) / 2, dy = p[i + 1] - (min[1] + max[1]) / 2, dz = p[i + 2] - (min[2] + max[2]) / 2;
            double len = Math.sqrt(dx * dx + dy * dy + dz * dz);
            if (len < 1e-9) continue;
            p[i] += (float) (dx / len * by);
            p[i + 1] += (float) (dy / len * by);
            p[i + 2] += (float) (dz / len * by);
        }
    }
}
