package org.citytwin.scene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.DepthTest;
import javafx.scene.Group;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import org.citytwin.model.Envelope;
import org.citytwin.places.EnvelopeClusters;
import org.citytwin.places.PlaceClusters;
import org.citytwin.underground.GroundModel;

/**
 * Ground around each place, several times its size and fading out at its edge, with the grid of the ground
 * squares continued on it: the data stands in a landscape instead of on squares floating in the sky. Drawn first
 * and without depth test, as a backdrop everything else draws over, so it never z-fights with the squares or
 * terrain however far away the camera is. One textured square per place (squares chained by gaps under 10 km).
 */
final class GroundContext {
    /** The context reaches this many half-diagonals of the place from its centre... */
    static final double SCALE = 3;
    /** ...but at least this far, so a single building still gets a landscape around it. */
    static final double MIN_RADIUS = 2000;
    private static final int MIN_PIXELS = 1024, MAX_PIXELS = 2048;
    /** Grid spacings tried in turn: the finest that keeps a cell several texels wide on a large place. */
    private static final double[] GRIDS = {100, 200, 500, 1000, 2000};
    private static final double MIN_CELL_PIXELS = 8;

    private final Group group = new Group();
    private final Map<Key, MeshView> built = new HashMap<>();
    /** Places whose image is being made in the background (and still wanted by the latest update). */
    private final java.util.Set<Key> wanted = new java.util.HashSet<>(), making = new java.util.HashSet<>();
    private final List<Runnable> whenReady = new ArrayList<>();

    /** What one context square depends on: a place unchanged by a load keeps its image. */
    private record Key(double cx, double cy, double radius, double z) {
    }

    GroundContext() {
        group.setId("ground-context");
        group.setMouseTransparent(true);
        group.setDepthTest(DepthTest.DISABLE);
    }

    Group node() {
        return group;
    }

    /** Rebuilds the context for the model's ground squares (FX thread). */
    void update(GroundModel model) {
        update(model, false);
    }

    /**
     * As {@link #update(GroundModel)}; with {@code inBackground} a new place's image (a few million texels) is made on
     * a background thread and its square added when ready, so a progressive load never blocks a pulse for it.
     */
    void update(GroundModel model, boolean inBackground) {
        Map<Long, Double> squares = model.squares();
        List<Envelope> tiles = new ArrayList<>();
        List<Double> heights = new ArrayList<>();
        squares.forEach((key, z) -> {
            int tx = (int) (key >> 32), ty = (int) (long) key;
            tiles.add(Envelope.of(tx * GroundModel.TILE, ty * GroundModel.TILE, z, (tx + 1) * GroundModel.TILE,
                    (ty + 1) * GroundModel.TILE, z));
            heights.add(z);
        });
        Map<Key, MeshView> next = new HashMap<>();
        java.util.Set<Key> current = new java.util.HashSet<>();
        for (Envelope place : EnvelopeClusters.of(tiles, PlaceClusters.DEFAULT_GAP_METRES)) {
            Key key = new Key(place.centerX(), place.centerY(), radius(place), medianInside(place, tiles, heights));
            current.add(key);
            MeshView view = built.get(key);
            if (view == null && inBackground) {
                wanted.add(key);
                continue;
            }
            next.put(key, view != null ? view : square(key));
        }
        built.clear();
        built.putAll(next);
        group.getChildren().setAll(next.values());
        wanted.retainAll(current);
        for (Key key : List.copyOf(wanted)) if (!making.contains(key)) makeLater(key);
    }

    /** Makes a place's image off the FX thread; its square goes in unless a later update no longer wants it. */
    private void makeLater(Key k) {
        making.add(k);
        int pixels = pixelsFor(k.radius());
        // the image too is filled here (an image not yet in a scene may be written from any thread): converting
        // 4 million texels held the FX thread 20-40 ms, much longer while the JIT was still cold
        java.util.concurrent.CompletableFuture.supplyAsync(() -> GroundTextures.image(
                        GroundTextures.contextArgb(k.cx(), k.cy(), k.radius(), gridFor(k.radius(), pixels), pixels), pixels))
                .whenComplete((image, failed) -> javafx.application.Platform.runLater(() -> {
                    making.remove(k);
                    if (wanted.remove(k) && image != null) {
                        MeshView view = square(k, image);
                        built.put(k, view);
                        group.getChildren().add(view);
                    }
                    if (making.isEmpty()) {
                        List<Runnable> then = List.copyOf(whenReady);
                        whenReady.clear();
                        then.forEach(Runnable::run);
                    }
                }));
    }

    /** Runs {@code then} once no image is being made in the background (now when none is). FX thread. */
    void whenReady(Runnable then) {
        if (making.isEmpty()) then.run();
        else whenReady.add(then);
    }

    static double radius(Envelope place) {
        return Math.max(MIN_RADIUS, SCALE * Math.hypot(place.maxX() - place.minX(), place.maxY() - place.minY()) / 2);
    }

    /** The finest grid spacing (100 m first) whose cells stay {@value #MIN_CELL_PIXELS} texels wide. */
    static double gridFor(double radius, int pixels) {
        double perPixel = 2 * radius / pixels;
        for (double g : GRIDS) if (g / perPixel >= MIN_CELL_PIXELS) return g;
        return 0; // a place so large that no grid would read: plain ground only
    }

    static int pixelsFor(double radius) {
        return (int) Math.max(MIN_PIXELS, Math.min(MAX_PIXELS, 2 * radius / 2.0)); // about 2 m a texel near small places
    }

    private static double medianInside(Envelope place, List<Envelope> tiles, List<Double> heights) {
        List<Double> inside = new ArrayList<>();
        for (int i = 0; i < tiles.size(); i++) {
            Envelope t = tiles.get(i);
            if (t.centerX() >= place.minX() && t.centerX() <= place.maxX() && t.centerY() >= place.minY()
                    && t.centerY() <= place.maxY()) inside.add(heights.get(i));
        }
        if (inside.isEmpty()) return place.minZ();
        inside.sort(null);
        return inside.get(inside.size() / 2);
    }

    private static MeshView square(Key k) {
        int pixels = pixelsFor(k.radius());
        return square(k, GroundTextures.context(k.cx(), k.cy(), k.radius(), gridFor(k.radius(), pixels), pixels));
    }

    private static MeshView square(Key k, Image image) {
        float x0 = (float) (k.cx() - k.radius()), x1 = (float) (k.cx() + k.radius());
        float s = (float) (k.cy() - k.radius()), n = (float) (k.cy() + k.radius());
        float y = (float) -k.z(); // JavaFX is Y-down: (east, -up, north)
        TriangleMesh mesh = new TriangleMesh();
        mesh.getPoints().setAll(x0, y, n, x1, y, n, x1, y, s, x0, y, s);
        mesh.getTexCoords().setAll(0, 0, 1, 0, 1, 1, 0, 1); // image row 0 is the north edge
        mesh.getFaces().setAll(0, 0, 2, 2, 1, 1, 0, 0, 3, 3, 2, 2);
        PhongMaterial material = new PhongMaterial(Color.WHITE);
        material.setDiffuseMap(image);
        material.setSpecularColor(Color.BLACK);
        MeshView view = new MeshView(mesh);
        view.setMaterial(material);
        view.setCullFace(CullFace.NONE);
        view.setMouseTransparent(true);
        return view;
    }
}
