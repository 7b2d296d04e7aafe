package org.citytwin.ui.scenarios;

import javafx.scene.Node;
import javafx.scene.shape.MeshView;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.scene.CityScene;

/** What the scene's building meshes draw for one object, read back from their face→object index (FX thread). */
final class DrawnObjects {

    private DrawnObjects() {
    }

    /** Bounds of the triangles the scene's building meshes draw for an object, or null when none. */
    static Envelope drawn(CityScene scene, String id) {
        Envelope e = new Envelope();
        boolean any = false;
        for (Node node : scene.layer(FeatureKind.BUILDING).getChildren()) {
            if (!(node instanceof MeshView view) || !(view.getUserData() instanceof TileMesh m)) continue;
            int index = m.objectIds().indexOf(id);
            if (index < 0) continue;
            for (int f = 0; f < m.faceObject().length; f++) {
                if (m.faceObject()[f] != index) continue;
                for (int k = 0; k < 3; k++) {
                    int p = 3 * m.triangles()[3 * f + k];
                    e.include(m.points()[p], m.points()[p + 1], m.points()[p + 2]);
                    any = true;
                }
            }
        }
        return any ? e : null;
    }
}
