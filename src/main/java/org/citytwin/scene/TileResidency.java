package org.citytwin.scene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.MeshView;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * Which tiles in view draw their full mesh, which a coarse {@link TileProxy}, and which full meshes stay in memory.
 *
 * <p><b>Level of detail.</b> A tile whose proxy would be off by less than {@link #lodPixels()} on screen (the proxy's
 * error, {@link #PROXY_ERROR_METRES}, projected at the tile's nearest point) draws the proxy. It goes back to full
 * only at 1.25 × that error, so a tile at the threshold does not flicker as the camera moves. Small scenes (under
 * {@link #lodMinTriangles()} triangles in all) always draw in full: there is no frame time to save.
 *
 * <p><b>Memory budget.</b> Full meshes (JavaFX arrays and atlas image, {@link TileMeshViews#residentBytes}) stay
 * resident up to {@link #budgetBytes()}. Tiles in view are admitted nearest first (largest error first); when that
 * is over budget, the least-recently-seen tiles out of view are released, and tiles in view that still do not fit
 * draw their proxy. A released tile is rebuilt from its {@link TileMesh} (kept as user data) when seen again, a
 * few per pulse, and painters re-apply their colours through {@link TileRepaints}. A tile pinned with
 * {@link #PINNED} (an excavation's cut) is never released. FX thread.
 */
final class TileResidency {
    /** View property: present while the tile's mesh must stay as it is (e.g. excavation cut). */
    static final String PINNED = "citytwin.pinned";
    private static final String LAST_SEEN = "citytwin.lastSeen";
    private static final String LOD_FULL = "citytwin.lodFull";
    private static final String PROXY = "citytwin.proxy";
    private static final String PROXIES_ID = "tile-proxies";

    /** How far a tile's boxes may lie from its real shapes (roofs, storey setbacks), metres. */
    static final double PROXY_ERROR_METRES = 4;
    static final double HYSTERESIS = 1.25;
    /** Full meshes rebuilt per pass: a rebuild re-uploads the whole mesh, so a turn brings tiles back over pulses. */
    static final int REBUILDS_PER_PASS = 4;
    /**
     * Box triangles made per pass past its first proxy: a ward seen from afar needs tens of thousands of boxes, which
     * took the FX thread 0.6 s in one go; the rest come in the next passes, one pulse apart (more per pass when
     * frames are slow, {@link FrameCostScale}).
     */
    static final long PROXY_TRIANGLES_PER_PASS = 50_000;
    /** FX-thread time for boxes per pass past its first proxy, at normal frame rates (scaled as the share is). */
    static final double BOX_PASS_MS = 10;

    private final TileMeshViews views;
    private final BooleanSupplier textures;
    private final Runnable again;
    private long budgetBytes = Settings.budgetBytes();
    private double lodPixels = Settings.lodPixels();
    private long lodMinTriangles = Settings.lodMinTriangles();
    private long pass;
    private long residentBytes;
    private int fullTiles, proxyTiles;
    private long rebuilds, releases;
    private boolean pending;
    private long proxyTrianglesPerPass = PROXY_TRIANGLES_PER_PASS;
    private AnimationTimer nextPulse;
    /** Slow frames (software rendering, a ward on screen) let a pass make more boxes, as the tile feeder does. */
    private final FrameCostScale frameCost = new FrameCostScale();

    /** One tile view as culling saw it, and what this pass decides for it. */
    static final class Tile {
        final Group layer;
        final MeshView view;
        final TileMesh mesh;
        final boolean inView;
        final double screenError;
        boolean full, proxy;

        Tile(Group layer, MeshView view, TileMesh mesh, boolean inView, double screenError) {
            this.layer = layer;
            this.view = view;
            this.mesh = mesh;
            this.inView = inView;
            this.screenError = screenError;
        }
    }

    TileResidency(TileMeshViews views, BooleanSupplier textures, Runnable again) {
        this.views = views;
        this.textures = textures;
        this.again = again;
    }

    long budgetBytes() { return budgetBytes; }
    void setBudgetBytes(long bytes) { budgetBytes = Math.max(0, bytes); }
    double lodPixels() { return lodPixels; }
    /** 0 turns LOD off (every tile in view draws in full, budget allowing). */
    void setLodPixels(double pixels) { lodPixels = Math.max(0, pixels); }
    long lodMinTriangles() { return lodMinTriangles; }
    void setLodMinTriangles(long triangles) { lodMinTriangles = Math.max(0, triangles); }
    long residentBytes() { return residentBytes; }

    /**
     * Whether a tile arriving now may be built in full: only while its mesh fits what the budget has left, and then it
     * counts at once, so a load adding tiles between two passes never takes memory past the budget. A tile refused
     * arrives unbuilt and the next pass decides it like a released one (rebuilt when seen and it fits, else its proxy).
     */
    boolean admit(TileMesh mesh) {
        long b = TileMeshViews.residentBytes(mesh);
        if (residentBytes + b > budgetBytes) return false;
        residentBytes += b;
        return true;
    }

    /** Full meshes leaving the scene without a pass (a kind's views replaced): no longer counted. */
    void forget(long bytes) {
        residentBytes = Math.max(0, residentBytes - bytes);
    }
    int fullTiles() { return fullTiles; }
    int proxyTiles() { return proxyTiles; }
    long rebuilds() { return rebuilds; }
    long releases() { return releases; }
    /** Tiles in view still waiting for their rebuild (they come over the next pulses). */
    boolean isPending() { return pending; }

    /** Decides and applies full/proxy/resident for every tile; sets {@link Tile#full} and {@link Tile#proxy}. */
    void settle(List<Tile> tiles) {
        pass++;
        pending = false;
        long sceneTriangles = 0;
        for (Tile t : tiles) sceneTriangles += t.mesh.triangleCount();
        boolean lod = lodPixels > 0 && sceneTriangles >= lodMinTriangles;
        List<Tile> wanted = new ArrayList<>();
        for (Tile t : tiles) {
            if (!t.inView) continue;
            t.view.getProperties().put(LAST_SEEN, pass);
            if (!lod || !TileProxy.suits(t.mesh.kind()) || wantsFull(t)) wanted.add(t);
            else t.proxy = true;
        }
        wanted.sort(Comparator.comparingDouble((Tile t) -> -t.screenError));
        Map<MeshView, Boolean> keep = new IdentityHashMap<>();
        long admitted = 0;
        for (Tile t : wanted) {
            long b = bytes(t);
            if (isPinned(t.view) || admitted + b <= budgetBytes) {
                keep.put(t.view, Boolean.TRUE);
                admitted += b;
            } else {
                t.proxy = TileProxy.suits(t.mesh.kind());
            }
        }
        long resident = 0, incoming = 0;
        List<Tile> releasable = new ArrayList<>();
        for (Tile t : tiles) {
            if (TileMeshViews.isResident(t.view)) {
                resident += bytes(t);
                if (!keep.containsKey(t.view) && !isPinned(t.view)) releasable.add(t);
            } else if (keep.containsKey(t.view)) {
                incoming += bytes(t);
            }
        }
        releasable.sort(Comparator.comparingLong(TileResidency::lastSeen));
        for (int i = 0; i < releasable.size() && resident + incoming > budgetBytes; i++) {
            Tile t = releasable.get(i);
            TileMeshViews.release(t.view);
            resident -= bytes(t);
            releases++;
        }
        int rebuilt = 0;
        for (Tile t : wanted) {
            if (!keep.containsKey(t.view)) continue;
            if (TileMeshViews.isResident(t.view)) {
                t.full = true;
                continue;
            }
            long b = bytes(t);
            if (rebuilt < REBUILDS_PER_PASS && resident + b <= budgetBytes) {
                views.restore(t.view, textures.getAsBoolean());
                TileRepaints.repaint(t.view, t.view);
                resident += b;
                rebuilt++;
                rebuilds++;
                t.full = true;
            } else {
                pending = true;
                t.proxy = TileProxy.suits(t.mesh.kind());
            }
        }
        residentBytes = resident;
        showProxies(tiles);
        int full = 0, proxied = 0;
        for (Tile t : tiles) {
            if (t.full) full++;
            if (t.proxy) proxied++;
        }
        fullTiles = full;
        proxyTiles = proxied;
        if (pending) scheduleAnotherPass();
        else frameCost.reset(); // the next gap, spent idle, says nothing about frames
    }

    /** Box triangles per pass past its first proxy (tests use a small number to see the slicing). */
    void setProxyTrianglesPerPass(long triangles) {
        proxyTrianglesPerPass = triangles;
    }

    /** The proxy view of a tile view, or null when none was made yet. */
    static MeshView proxyOf(MeshView full) {
        return full.getProperties().get(PROXY) instanceof MeshView p ? p : null;
    }

    /** Whether the tile is drawn now, in full or as its proxy (picking answers for what is drawn). */
    static boolean isDrawn(MeshView full) {
        if (full.isVisible()) return true;
        MeshView proxy = proxyOf(full);
        return proxy != null && proxy.isVisible();
    }

    private void showProxies(List<Tile> tiles) {
        Map<Group, Group> groups = new IdentityHashMap<>();
        long made = 0;
        long share = (long) (proxyTrianglesPerPass * frameCost.factor());
        long start = System.nanoTime(), budget = (long) (frameCost.budgetMs(BOX_PASS_MS) * 1e6);
        for (Tile t : tiles) {
            MeshView proxy = proxyOf(t.view);
            if (t.proxy && proxy == null) {
                if (made > 0 && (made >= share || System.nanoTime() - start >= budget)) {
                    pending = true; // made in a later pass
                    continue;
                }
                TileMesh boxes = TileProxy.boxes(t.mesh);
                made += boxes.triangleCount();
                proxy = views.createProxy(t.view, boxes);
                t.view.getProperties().put(PROXY, proxy);
                TileRepaints.repaint(t.view, proxy);
            }
            if (proxy == null) continue;
            if (t.proxy && proxy.getParent() == null) groups.computeIfAbsent(t.layer, TileResidency::proxies).getChildren().add(proxy);
            if (proxy.isVisible() != t.proxy) proxy.setVisible(t.proxy);
        }
        dropOrphans(tiles);
        if (made > 0) frameCost.fed();
    }

    /** Removes proxies whose tile view left its layer (kind replaced, file closed). */
    private static void dropOrphans(List<Tile> tiles) {
        Map<Group, Boolean> layers = new IdentityHashMap<>();
        for (Tile t : tiles) layers.put(t.layer, Boolean.TRUE);
        for (Group layer : layers.keySet()) {
            for (Node n : layer.getChildren()) {
                if (!(n instanceof Group g) || !PROXIES_ID.equals(g.getId())) continue;
                g.getChildren().removeIf(p -> !(p.getUserData() instanceof TileProxy tp) || tp.full().getParent() != layer);
            }
        }
    }

    /** The layer's group of proxies (last child: drawn after its full tiles), made on first use. */
    private static Group proxies(Group layer) {
        for (Node n : layer.getChildren()) if (n instanceof Group g && PROXIES_ID.equals(g.getId())) return g;
        Group g = new Group();
        g.setId(PROXIES_ID);
        g.setMouseTransparent(true);
        layer.getChildren().add(g);
        return g;
    }

    private boolean wantsFull(Tile t) {
        boolean was = !(t.view.getProperties().get(LOD_FULL) instanceof Boolean b) || b;
        boolean full = t.screenError >= (was ? lodPixels / HYSTERESIS : lodPixels);
        if (full != was) t.view.getProperties().put(LOD_FULL, full);
        return full;
    }

    private static long bytes(Tile t) {
        return TileMeshViews.residentBytes(t.mesh);
    }

    private static boolean isPinned(MeshView view) {
        return view.getProperties().containsKey(PINNED);
    }

    private static long lastSeen(Tile t) {
        return t.view.getProperties().get(LAST_SEEN) instanceof Long l ? l : 0L;
    }

    private void scheduleAnotherPass() {
        if (nextPulse == null) {
            nextPulse = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    frameCost.pulse(now);
                    again.run();
                }
            };
        }
        nextPulse.start();
    }

    /** Defaults from system properties (bench, power users): budget in MB, LOD threshold in pixels. */
    static final class Settings {
        static final long DEFAULT_BUDGET_MB = 2048;
        static final double DEFAULT_LOD_PIXELS = 2;
        static final long DEFAULT_LOD_MIN_TRIANGLES = 1_000_000;

        private Settings() {
        }

        static long budgetBytes() {
            return (long) (positive("citytwin.meshBudgetMB", DEFAULT_BUDGET_MB) * 1024 * 1024);
        }

        static double lodPixels() { return positive("citytwin.lodPixels", DEFAULT_LOD_PIXELS); }

        static long lodMinTriangles() { return (long) positive("citytwin.lodMinTriangles", DEFAULT_LOD_MIN_TRIANGLES); }

        private static double positive(String property, double fallback) {
            String s = System.getProperty(property);
            if (s == null || s.isBlank()) return fallback;
            try {
                double v = Double.parseDouble(s.trim());
                return v >= 0 ? v : fallback;
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }
}
