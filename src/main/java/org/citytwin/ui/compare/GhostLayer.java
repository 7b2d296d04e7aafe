package org.citytwin.ui.compare;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.MeshView;
import org.citytwin.model.CityObject;
import org.citytwin.pipeline.tile.LodSelection;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.pipeline.tile.TileMesher;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.TileMeshViews;

/**
 * Removed objects drawn as ghosts: their A meshes in translucent red in the scene's overlay (drawn after the city,
 * so they read as "was here"); mouse-transparent, like every city mesh.
 */
final class GhostLayer {

    static final double OPACITY = 0.3;
    private final Group group = new Group();
    private final CityScene scene;

    GhostLayer(CityScene scene) {
        this.scene = scene;
        group.setId("ghosts");
        group.setMouseTransparent(true);
    }

    /** Meshes to show; built off the FX thread. */
    static List<TileMesh> meshes(List<CityObject> ghosts) {
        return TileMesher.merge(ghosts, LodSelection.HIGHEST, null);
    }

    /** FX thread. */
    void show(List<TileMesh> meshes) {
        clear();
        Color red = Color.rgb(ChangeColouring.REMOVED >> 16 & 0xFF, ChangeColouring.REMOVED >> 8 & 0xFF, ChangeColouring.REMOVED & 0xFF);
        PhongMaterial ghost = new PhongMaterial(TileMeshViews.premultiplied(red, OPACITY));
        TileMeshViews views = new TileMeshViews();
        for (TileMesh m : meshes) {
            MeshView view = views.create(m, false);
            view.setMaterial(ghost); // culling as made: the two-sided mesh shows each surface once
            group.getChildren().add(view);
        }
        if (!scene.overlay().getChildren().contains(group)) scene.overlay().getChildren().add(group);
    }

    void clear() {
        group.getChildren().clear();
        scene.overlay().getChildren().remove(group);
    }

    boolean isShown() {
        return !group.getChildren().isEmpty();
    }
}
