package org.citytwin.scene;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;
import org.citytwin.model.CityObject;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.underground.GroundModel;

/**
 * Draws the plain ground of the scene's {@link GroundModel} where the data brings no terrain, so buildings stand on
 * something instead of floating in the sky: one square per 500 m tile at the model's elevation there (just below the
 * lowest base of the standing objects, or the ground the utilities state), plus the model's ring of tiles around the
 * data so the ground has no holes. Tiles with a terrain mesh get none. The model is the one the hover read-out and
 * the excavation ask, so all three agree. The squares carry a faint 100 m grid, and a {@link GroundContext} around
 * each place continues the ground past them, fading out at its edge.
 */
final class GroundPatches {
    static final Color GROUND = Color.rgb(178, 186, 164);
    /** Neighbouring squares overlap a little: same colour, so the overlap never shows, a seam would. */
    private static final double OVERLAP = 3.0;
    /** See-through squares must not overlap: the overlap would be blended twice and show as a darker band. */
    private static final double TRANSLUCENT_OVERLAP = 0.0;
    private static final double TILE = GroundModel.TILE;

    private final Group group = new Group();
    private final javafx.beans.property.BooleanProperty opaque = new javafx.beans.property.SimpleBooleanProperty(true);
    private final GroundModel model;
    private final PhongMaterial material = new PhongMaterial(Color.WHITE);
    private final GroundContext context = new GroundContext();

    GroundPatches(GroundModel model) {
        this.model = model;
        material.setSpecularColor(Color.BLACK);
        material.setDiffuseMap(GroundTextures.tile(TILE)); // the ground colour and grid; the diffuse colour fades it
        // the context is a backdrop for the opaque ground: hidden with the ground, and while it is see-through
        context.node().visibleProperty().bind(group.visibleProperty().and(opaque));
        group.setId("ground");
        group.setMouseTransparent(true);
    }

    Group node() {
        return group;
    }

    /** The ground around the places, to be drawn before anything else (see {@link GroundContext}). */
    Group contextNode() {
        return context.node();
    }

    /** Updates the ground for newly added meshes (FX thread). */
    void add(List<TileMesh> meshes) {
        model.addMeshes(meshes);
        rebuild();
    }

    /** As {@link #add}, the context's new images made in the background (a progressive load: no long pulse). */
    void addInBackground(List<TileMesh> meshes) {
        addInBackground(GroundModel.summarize(meshes));
    }

    /** As {@link #addInBackground(List)} with the meshes' points already gone through ({@link GroundModel#summarize}). */
    void addInBackground(GroundModel.Additions additions) {
        model.add(additions);
        rebuild(true);
    }

    /** Runs {@code then} once the context's background images are in (now when none is being made). */
    void whenReady(Runnable then) {
        context.whenReady(then);
    }

    /** Lets these utilities state the ground where they lie (FX thread). */
    void addUtilities(Collection<CityObject> objects) {
        model.addUtilities(objects);
        rebuild();
    }

    /** Puts every ground square at one elevation (local frame metres), or back to automatic with null. */
    void setElevation(Double elevation) {
        model.setFixedElevation(elevation);
        rebuild();
    }

    /** The automatic elevation of the ground (median over its stated squares), NaN when there is no ground. */
    double automaticElevation() {
        return model.automaticElevation();
    }

    /** Elevation of the ground square under (x, y) in the local frame, NaN where none is drawn. */
    double elevationAt(double x, double y) {
        int tx = GroundModel.tile(x), ty = GroundModel.tile(y);
        Double z = model.squares().get(GroundModel.key(tx, ty));
        return z == null || model.hasTerrain(tx, ty) ? Double.NaN : z;
    }

    void setOpacity(double opacity) {
        Color c = material.getDiffuseColor();
        boolean wasOpaque = c.getOpacity() >= 1;
        double a = Math.max(0, Math.min(1, opacity));
        material.setDiffuseColor(TileMeshViews.premultiplied(Color.WHITE, a));
        opaque.set(a >= 1);
        if (wasOpaque != (a >= 1)) rebuild();
    }

    double opacity() {
        return material.getDiffuseColor().getOpacity();
    }

    private void rebuild() {
        rebuild(false);
    }

    private void rebuild(boolean contextInBackground) {
        Map<Long, Double> heights = model.squares();
        List<Node> patches = new ArrayList<>();
        heights.forEach((key, z) -> {
            int tx = (int) (key >> 32), ty = (int) (long) key;
            if (!model.hasTerrain(tx, ty)) patches.add(patch(tx, ty, z, heights));
        });
        group.getChildren().setAll(patches);
        context.update(model, contextInBackground);
    }

    private MeshView patch(int tx, int ty, double z, Map<Long, Double> heights) {
        double overlap = opacity() < 1 ? TRANSLUCENT_OVERLAP : OVERLAP;
        float x0 = (float) (tx * TILE - overlap), x1 = (float) ((tx + 1) * TILE + overlap);
        float n0 = (float) (ty * TILE - overlap), n1 = (float) ((ty + 1) * TILE + overlap);
        List<Float> points = new ArrayList<>();
        List<Integer> faces = new ArrayList<>();
        quad(points, faces, x0, n0, x1, n0, x1, n1, x0, n1, z, z);
        // where a neighbour lies lower, a skirt down to it: the step shows ground, not a slit of sky
        skirt(points, faces, heights.get(key(tx, ty - 1)), z, x0, n0, x1, n0);
        skirt(points, faces, heights.get(key(tx + 1, ty)), z, x1, n0, x1, n1);
        skirt(points, faces, heights.get(key(tx, ty + 1)), z, x1, n1, x0, n1);
        skirt(points, faces, heights.get(key(tx - 1, ty)), z, x0, n1, x0, n0);
        TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_TEXCOORD);
        float[] p = new float[points.size()];
        for (int i = 0; i < p.length; i++) p[i] = points.get(i);
        mesh.getPoints().setAll(p);
        // texture coordinates from the plan position within the tile, so the grid runs on across squares and skirts
        float[] uv = new float[p.length / 3 * 2];
        for (int i = 0; i < p.length / 3; i++) {
            uv[2 * i] = (float) ((p[3 * i] - tx * TILE) / TILE);
            uv[2 * i + 1] = (float) (((ty + 1) * TILE - p[3 * i + 2]) / TILE); // image row 0 is the north edge
        }
        mesh.getTexCoords().setAll(uv);
        int[] f = faces.stream().mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < f.length; i += 2) f[i + 1] = f[i]; // each point has its own texture coordinate
        mesh.getFaces().setAll(twoSided(f));
        mesh.getFaceSmoothingGroups().setAll(new int[f.length / 3]); // flat: the two windings must not smooth together
        MeshView view = new MeshView(mesh);
        view.setMaterial(material);
        view.setCullFace(CullFace.BACK); // two-sided: from above and from below the face turned to the eye is lit
        view.setMouseTransparent(true);
        return view;
    }

    /** The faces (point, coord pairs) followed by each again with the opposite winding, as tile meshes are drawn. */
    private static int[] twoSided(int[] faces) {
        int[] both = java.util.Arrays.copyOf(faces, faces.length * 2);
        for (int f = 0; f < faces.length; f += 6) {
            both[faces.length + f] = faces[f];
            both[faces.length + f + 1] = faces[f + 1];
            both[faces.length + f + 2] = faces[f + 4];
            both[faces.length + f + 3] = faces[f + 5];
            both[faces.length + f + 4] = faces[f + 2];
            both[faces.length + f + 5] = faces[f + 3];
        }
        return both;
    }

    /** A patch's triangles (point indices) once each, without the mirrored copies. */
    static int[] singleSidedTriangles(TriangleMesh mesh) {
        int[] faces = mesh.getFaces().toArray(null);
        int[] tri = new int[faces.length / 4];
        for (int i = 0; i < tri.length; i++) tri[i] = faces[2 * i];
        return tri;
    }

    private static void skirt(List<Float> points, List<Integer> faces, Double neighbour, double z,
                              float xa, float na, float xb, float nb) {
        if (neighbour == null) return;
        double low = neighbour;
        if (low >= z - 0.05) return;
        quad(points, faces, xa, na, xb, nb, xb, nb, xa, na, z, low);
    }

    /** A quad; for a skirt the first two corners are at height zTop and the last two at zLow. */
    private static void quad(List<Float> points, List<Integer> faces, float xa, float na, float xb, float nb,
                             float xc, float nc, float xd, float nd, double zTop, double zLow) {
        int base = points.size() / 3;
        boolean flat = zTop == zLow;
        float top = (float) -zTop, low = (float) -zLow; // JavaFX is Y-down: (east, -up, north)
        float[] corners = {xa, top, na, xb, top, nb, xc, flat ? top : low, nc, xd, flat ? top : low, nd};
        for (float c : corners) points.add(c);
        for (int v : new int[] {0, 2, 1, 0, 3, 2}) {
            faces.add(base + v);
            faces.add(0);
        }
    }

    private static long key(int x, int y) {
        return GroundModel.key(x, y);
    }
}
