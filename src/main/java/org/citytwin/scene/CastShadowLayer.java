package org.citytwin.scene;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.util.Duration;
import org.citytwin.model.CityObject;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.shadow.ShadowMesh;
import org.citytwin.shadow.ShadowTiles;
import org.citytwin.shadow.SunDirections;
import org.citytwin.underground.GroundModel;

/**
 * The cast shadows of buildings, bridges and placed proposals as a dark see-through overlay on the ground and on
 * lower roofs, one MeshView per 250 m tile. It follows the scene's sun: a change is debounced, computed on a
 * background thread (tiles in parallel; a newer sun cancels a running computation) and applied tile by tile on the FX
 * thread, the old tile staying until its new one is ready. No sun (null), the sun below the horizon or the toggle
 * off: nothing is drawn. Casters come from {@link #setCasters} (the objects shown, proposals included).
 */
public final class CastShadowLayer {

    /** Shade colour and opacity: dark blue-grey, the colour of shade under a blue sky. */
    static final Color SHADE = Color.rgb(18, 22, 38);
    static final double OPACITY = 0.42;
    /** Above the receiving surface, so the overlay never z-fights with it even seen from a few km. */
    static final double LIFT = 0.25;
    /** Debounce of sun changes: dragging a time slider recomputes when it rests, not at every step. */
    private static final Duration SETTLE = Duration.millis(120);

    private final Group group = new Group();
    private final ObjectProperty<SunDirections.Direction> sun;
    private final GroundModel ground;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final PhongMaterial material = new PhongMaterial(TileMeshViews.premultiplied(SHADE, OPACITY));
    private final Map<Long, MeshView> views = new HashMap<>();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final ReadOnlyLongWrapper applied = new ReadOnlyLongWrapper(this, "applied");
    /** One lane, its thread started on the first sun and ended when idle: a scene without sun costs no thread. */
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "citytwin-shadows");
                t.setDaemon(true);
                return t;
            });
    private List<CityObject> objects = List.of();
    private ShadowTiles tiles; // worker thread only: the casters prepared for objects of generation preparedFor
    private long preparedFor = -1;
    private long generation; // FX thread: bumped by every change, so late results of an older one are dropped
    private long objectsGeneration;
    private CancelToken running = new CancelToken(CancelToken.Work.SHADOWS);
    private long lastMillis = -1;

    CastShadowLayer(ObjectProperty<SunDirections.Direction> sun, GroundModel ground) {
        this.sun = sun;
        this.ground = ground;
        group.setId("cast-shadows");
        group.setMouseTransparent(true);
        material.setSpecularColor(Color.BLACK);
        worker.allowCoreThreadTimeOut(true);
        settle.setOnFinished(e -> recompute());
        sun.addListener((o, a, b) -> changed());
        enabled.addListener((o, a, b) -> changed());
    }

    /** The overlay's node (in CityScene after the opaque layers, before the see-through ones). */
    public Group node() { return group; }

    /** View → Cast shadows. On by default: shadows show as soon as there is a sun. */
    public BooleanProperty enabledProperty() { return enabled; }

    /** Counts finished computations whose tiles are all applied (tests wait on it; the UI may show it). */
    public ReadOnlyLongProperty appliedProperty() { return applied.getReadOnlyProperty(); }

    /** Milliseconds the last finished computation took (shade and meshes; casters prepared before), -1 before any. */
    public long lastMillis() { return lastMillis; }

    public int tileCount() { return views.size(); }

    /** FX thread: the objects that cast and receive (the loaded data or the scenario shown, proposals included). */
    public void setCasters(Collection<CityObject> shown) {
        objects = List.copyOf(shown); // the worker keeps the kinds that cast (ShadowTiles.of): a ward is 200,000 objects
        objectsGeneration++;
        recompute(); // data changes are rare: no debounce
    }

    private void changed() {
        if (!isOn()) {
            recompute(); // clears at once
            return;
        }
        settle.playFromStart();
    }

    private boolean isOn() {
        return enabled.get() && sun.get() != null && sun.get().elevation() > 0;
    }

    /** FX thread: cancels what runs and starts a computation for the current sun and objects. */
    private void recompute() {
        settle.stop();
        running.cancel();
        long gen = ++generation;
        if (!isOn() || objects.isEmpty()) {
            clear();
            applied.set(applied.get() + 1);
            return;
        }
        CancelToken token = running = new CancelToken(CancelToken.Work.SHADOWS);
        SunDirections.Direction at = sun.get();
        List<CityObject> casters = objects;
        long objectsGen = objectsGeneration;
        Heights heights = Heights.of(ground); // the ground model belongs to the FX thread: a snapshot for the worker
        worker.execute(() -> {
            try {
                ShadowTiles prepared = tiles;
                if (prepared == null || preparedFor != objectsGen) {
                    prepared = ShadowTiles.of(casters, token);
                    tiles = prepared;
                    preparedFor = objectsGen;
                }
                long t1 = System.nanoTime();
                List<Long> drawn = java.util.Collections.synchronizedList(new ArrayList<>());
                prepared.compute(at, token, tile -> {
                    ShadowMesh mesh = new ShadowMesh().add(tile.ground(), heights::at, LIFT);
                    for (ShadowTiles.RoofShade roof : tile.roofs()) mesh.add(roof.area(), roof::heightAt, LIFT);
                    ShadowMesh.Mesh built = mesh.build();
                    drawn.add(tile.key());
                    Platform.runLater(() -> apply(gen, tile.key(), built));
                });
                long millis = (System.nanoTime() - t1) / 1_000_000;
                List<Long> keep = List.copyOf(drawn);
                Platform.runLater(() -> finish(gen, keep, millis));
            } catch (CancellationException newerSun) {
                // the newer computation draws instead
            }
        });
    }

    private void apply(long gen, long key, ShadowMesh.Mesh mesh) {
        if (gen != generation) return;
        MeshView old = views.remove(key);
        if (old != null) group.getChildren().remove(old);
        if (mesh.isEmpty()) return;
        MeshView view = new MeshView(toFx(mesh));
        view.setMaterial(material);
        view.setCullFace(CullFace.NONE);
        view.setMouseTransparent(true);
        view.setUserData(key);
        views.put(key, view);
        group.getChildren().add(view);
    }

    /** Removes the tiles the finished computation left without shade. */
    private void finish(long gen, List<Long> drawn, long millis) {
        if (gen != generation) return;
        Set<Long> keep = new java.util.HashSet<>(drawn);
        views.keySet().removeIf(key -> {
            if (keep.contains(key)) return false;
            group.getChildren().remove(views.get(key));
            return true;
        });
        lastMillis = millis;
        applied.set(applied.get() + 1);
    }

    private void clear() {
        views.clear();
        group.getChildren().clear();
    }

    /** Local frame (x east, y north, z up) to JavaFX's (x, −z, y), as the city meshes. */
    private static TriangleMesh toFx(ShadowMesh.Mesh m) {
        float[] p = m.points();
        float[] fx = new float[p.length];
        for (int i = 0; i < p.length; i += 3) {
            fx[i] = p[i];
            fx[i + 1] = -p[i + 2];
            fx[i + 2] = p[i + 1];
        }
        int[] t = m.triangles();
        int[] faces = new int[2 * t.length];
        for (int i = 0; i < t.length; i++) faces[2 * i] = t[i]; // texture index 0 for every corner
        TriangleMesh mesh = new TriangleMesh();
        mesh.getPoints().setAll(fx);
        mesh.getTexCoords().setAll(0, 0);
        mesh.getFaces().setAll(faces);
        return mesh;
    }

    /**
     * The ground height under a plan point, copied from the scene's ground model on the FX thread: the plain squares
     * per 500 m tile, else the model's typical elevation. Terrain relief is not followed (shade lies at the tile's
     * ground height).
     */
    private record Heights(Map<Long, Double> squares, double plain) {
        static Heights of(GroundModel model) {
            double plain = model.automaticElevation();
            Double fixed = model.fixedElevation();
            return new Heights(model.squares(), fixed != null ? fixed : Double.isNaN(plain) ? 0 : plain);
        }

        double at(double x, double y) {
            Double z = squares.get(GroundModel.key(GroundModel.tile(x), GroundModel.tile(y)));
            return z != null ? z : plain;
        }
    }
}
