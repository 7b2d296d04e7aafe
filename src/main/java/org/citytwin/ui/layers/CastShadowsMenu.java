package org.citytwin.ui.layers;

import javafx.scene.control.CheckMenuItem;
import org.citytwin.scene.CastShadowLayer;
import org.citytwin.scene.CityScene;
import org.citytwin.text.Texts;

/**
 * View → Cast shadows: the toggle of the scene's shadow overlay (greyed while there is no sun), and the wiring that
 * hands the layer the objects shown whenever they change (a load, a LOD, a scenario with its proposals).
 */
public final class CastShadowsMenu {

    private CastShadowsMenu() {
    }

    public static CheckMenuItem create(CityScene scene, LodViewModel lods) {
        CastShadowLayer layer = scene.castShadows();
        CheckMenuItem item = new CheckMenuItem(Texts.get("shadows.menu.cast"));
        item.setId("cast-shadows");
        item.selectedProperty().bindBidirectional(layer.enabledProperty());
        item.disableProperty().bind(scene.sunProperty().isNull());
        lods.revisionProperty().addListener((o, a, b) -> layer.setCasters(lods.allObjects()));
        layer.setCasters(lods.allObjects());
        return item;
    }
}
