package org.citytwin.scene;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.MeshView;
import javafx.scene.transform.Translate;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.underground.GroundModel;

/**
 * The 3D city: a SubScene with depth buffer, a sky gradient, lighting (studio or the real sun: {@link SunLight}), and one Group per
 * FeatureKind (layers). Everything here runs on the FX thread.
 *
 * <p>The world group is translated by minus the scene origin (chosen at the first load, near the data),
 * so the camera works with small coordinates even when the local frame origin is kilometres away.
 */
public final class CityScene {
    public static final Color SKY_TOP = Color.rgb(120, 170, 222);
    public static final Color SKY_HORIZON = Color.rgb(214, 232, 246);

    private final Group world = new Group();
    private final Map<FeatureKind, Group> layers = new EnumMap<>(FeatureKind.class);
    private final Group overlay = new Group();
    private final Group markers = new Group();
    private final Group flows = new Group();
    private final Translate originShift = new Translate();
    private final SubScene subScene;
    private final Pane viewport;
    private final CameraRig rig = new CameraRig();
    private final TileMeshViews views = new TileMeshViews();
    private final GroundModel groundModel = new GroundModel();
    private final GroundPatches ground = new GroundPatches(groundModel);
    private Envelope bounds = new Envelope();
    private final List<Part> solidParts = new java.util.ArrayList<>();
    private final javafx.beans.property.ObjectProperty<org.citytwin.shadow.SunDirections.Direction> sun =
            new javafx.beans.property.SimpleObjectProperty<>(this, "sun");
    private final TileCulling culling;
    private final CastShadowLayer castShadows = new CastShadowLayer(sun, groundModel);
    private boolean originSet;
    private boolean texturesVisible = true;

    private record Part(Envelope bounds, long triangles) {
    }
    private long triangles;

    public CityScene(double width, double height) {
        for (FeatureKind kind : FeatureKind.values()) {
            Group layer = new Group();
            layer.setId("layer-" + kind.name());
            // Flat areal layers sit a little above terrain so co-planar areas do not z-fight as badly.
            if (kind.isAreal() && kind != FeatureKind.TERRAIN) layer.setTranslateY(-0.3);
            layers.put(kind, layer);
        }
        // Ground first, opaque layers next, translucent zones last: JavaFX draws in scene-graph order without sorting.
        world.getChildren().addAll(ground.contextNode(), ground.node());
        for (FeatureKind kind : FeatureKind.values()) if (!TileMeshViews.isTranslucent(kind)) world.getChildren().add(layers.get(kind));
        markers.setId("markers");
        markers.setMouseTransparent(true);
        world.getChildren().add(markers); // opaque markers (depth ruler): before anything see-through
        world.getChildren().add(castShadows.node()); // see-through shade over the opaque city, under see-through zones
        for (FeatureKind kind : FeatureKind.values()) if (TileMeshViews.isTranslucent(kind)) world.getChildren().add(layers.get(kind));
        flows.setId("flows");
        flows.setMouseTransparent(true);
        world.getChildren().add(flows); // agents, then their translucent heat map and zones, after the city
        overlay.setId("overlay");
        overlay.setMouseTransparent(true);
        world.getChildren().add(overlay); // selection highlight and other markers, drawn after the city
        world.getTransforms().add(originShift);
        Group root = new Group(world);
        subScene = new SubScene(root, width, height, true, SceneAntialiasing.BALANCED);
        // A gradient fill on a 3D SubScene is drawn through the 3D camera (wrong), so the sky is the
        // background of the viewport pane behind a transparent SubScene.
        subScene.setFill(Color.TRANSPARENT);
        viewport = new Pane(subScene);
        viewport.setPrefSize(width, height);
        viewport.setMinSize(0, 0);
        SunLight light = new SunLight(viewport); // studio light and day sky until View → Sun sets a sun
        root.getChildren().addAll(light.nodes());
        sun.addListener((o, was, now) -> light.show(now));
        subScene.widthProperty().bind(viewport.widthProperty());
        subScene.heightProperty().bind(viewport.heightProperty());
        subScene.setCamera(rig.camera());
        subScene.widthProperty().addListener((o, a, b) -> rig.setViewport(subScene.getWidth(), subScene.getHeight()));
        subScene.heightProperty().addListener((o, a, b) -> rig.setViewport(subScene.getWidth(), subScene.getHeight()));
        rig.setViewport(width, height);
        culling = new TileCulling(rig, layers.values(), views, () -> texturesVisible);
        rig.revisionProperty().addListener((o, a, b) -> culling.update());
    }

    /**
     * Where the sun stands for this scene (View → Sun): the light and the cast shadows follow it. Null means the
     * default studio light, which shades every face evenly whatever the time. FX thread.
     */
    public javafx.beans.property.ObjectProperty<org.citytwin.shadow.SunDirections.Direction> sunProperty() { return sun; }

    /** The cast shadows of the shown buildings, bridges and proposals at {@link #sunProperty()}. */
    public CastShadowLayer castShadows() { return castShadows; }

    public SubScene subScene() { return subScene; }
    /** The node to put in a window: sky background with the SubScene filling it. */
    public Pane viewport() { return viewport; }
    public CameraRig camera() { return rig; }
    public Group layer(FeatureKind kind) { return layers.get(kind); }
    /** The shared plain material of a kind (colour and alpha of its untextured meshes, now and later). */
    public javafx.scene.paint.PhongMaterial material(FeatureKind kind) { return views.material(kind); }
    /** The plain material of one file's meshes of a kind (made from the kind's material on first use). */
    public javafx.scene.paint.PhongMaterial material(FeatureKind kind, String file) { return views.material(kind, file); }
    /** Every per-file plain material of a kind made so far. */
    public List<javafx.scene.paint.PhongMaterial> fileMaterials(FeatureKind kind) { return views.fileMaterials(kind); }

    /** Shows or hides one file's meshes of a kind, now and when they are re-merged (LOD, hide/isolate). */
    public void setFileVisible(FeatureKind kind, String file, boolean visible) {
        views.setShown(kind, file, visible);
        culling.update();
    }

    /**
     * Per-tile frustum culling on (the default) or off (every shown tile drawn, e.g. to measure what culling saves).
     */
    public void setCulling(boolean on) { culling.setEnabled(on); }
    public boolean isCulling() { return culling.isEnabled(); }
    /** Tile views drawn for the current camera (shown, in a visible layer, inside the frustum). */
    public int visibleTileCount() { return culling.visibleTiles(); }
    /** Triangles in the tile views drawn for the current camera. */
    public long visibleTriangleCount() { return culling.visibleTriangles(); }

    /**
     * The memory budget for full tile meshes (JavaFX arrays and atlas images, see {@link TileMeshViews#residentBytes}):
     * over it, the least-recently-seen tiles are released and rebuilt when seen again. Default: the system property
     * {@code citytwin.meshBudgetMB}, else 2048 MB.
     */
    public void setMeshBudget(long bytes) {
        culling.residency().setBudgetBytes(bytes);
        culling.update();
    }

    public long meshBudget() { return culling.residency().budgetBytes(); }
    /** Bytes the resident full tile meshes hold now (never above {@link #meshBudget()} but for pinned tiles). */
    public long residentMeshBytes() { return culling.residency().residentBytes(); }
    /** Tiles in view drawn with their full mesh, as of the last camera change. */
    public int fullTileCount() { return culling.residency().fullTiles(); }
    /** Tiles in view drawn as their coarse boxes ({@link TileProxy}), as of the last camera change. */
    public int proxyTileCount() { return culling.residency().proxyTiles(); }

    /** See {@link TileResidency#setProxyTrianglesPerPass}. */
    void setProxyTrianglesPerPass(long triangles) { culling.residency().setProxyTrianglesPerPass(triangles); }
    /** Full meshes rebuilt and released so far (the memory budget at work). */
    public long tileRebuilds() { return culling.residency().rebuilds(); }
    public long tileReleases() { return culling.residency().releases(); }

    /**
     * Level of detail: tiles whose boxes would be off by fewer than {@code pixels} on screen draw the boxes (0: always
     * full); only in scenes of at least {@code minTriangles} triangles. Defaults: system properties
     * {@code citytwin.lodPixels} (2) and {@code citytwin.lodMinTriangles} (1,000,000).
     */
    public void setLevelOfDetail(double pixels, long minTriangles) {
        culling.residency().setLodPixels(pixels);
        culling.residency().setLodMinTriangles(minTriangles);
        culling.update();
    }

    public double lodPixels() { return culling.residency().lodPixels(); }
    public long lodMinTriangles() { return culling.residency().lodMinTriangles(); }

    /**
     * Re-decides culling, LOD and residency now and keeps going until every tile in view that fits the budget is
     * rebuilt and every box made (normally a few per pulse). For pictures rendered off screen, tests and benchmarks. FX thread.
     */
    public void settleTiles() {
        culling.update();
        for (int i = 0; i < 10_000 && culling.residency().isPending(); i++) culling.update();
    }

    /** Whether tiles in view still wait for their boxes or rebuild (they come over the next pulses). FX thread. */
    public boolean tilesSettling() { return culling.residency().isPending(); }

    /** Re-decides culling, LOD and residency (e.g. after tiles were added one by one). FX thread. */
    public void updateTiles() { culling.update(); }

    public boolean isFileVisible(FeatureKind kind, String file) { return views.isShown(kind, file); }

    /** Every feature-kind layer, in drawing order of kinds. */
    public List<Group> layers() { return List.copyOf(layers.values()); }
    /** Drawn after every layer, in the same local-frame coordinates: selection highlight, markers. */
    public Group overlay() { return overlay; }
    /** Opaque markers in local-frame coordinates, drawn before every see-through layer (depth ruler). */
    public Group markers() { return markers; }
    /** Pedestrian flows (agents, trails, heat, zones, gates), in local-frame coordinates (x, −z, y), after the city. */
    public Group flows() { return flows; }
    /** The plain ground drawn under tiles without terrain. */
    public Group ground() { return ground.node(); }
    GroundPatches groundPatches() { return ground; }

    /**
     * Lets utilities say where the ground is (their {@code groundElevation}: LOD1 prism top, or pipe top + cover
     * depth) for tiles that have no terrain and no standing objects, e.g. a utility data set opened alone. FX thread.
     */
    public void addUtilityGround(java.util.Collection<org.citytwin.model.CityObject> objects) {
        if (objects.stream().anyMatch(o -> o.utility() != null)) ground.addUtilities(objects);
    }

    /**
     * The scene's one ground: what the drawn ground, the hover read-out and the excavation all use. FX thread (it
     * changes with every load); a worker gets the elevations it needs before it starts.
     */
    public GroundModel groundModel() { return groundModel; }

    /** Puts the plain ground at one elevation (local frame metres), or back to automatic with null. FX thread. */
    public void setGroundElevation(Double elevation) { ground.setElevation(elevation); }

    /** Elevation of the plain ground under (x, y) (local frame), NaN where none is drawn. */
    public double groundElevationAt(double x, double y) { return ground.elevationAt(x, y); }

    /** The plain ground's elevation (median of its squares), NaN when none is drawn. */
    public double groundElevation() { return ground.automaticElevation(); }

    /** Bounds of everything added, in the local frame. */
    public Envelope bounds() { return bounds.copy(); }
    public long triangleCount() { return triangles; }
    public boolean isEmpty() { return bounds.isEmpty(); }

    /**
     * Adds tile meshes (FX thread), all at once. The first call fixes the scene origin near the data. Tiles past the
     * memory budget arrive unbuilt and are built (or drawn as boxes) when seen, as with {@link #addTile}.
     */
    public void addMeshes(List<TileMesh> meshes, Envelope meshBounds) {
        Envelope b = meshBounds != null && !meshBounds.isEmpty() ? meshBounds : boundsOf(meshes);
        if (b.isEmpty()) return;
        fixOrigin(b);
        Map<FeatureKind, List<javafx.scene.Node>> byKind = new EnumMap<>(FeatureKind.class);
        for (TileMesh m : meshes) {
            MeshView view = tileView(m);
            if (view != null) byKind.computeIfAbsent(m.kind(), k -> new java.util.ArrayList<>()).add(view);
        }
        byKind.forEach((kind, nodes) -> layers.get(kind).getChildren().addAll(nodes)); // one change per layer
        ground.add(meshes);
        bounds.include(b);
        rig.setSceneSize(bounds.diagonal()); // a camera change: culls the new tiles too
    }

    /**
     * Grows the scene's bounds by data about to be added tile by tile ({@link #addTile}); the first call fixes the
     * scene origin near the data, as {@link #addMeshes} does. FX thread.
     */
    public void extendBounds(Envelope b) {
        if (b == null || b.isEmpty()) return;
        fixOrigin(b);
        bounds.include(b);
        rig.setSceneSize(bounds.diagonal()); // a camera change: re-culls every tile
    }

    /**
     * Adds one tile mesh as its own view (FX thread): current textures toggle, file/kind visibility and culling apply
     * at once; the ground is not touched (see {@link #addGround}). Within the memory budget the view holds its full
     * mesh; past it the view arrives unbuilt and the next {@link #updateCulling} builds it when seen and the budget
     * allows, else shows its boxes, so a progressive load never takes the meshes past the budget. Returns the view, null for an empty mesh. The
     * building block of progressive loading ({@link TileFeeder}) and of anything adding or re-adding single tiles.
     */
    public MeshView addTile(TileMesh m) {
        return addTile(m, null);
    }

    /** As {@link #addTile(TileMesh)} with the mesh arrays built beforehand (null: built now). */
    MeshView addTile(TileMesh m, MeshArrays prepared) {
        MeshView view = tileView(m, prepared);
        if (view == null) return null;
        layers.get(m.kind()).getChildren().add(view);
        culling.update(view);
        return view;
    }

    /** Takes out tile views added with {@link #addTile} (a cancelled load, replaced previews), with their triangles. FX thread. */
    public void removeTiles(java.util.Collection<MeshView> tileViews) {
        java.util.Set<MeshView> asked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        asked.addAll(tileViews);
        List<MeshView> gone = new java.util.ArrayList<>();
        for (Group layer : layers.values()) {
            layer.getChildren().removeIf(n -> {
                boolean remove = n instanceof MeshView v && asked.contains(v);
                if (remove) gone.add((MeshView) n);
                return remove;
            });
        }
        java.util.Set<Part> parts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (MeshView v : gone) { // only views that were still in: a view taken out twice counts once
            if (v.getUserData() instanceof TileMesh m) triangles -= m.triangleCount();
            if (v.getProperties().get(PART) instanceof Part p) parts.add(p);
        }
        solidParts.removeIf(parts::contains);
        culling.update();
    }

    /** Puts the bounds back as they were before a cancelled progressive load extended them. FX thread. */
    public void restoreBounds(Envelope before) {
        bounds = before.copy();
        rig.setSceneSize(Math.max(1, bounds.diagonal()));
    }

    /**
     * Lets the ground under the data know of tiles added one by one (once they are in: it rebuilds); the landscape
     * image around a new place is made in the background and shows a moment later. FX thread.
     */
    public void addGround(List<TileMesh> meshes) {
        ground.addInBackground(meshes);
    }

    /** As {@link #addGround(List)} with the meshes summarized beforehand ({@link org.citytwin.underground.GroundModel#summarize}, any thread). */
    public void addGround(org.citytwin.underground.GroundModel.Additions additions) {
        ground.addInBackground(additions);
    }

    /** Runs {@code then} once the ground's background images ({@link #addGround}) are in: now when none is pending. */
    public void whenGroundReady(Runnable then) {
        ground.whenReady(then);
    }

    /** Re-decides every tile's culling and the visible counts (after a batch of {@link #addTile}). FX thread. */
    public void updateCulling() {
        culling.update();
    }

    private static final String PART = "citytwin.solidPart";

    private void fixOrigin(Envelope b) {
        if (originSet) return;
        originSet = true;
        double ox = Math.rint(b.centerX()), oy = Math.rint(b.centerY()), oz = Math.rint(b.minZ());
        originShift.setX(-ox);
        originShift.setY(oz);
        originShift.setZ(-oy);
        rig.setOrigin(ox, oy, oz);
    }

    /** The view of one tile, counted in the scene's triangles and solid parts; not yet in a layer. */
    private MeshView tileView(TileMesh m) {
        return tileView(m, null);
    }

    private MeshView tileView(TileMesh m, MeshArrays prepared) {
        if (m.triangleCount() == 0) return null;
        MeshView view = views.create(m, texturesVisible, culling.residency().admit(m), prepared);
        triangles += m.triangleCount();
        if (!m.kind().isAreal()) {
            Part part = new Part(boundsOf(List.of(m)), m.triangleCount());
            solidParts.add(part);
            view.getProperties().put(PART, part);
        }
        return view;
    }

    /** Replaces every mesh of one kind (another LOD chosen); bounds and ground stay as loaded. */
    public void replaceKind(FeatureKind kind, List<TileMesh> meshes) {
        Group layer = layers.get(kind);
        for (javafx.scene.Node node : layer.getChildren()) {
            if (!(node.getUserData() instanceof TileMesh old)) continue;
            triangles -= old.triangleCount();
            if (node instanceof MeshView v && TileMeshViews.isResident(v)) culling.residency().forget(TileMeshViews.residentBytes(old));
        }
        List<javafx.scene.Node> views = new java.util.ArrayList<>();
        for (TileMesh m : meshes) {
            if (m.triangleCount() == 0 || m.kind() != kind) continue;
            views.add(this.views.create(m, texturesVisible, culling.residency().admit(m)));
            triangles += m.triangleCount();
        }
        layer.getChildren().setAll(views);
        culling.update();
    }

    /** Shows texture atlases (where loaded) or the plain kind colours; applies to meshes added later too. */
    public void setTexturesVisible(boolean on) {
        texturesVisible = on;
        for (Group layer : layers.values()) {
            for (javafx.scene.Node node : layer.getChildren()) {
                if (node instanceof MeshView view) TileMeshViews.showTextures(view, on);
            }
        }
    }

    public boolean texturesVisible() { return texturesVisible; }

    /** Fits the current place: F in a folder of several cities frames the one being looked at, not all of them. */
    public void fit() { rig.fitTo(currentPlace()); }

    /**
     * Frames the densest part of the scene (most non-areal triangles within about 3 km), or everything
     * when that is most of it. A folder of several cities kilometres apart otherwise opens as specks.
     */
    public void focusDensest() {
        Envelope focus = DensestRegion.of(solidParts.stream().map(Part::bounds).toList(),
                solidParts.stream().mapToLong(Part::triangles).toArray(), 1000);
        rig.oblique(focus == null || focus.diagonal() > 0.5 * bounds.diagonal() ? bounds : focus);
    }
    /** The place (cluster of data chained by gaps under 10 km) holding the most solid triangles, or all bounds. */
    public Envelope densestPlace() {
        Envelope place = org.citytwin.places.EnvelopeClusters.heaviest(solidParts.stream().map(Part::bounds).toList(),
                solidParts.stream().mapToLong(Part::triangles).toArray(), org.citytwin.places.PlaceClusters.DEFAULT_GAP_METRES);
        return place == null ? bounds.copy() : place.copy();
    }

    /**
     * The place (cluster of solid data chained by gaps under 10 km) nearest the camera target, or all bounds when
     * the data form one place.
     */
    public Envelope currentPlace() {
        List<Envelope> places = org.citytwin.places.EnvelopeClusters.of(solidParts.stream().map(Part::bounds).toList(),
                org.citytwin.places.PlaceClusters.DEFAULT_GAP_METRES);
        if (places.size() < 2) return bounds;
        javafx.geometry.Point3D t = rig.toLocal(rig.target());
        Envelope at = Envelope.of(t.getX(), t.getY(), t.getZ(), t.getX(), t.getY(), t.getZ());
        Envelope best = places.get(0);
        for (Envelope p : places) if (org.citytwin.places.EnvelopeClusters.gap(p, at) < org.citytwin.places.EnvelopeClusters.gap(best, at)) best = p;
        return best;
    }

    public void top() { rig.top(currentPlace()); }
    public void oblique() { rig.oblique(bounds); }

    static Envelope boundsOf(List<TileMesh> meshes) {
        Envelope e = new Envelope();
        for (TileMesh m : meshes) {
            float[] p = m.points();
            for (int i = 0; i + 2 < p.length; i += 3) e.include(p[i], p[i + 1], p[i + 2]);
        }
        return e;
    }
}
