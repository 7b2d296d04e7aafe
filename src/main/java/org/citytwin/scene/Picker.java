package org.citytwin.scene;

import java.util.Optional;
import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.MeshView;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * Our own picking (city meshes stay mouse-transparent): a ray from the camera through a viewport pixel,
 * cast against every visible tile mesh of every layer, each through a {@link TriangleBvh} built lazily and
 * kept in the MeshView's properties (so a mesh swapped in by {@code replaceKind} gets its own on first use).
 * FX thread only.
 */
public final class Picker {
    private static final String INDEX = "citytwin.triangleBvh";
    private final CityScene scene;

    /**
     * What a pick found: the object, its kind, the tile mesh and triangle hit, the hit point in the local frame
     * (x east, y north, z up, as drawn) and its distance from the camera in metres.
     */
    public record Hit(String objectId, FeatureKind kind, TileMesh mesh, int triangle, double x, double y, double z,
                      double distance) {
    }

    public Picker(CityScene scene) {
        this.scene = scene;
    }

    /** The nearest object under viewport pixel (sx, sy) (SubScene coordinates), or empty. */
    public Optional<Hit> pick(double sx, double sy) {
        CameraRig rig = scene.camera();
        Point3D eye = rig.toLocal(rig.position());
        double[] v = rig.ray(sx, sy);
        // view direction (x, y-down, z-north) to local (x east, y north, z up), normalised: t is metres
        double dx = v[0], dy = v[2], dz = -v[1];
        double len = Math.sqrt(dx * dx + dy * dy + dz * dz);
        dx /= len;
        dy /= len;
        dz /= len;
        return cast(eye.getX(), eye.getY(), eye.getZ(), dx, dy, dz);
    }

    /**
     * The nearest object along a ray in the local frame (x east, y north, z up) from (ox, oy, oz) in direction
     * (dx, dy, dz), which must be normalised (then {@link Hit#distance()} is metres). Walk mode casts straight down.
     */
    public Optional<Hit> cast(double ox, double oy, double oz, double dx, double dy, double dz) {
        Hit best = null;
        double maxT = Double.POSITIVE_INFINITY;
        for (FeatureKind kind : FeatureKind.values()) {
            Group layer = scene.layer(kind);
            if (!layer.isVisible() || XRay.isPickedThrough(layer)) continue;
            // a layer lifted by translateY (view y down) draws mesh z at z - translateY
            double lift = layer.getTranslateY();
            for (Node node : layer.getChildren()) {
                if (!(node instanceof MeshView view) || !TileResidency.isDrawn(view) || !(view.getUserData() instanceof TileMesh mesh)) {
                    continue;
                }
                TriangleBvh.Hit h = index(view, mesh).intersect(ox, oy, oz + lift, dx, dy, dz, maxT);
                if (h == null) continue;
                maxT = h.t();
                String id = mesh.objectIds().get(mesh.faceObject()[h.triangle()]);
                best = new Hit(id, mesh.kind(), mesh, h.triangle(), ox + dx * h.t(), oy + dy * h.t(),
                        oz + dz * h.t(), h.t());
            }
        }
        return Optional.ofNullable(best);
    }

    static TriangleBvh index(MeshView view, TileMesh mesh) {
        Object cached = view.getProperties().get(INDEX);
        if (cached instanceof TriangleBvh bvh) return bvh;
        TriangleBvh bvh = new TriangleBvh(mesh.points(), mesh.triangles());
        view.getProperties().put(INDEX, bvh);
        return bvh;
    }
}
