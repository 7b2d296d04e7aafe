package org.citytwin.ui.underground;

import org.citytwin.text.Texts;

import java.util.concurrent.Executor;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import org.citytwin.model.FeatureKind;
import org.citytwin.scene.CityScene;
import org.citytwin.ui.SelectionController;
import org.citytwin.ui.draw.FootprintDrawing;
import org.citytwin.ui.layers.LayersFeature;

/**
 * The underground in the main window, wired in one place: the x-ray and utility colours (into the layers' utility
 * legend), the excavation and clearance tools on the footprint drawing, the clearance check seeing through the
 * ground, and their View and Tools menu items. The window only places what this returns.
 */
public final class UndergroundFeature {
    private final UndergroundController underground;
    private final ExcavationController excavation;
    private final ClearanceController clearance;

    /** @param analysis the analysis lane: clearance checks and excavations, so a long check never delays a load */
    public UndergroundFeature(StackPane view, CityScene scene, LayersFeature layers, FootprintDrawing drawing,
                              Executor analysis, SelectionController selection) {
        var lods = layers.lods();
        underground = new UndergroundController(scene, layers.utilityLegend(), lods::allObjects,
                () -> lods.choice(FeatureKind.UTILITY));
        excavation = ExcavationController.install(view, scene, drawing, analysis, lods::allObjects);
        clearance = ClearanceController.install(view, scene, drawing, analysis, lods::allObjects, selection);
        clearance.setSeeThrough(() -> {
            if (underground.xrayProperty().get() > UndergroundController.PRESET_XRAY) underground.xrayProperty().set(UndergroundController.PRESET_XRAY);
        });
    }

    public UndergroundController controller() { return underground; }
    public ExcavationController excavation() { return excavation; }
    public ClearanceController clearance() { return clearance; }

    /** The View menu's underground items: the preset, x-ray, utility colours, depth ruler, ground elevation. */
    public MenuItem[] viewMenuItems() { return UndergroundMenu.create(underground); }

    /** Tools → Clearance check… and Excavation…, in that order. */
    public MenuItem[] toolsMenuItems() {
        return new MenuItem[] {item(Texts.get("main.menu.clearance"), clearance::show),
                item(Texts.get("main.menu.excavation"), excavation::show)};
    }

    /** At exit: cancels running analyses. */
    public void close() {
        clearance.cancel();
        excavation.cancel();
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }
}
