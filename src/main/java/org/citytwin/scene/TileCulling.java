package org.citytwin.scene;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.MeshView;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * Per-tile frustum culling: every tile MeshView whose bounding sphere lies wholly outside the camera's view
 * frustum is hidden, so a ward's worth of tiles costs only the ones on screen. JavaFX draws every visible node
 * whatever the camera sees. A culled view keeps its mesh; a view hidden by the user (file/kind styles) stays
 * hidden whatever the camera does. FX thread.
 */
final class TileCulling {
    private static final String SPHERE = "citytwin.boundingSphere";

    private final CameraRig rig;
    private final Collection<Group> layers;
    private final TileMeshViews views;
    private boolean enabled = true;
    private int visibleTiles;
    private long visibleTriangles;

    /** A tile's bounding sphere in the local frame (x east, y north, z up). */
    record Sphere(double x, double y, double z, double radius) {
    }

    private final TileResidency residency;

    TileCulling(CameraRig rig, Collection<Group> layers, TileMeshViews views, java.util.function.BooleanSupplier textures) {
        this.rig = rig;
        this.layers = layers;
        this.views = views;
        this.residency = new TileResidency(views, textures, this::update);
    }

    TileResidency residency() { return residency; }

    void setEnabled(boolean on) {
        enabled = on;
        update();
    }

    boolean isEnabled() { return enabled; }
    int visibleTiles() { return visibleTiles; }
    long visibleTriangles() { return visibleTriangles; }

    /** Re-decides every tile view's visibility, level of detail and residency for the current camera. */
    void update() {
        Frustum frustum = new Frustum(rig);
        List<TileResidency.Tile> tiles = new ArrayList<>();
        for (Group layer : layers) {
            for (Node node : layer.getChildren()) {
                if (!(node instanceof MeshView view) || !(view.getUserData() instanceof TileMesh mesh)) continue;
                boolean shown = views.isShown(mesh.kind(), mesh.sourceFile());
                Sphere sphere = sphere(view, mesh);
                boolean inView = shown && (!enabled || frustum.mayContain(sphere));
                double error = inView ? frustum.screenError(sphere, TileResidency.PROXY_ERROR_METRES) : 0;
                tiles.add(new TileResidency.Tile(layer, view, mesh, inView, error));
            }
        }
        residency.settle(tiles);
        int count = 0;
        long tris = 0;
        for (TileResidency.Tile t : tiles) {
            if (t.view.isVisible() != t.full) t.view.setVisible(t.full);
            if (!t.layer.isVisible()) continue;
            if (t.full) {
                count++;
                tris += t.mesh.triangleCount();
            } else if (t.proxy) {
                count++;
                MeshView proxy = TileResidency.proxyOf(t.view);
                if (proxy != null && proxy.getUserData() instanceof TileProxy p) tris += p.mesh().triangleCount();
            }
        }
        visibleTiles = count;
        visibleTriangles = tris;
    }

    /** Decides one newly added tile view's visibility for the current camera (counts wait for the next update). */
    void update(MeshView view) {
        if (!(view.getUserData() instanceof TileMesh mesh)) return;
        boolean shown = views.isShown(mesh.kind(), mesh.sourceFile());
        boolean visible = TileMeshViews.isResident(view) && shown && (!enabled || new Frustum(rig).mayContain(sphere(view, mesh)));
        if (view.isVisible() != visible) view.setVisible(visible);
    }

    /** Keeps a sphere computed beforehand (off the FX thread) as the view's. */
    static void remember(MeshView view, Sphere sphere) {
        view.getProperties().put(SPHERE, sphere);
    }

    static Sphere sphere(MeshView view, TileMesh mesh) {
        if (view.getProperties().get(SPHERE) instanceof Sphere s) return s;
        Sphere s = sphereOf(mesh.points());
        view.getProperties().put(SPHERE, s);
        return s;
    }

    /** Box centre and half diagonal: a little looser than the tightest sphere, and one pass over the points. */
    static Sphere sphereOf(float[] p) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, minZ = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE, maxZ = -Double.MAX_VALUE;
        for (int i = 0; i + 2 < p.length; i += 3) {
            minX = Math.min(minX, p[i]);
            maxX = Math.max(maxX, p[i]);
            minY = Math.min(minY, p[i + 1]);
            maxY = Math.max(maxY, p[i + 1]);
            minZ = Math.min(minZ, p[i + 2]);
            maxZ = Math.max(maxZ, p[i + 2]);
        }
        if (minX > maxX) return new Sphere(0, 0, 0, 0);
        double dx = maxX - minX, dy = maxY - minY, dz = maxZ - minZ;
        return new Sphere((minX + maxX) / 2, (minY + maxY) / 2, (minZ + maxZ) / 2, Math.sqrt(dx * dx + dy * dy + dz * dz) / 2);
    }

    /** The camera's view pyramid between its near and far clip, as five planes tested against spheres. */
    static final class Frustum {
        private final CameraRig rig;
        private final Point3D eye;
        private final double[] f, r, d;
        private final double tanV, tanH, near, far;

        Frustum(CameraRig rig) {
            this.rig = rig;
            eye = rig.position();
            f = rig.forward();
            r = rig.right();
            d = rig.down();
            // JavaFX's field of view is vertical unless the camera says otherwise
            double t = Math.tan(Math.toRadians(rig.camera().getFieldOfView() / 2));
            double aspect = rig.viewWidth() / rig.viewHeight();
            tanV = rig.camera().isVerticalFieldOfView() ? t : t / aspect;
            tanH = tanV * aspect;
            near = rig.camera().getNearClip();
            far = rig.camera().getFarClip();
        }

        /** False only when the sphere (local frame) is certainly outside: a kept tile may still be off screen. */
        boolean mayContain(Sphere s) {
            Point3D c = rig.toView(s.x(), s.y(), s.z()).subtract(eye);
            double x = dot(r, c), y = dot(d, c), z = dot(f, c), radius = s.radius();
            if (z + radius < near || z - radius > far) return false;
            double nh = Math.sqrt(1 + tanH * tanH), nv = Math.sqrt(1 + tanV * tanV);
            if ((x - z * tanH) / nh > radius || (-x - z * tanH) / nh > radius) return false;
            return !((y - z * tanV) / nv > radius || (-y - z * tanV) / nv > radius);
        }

        /**
         * How many pixels {@code metres} of geometric error span at the sphere's nearest point: the screen-space
         * error a coarser stand-in of the tile would show.
         */
        double screenError(Sphere s, double metres) {
            Point3D c = rig.toView(s.x(), s.y(), s.z()).subtract(eye);
            double distance = Math.max(near, c.magnitude() - s.radius());
            return metres * rig.viewHeight() / (2 * distance * tanV);
        }

        private static double dot(double[] a, Point3D b) {
            return a[0] * b.getX() + a[1] * b.getY() + a[2] * b.getZ();
        }
    }
}
